/// One field's rule, for checking single values outside a data file (the items
/// of guideline examples): the same checks as `DataFileChecker`, values read as
/// text like CSV cells.
struct FieldRule {
    /// The field's name.
    let name: String
    /// Whether a value is required.
    let required: Bool
    private let rules: FieldRules

    init(_ field: DataField) {
        name = field.name
        required = field.required
        rules = FieldRules([field])
    }

    /// The problem with a non-empty value given as bytes, or nil when it fits.
    func problem(_ bytes: ByteSpan, kind: RawValueKind) -> FieldProblem? {
        rules.problem(0, bytes, kind: kind)
    }

    /// The problem with a non-empty value written as text, or nil when it fits.
    func problem(forText text: String) -> FieldProblem? {
        var copy = text
        return copy.withByteSpan { problem($0, kind: .text) }
    }
}

/// Checks of `pairwise` questions against the rest of the spec: every field
/// they name is a data field (E0301) the page can show as text (E0302), and
/// platforms whose own controls cannot show the two sides refuse the question
/// (E0801, `refuse`).
enum PairwiseChecks {
    /// The field types a side can show: the page writes the value as text (markdown rendered as the page renders markdown blocks).
    static let shownTypes: Set<FieldType> = [.string, .text, .markdown, .category, .number, .date, .boolean]

    static func run(_ ctx: inout CheckContext) {
        for question in ctx.spec.hit.questions {
            guard let pairwise = question.kind.type as? PairwiseQuestion else { continue }
            let what = "pairwise question '\(question.id)'"
            for (name, shown) in [(pairwise.left, true), (pairwise.right, true)] + [pairwise.leftID, pairwise.rightID].compactMap({ $0.map { ($0, false) } }) {
                guard let field = ctx.field(name.value) else {
                    guard ctx.isUnknownField(name.value) else { continue }
                    let (notes, fixIts) = ctx.suggestion(for: name, among: ctx.fieldNames)
                    ctx.report(.unknownField, "\(what) names field '\(name.value)', which 'data.fields' does not define", name.range,
                               notes: notes, fixIts: fixIts)
                    continue
                }
                if shown, !shownTypes.contains(field.type.value) {
                    let accepted = shownTypes.map(\.rawValue).sorted().joined(separator: ", ")
                    ctx.report(.fieldTypeMismatch, "\(what) cannot show '\(name.value)', a \(field.type.value.rawValue) field, as one side",
                               name.range, notes: [DiagnosticNote("a side shows fields of type: \(accepted)"),
                                                   DiagnosticNote("'\(name.value)' is defined here", range: field.nameRange)])
                }
            }
        }
    }

    /// E0801 at every pairwise question: `platform`'s controls show a choice
    /// but not the two compared texts beside it. `key` is the target's key.
    static func refuse(platform: String, key: String, _ ctx: inout CheckContext) {
        for question in ctx.spec.hit.questions where question.kind.type is PairwiseQuestion {
            ctx.report(.platformCannotExpress,
                       "\(platform) cannot show pairwise question '\(question.id)': its controls have no side-by-side comparison",
                       question.idRange,
                       notes: [DiagnosticNote("ask it on MTurk, Prolific, a generic or disk page, or drop 'targets.\(key)'")])
        }
    }
}

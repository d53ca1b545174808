/// What a value must be to fit one data field, as plain values (no references),
/// so the row loop copies checks for free. Category values live in
/// `FieldRules.categories`.
struct FieldCheck {
    enum Kind: UInt8 {
        case text, markdown, number, boolean, category, url, date
    }

    var kind: Kind
    var type: FieldType
    var required: Bool
    /// `text`/`string`: the longest value in characters (`Int.max` when unlimited).
    var maxLength: Int
    /// `number`: bounds (infinite when not given) and integrality.
    var min: Double
    var max: Double
    var integer: Bool
    /// `category`: index into `FieldRules.categories`.
    var category: Int

    init(_ field: DataField, category: Int) {
        type = field.type.value
        required = field.required
        maxLength = field.maxLength ?? Int.max
        min = field.min ?? -.infinity
        max = field.max ?? .infinity
        integer = field.integer
        self.category = category
        switch field.type.value {
        case .string, .text: kind = .text
        case .markdown: kind = .markdown
        case .number: kind = .number
        case .boolean: kind = .boolean
        case .category: kind = .category
        case .url, .image, .audio, .video: kind = .url
        case .date: kind = .date
        }
    }
}

/// Step 3: what one item carries.
public struct DataSchema: Sendable {
    /// The field that identifies an item.
    var key: Located<String>?
    /// Fields in the order written.
    var fields: [DataField]
    /// Sample rows (CSV or JSON Lines), relative to the spec's folder.
    var sample: Located<String>?
    /// Names of fields that were written but could not be parsed, or were parsed
    /// with an error (so their rules are not known in full); checks treat them as
    /// existing and do not check values against them, so one mistake is reported once.
    var unparsedFields: Set<String> = []

    /// The field named `name`, if any.
    func field(named name: String) -> DataField? {
        fields.first { $0.name == name }
    }
}

/// The type of a data field.
enum FieldType: String, Sendable, CaseIterable {
    case string, text, number, boolean, category, url, image, audio, video, markdown, date
}

/// One field of an item.
struct DataField: Sendable {
    var name: String
    var nameRange: SourceRange
    var type: Located<FieldType>
    var required: Bool
    var description: String?
    /// `text`/`string`: longest value, in characters.
    var maxLength: Int?
    /// `number`: bounds and integrality.
    var min: Double?
    var max: Double?
    var integer: Bool
    /// `category`: the allowed values.
    var values: [Located<String>]
}

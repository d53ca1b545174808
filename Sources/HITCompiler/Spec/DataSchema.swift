/// Step 3: what one item carries.
public struct DataSchema: Sendable {
    /// The field that identifies an item.
    public var key: Located<String>?
    /// Fields in the order written.
    public var fields: [DataField]
    /// Sample rows (CSV or JSON Lines), relative to the spec's folder.
    public var sample: Located<String>?
    /// Names of fields that were written but could not be parsed, or were parsed
    /// with an error (so their rules are not known in full); checks treat them as
    /// existing and do not check values against them, so one mistake is reported once.
    public var unparsedFields: Set<String> = []

    /// The field named `name`, if any.
    public func field(named name: String) -> DataField? {
        fields.first { $0.name == name }
    }
}

/// The type of a data field.
public enum FieldType: String, Sendable, CaseIterable {
    case string, text, number, boolean, category, url, image, audio, video, markdown, date
}

/// One field of an item.
public struct DataField: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var type: Located<FieldType>
    public var required: Bool
    public var description: String?
    /// `text`/`string`: longest value, in characters.
    public var maxLength: Int?
    /// `number`: bounds and integrality.
    public var min: Double?
    public var max: Double?
    public var integer: Bool
    /// `category`: the allowed values.
    public var values: [Located<String>]
}

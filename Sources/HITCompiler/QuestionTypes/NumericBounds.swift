/// The `min`/`max` keys the scale and number types share (one description in the schema).
enum NumericBounds {
    /// `min` and `max`, as the schema describes them.
    static let schemaProperties: [SpecSchema.Property] = [
        SpecSchema.Property(name: "min", type: .number, required: false, doc: "scale (integer) / number: smallest value."),
        SpecSchema.Property(name: "max", type: .number, required: false, doc: "scale (integer) / number: largest value."),
    ]
}

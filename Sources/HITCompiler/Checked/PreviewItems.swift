/// The items previews show: the first `items_per_hit` rows of the sample file
/// that fit the schema (collected while the check reads the file), or the
/// guideline examples' items when there is no such row.
enum PreviewItems {
    /// How many items a preview shows.
    static func count(_ spec: Spec) -> Int {
        max(1, spec.hit.itemsPerHit?.value ?? 1)
    }

    /// A sample row as a preview item: the values of data fields, as text.
    static func item(_ record: DataRecord, fields: Set<String>) -> [String: JSONValue] {
        var item: [String: JSONValue] = [:]
        for entry in record.entries where fields.contains(entry.name) {
            item[entry.name] = .string(entry.value.text)
        }
        return item
    }

    /// The items of the first `count` guideline examples (the first value of each data field).
    static func fromExamples(_ spec: Spec, count: Int) -> [[String: JSONValue]] {
        let fields = Set(spec.data.fields.map(\.name))
        return (spec.guidelines?.examples ?? []).prefix(max(1, count)).map { example in
            var item: [String: JSONValue] = [:]
            for value in example.item where fields.contains(value.name.value) {
                item[value.name.value] = .string(value.values.first?.value ?? "")
            }
            return item
        }
    }
}

import Foundation

/// The items previews show: the first `items_per_hit` rows of the sample file
/// that fit the schema, or the guideline examples' items when there is no sample.
enum SampleItems {
    static func load(_ spec: Spec, specPath: String) -> [[String: JSONValue]] {
        let wanted = max(1, spec.hit.itemsPerHit?.value ?? 1)
        var items: [[String: JSONValue]] = []
        let fields = Set(spec.data.fields.map(\.name))
        if let sample = spec.data.sample, case .success(let url) = PathResolver(specPath: specPath).resolve(sample.value) {
            _ = DataFileChecker.check(url: url, displayPath: sample.value, schema: spec.data, questions: spec.hit.questions,
                                      role: .sample) { record in
                guard items.count < wanted, !record.hasErrors else { return }
                var item: [String: JSONValue] = [:]
                for entry in record.entries where fields.contains(entry.name) {
                    item[entry.name] = .string(entry.value.text)
                }
                items.append(item)
            }
        }
        if items.isEmpty {
            for example in (spec.guidelines?.examples ?? []).prefix(wanted) {
                var item: [String: JSONValue] = [:]
                for value in example.item where fields.contains(value.name.value) {
                    item[value.name.value] = .string(value.values.first?.value ?? "")
                }
                items.append(item)
            }
        }
        return items
    }
}

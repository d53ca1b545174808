import Foundation

/// The compared objects of each item, read from the data file the items were
/// batched from (`hitc aggregate --data FILE`): per item key, the values of the
/// fields pairwise questions name (`left`/`right`, or `left_id`/`right_id`).
struct PairwiseObjects: Sendable {
    /// Item key → field → value, for the fields `fields` lists only.
    private(set) var values: [String: [String: String]] = [:]

    /// The fields the pairwise questions of `questions` read the object ids from.
    static func fields(of questions: [Question]) -> Set<String> {
        var fields: Set<String> = []
        for q in questions {
            guard let pairwise = q.kind.type as? PairwiseQuestion else { continue }
            fields.insert(pairwise.leftObjectField)
            fields.insert(pairwise.rightObjectField)
        }
        return fields
    }

    /// Reads `path` (CSV or JSON Lines, checked against the spec's data schema
    /// as `hitc batch` checks it); the check's diagnostics come back with it.
    static func read(path: String, spec: Spec, limits: DataLimits = .default) -> (objects: PairwiseObjects, check: DataCheckResult) {
        let fields = Self.fields(of: spec.hit.questions)
        let keyField = spec.data.key?.value
        var objects = PairwiseObjects()
        let check = DataFileChecker.check(url: URL(fileURLWithPath: path), displayPath: path, schema: spec.data,
                                          questions: spec.hit.questions, role: .sample, limits: limits) { record in
            guard let keyField, let key = record[keyField]?.text else { return }
            var row: [String: String] = [:]
            for field in fields { row[field] = record[field]?.text ?? "" }
            objects.values[key] = row
        }
        return (objects, check)
    }

    /// Objects given directly (tests).
    init(values: [String: [String: String]] = [:]) {
        self.values = values
    }

    /// The two objects item `key` compares in `question`; nil when the item has no row.
    func pair(_ key: String, _ question: PairwiseQuestion) -> (left: String, right: String)? {
        guard let row = values[key] else { return nil }
        return (row[question.leftObjectField] ?? "", row[question.rightObjectField] ?? "")
    }
}

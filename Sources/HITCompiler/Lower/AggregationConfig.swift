/// `aggregation.json`: the platform-neutral description of how answers become
/// labels — per question its values, method and agreement level — and how each
/// platform's results map to (item, question, worker). Its JSON Schema is
/// docs/aggregation.schema.json, documented in docs/aggregation-config.md.
struct AggregationConfig: Encodable, Sendable {
    var schema = "https://hitc.dev/schema/aggregation-v1.json"
    var hitcVersion: String
    var task: Task
    var itemKey: String?
    var itemsPerHit: Int
    var judgmentsPerItem: Int
    var gold: Gold?
    var minSecondsPerHit: Int?
    var agreement: Agreement?
    var questions: [QuestionRule]
    var platforms: Platforms

    struct Task: Encodable, Sendable {
        var id: String
        var version: String

        /// The task `checked` describes.
        init(_ checked: CheckedSpec) {
            id = checked.id
            version = checked.version.description
        }
    }

    struct Gold: Encodable, Sendable {
        var file: String
        var perHit: Int
        var minAccuracy: Double?
        /// Gold items are scored, never labelled by the crowd.
        var policy = "score_workers_drop_below_min_accuracy"
    }

    struct Agreement: Encodable, Sendable {
        var metric: String
        var min: Double?
    }

    struct QuestionRule: Encodable, Sendable {
        var id: String
        /// The question's earlier ids (`renamed_from`): a results column or row named by one
        /// of them holds answers to this question; nil when it has none.
        var renamedFrom: [String]?
        var type: String
        /// Answer values in order (choices: option order; scale: min...max); nil for text and number.
        var values: [String]?
        /// Earlier option values (an option's `renamed_from`) → the value an answer giving one
        /// counts as; nil when no option has any.
        var renamedValues: [String: String]?
        /// multi_choice: the option values chosen alone (`exclusive: true`); nil when none is.
        var exclusive: [String]?
        var multiple: Bool
        var required: Bool
        var visibleIf: [String: [String]]?
        var method: String
        var parameters: Parameters
        /// nominal (choices), ordinal (scale), interval (number), none (text).
        var agreementLevel: String
    }

    struct Parameters: Encodable, Sendable {
        var minConfidence: Double?
        /// How list answers (several options) are written in flat files.
        var listSeparator: String?
        /// Where a method that can start from gold starts (`gold` or `votes`).
        var start: String?
    }

    /// How each platform's results file, and the long format, map to (item, question, worker):
    /// every registered target's `resultsColumns` under its key, and `long`.
    struct Platforms: Encodable, Sendable {
        /// The targets' entries, by spec key (`TargetRegistry.resultsColumns`).
        var targets: [(key: String, value: any Encodable & Sendable)]
        /// The long format's columns.
        var long: LongColumns

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: JSONKey.self)
            for (key, value) in targets { try c.encode(value, forKey: JSONKey(key)) }
            try c.encode(long, forKey: JSONKey("long"))
        }
    }

    /// Columns of the long format (CSV or JSON Lines).
    struct LongColumns: Encodable, Sendable {
        var item = "item"
        var worker = "worker"
        var question = "question"
        var answer = "answer"
        var seconds = "seconds"
        var assignment = "assignment"
    }

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", hitcVersion = "hitc_version", task, itemKey = "item_key", itemsPerHit = "items_per_hit"
        case judgmentsPerItem = "judgments_per_item", gold, minSecondsPerHit = "min_seconds_per_hit", agreement, questions, platforms
    }
}

extension AggregationConfig.Gold {
    enum CodingKeys: String, CodingKey { case file, perHit = "per_hit", minAccuracy = "min_accuracy", policy }
}
extension AggregationConfig.QuestionRule {
    enum CodingKeys: String, CodingKey {
        case id, renamedFrom = "renamed_from", type, values, renamedValues = "renamed_values", exclusive, multiple, required, visibleIf = "visible_if", method, parameters, agreementLevel = "agreement_level"
    }
}
extension AggregationConfig.Parameters {
    enum CodingKeys: String, CodingKey { case minConfidence = "min_confidence", listSeparator = "list_separator", start = "init" }
}

extension AggregationConfig {
    /// The agreement level a question's answers imply.
    static func agreementLevel(for question: Question) -> String {
        question.kind.agreementLevel?.rawValue ?? "none"
    }

    /// Lowers a checked spec.
    init(_ checked: CheckedSpec) {
        let spec = checked.spec
        let quality = spec.quality
        hitcVersion = HITCVersion.current
        task = Task(checked)
        itemKey = spec.data.key?.value
        itemsPerHit = checked.itemsPerHit
        judgmentsPerItem = checked.judgmentsPerItem
        gold = quality?.gold.map { Gold(file: $0.file.value, perHit: $0.perHit.value, minAccuracy: $0.minAccuracy?.value) }
        minSecondsPerHit = quality?.minSecondsPerHit?.value
        agreement = quality?.agreement.map { Agreement(metric: $0.metric.value.rawValue, min: $0.min?.value) }
        questions = spec.hit.questions.map { q in
            let rule = quality?.aggregation(for: q.id)
            var visible: [String: [String]]?
            if !q.visibleIf.isEmpty {
                visible = Dictionary(q.visibleIf.map { ($0.question.value, $0.values.map(\.value)) }, uniquingKeysWith: { a, _ in a })
            }
            let multiple = q.kind.storage.isList
            let method = rule?.method.value ?? q.kind.defaultAggregationMethod
            let start = CategoricalMethods.start(of: method, written: rule?.start?.value, hasGold: quality?.gold != nil)
            let alone = multiple ? (q.choice?.options ?? []).filter(\.exclusive).map(\.value) : []
            let earlierIds = q.renamedFrom.map(\.value)
            let earlierValues = (q.choice?.options ?? []).flatMap { option in option.renamedFrom.map { ($0.value, option.value) } }
            return QuestionRule(id: q.id, renamedFrom: earlierIds.isEmpty ? nil : earlierIds, type: q.typeName,
                                values: q.orderedValues,
                                renamedValues: earlierValues.isEmpty ? nil : Dictionary(earlierValues, uniquingKeysWith: { first, _ in first }),
                                exclusive: alone.isEmpty ? nil : alone,
                                multiple: multiple, required: q.required,
                                visibleIf: visible, method: method.rawValue,
                                parameters: Parameters(minConfidence: rule?.minConfidence?.value, listSeparator: multiple ? "|" : nil,
                                                       start: start?.rawValue),
                                agreementLevel: Self.agreementLevel(for: q))
        }
        platforms = Platforms(targets: TargetRegistry.resultsColumns, long: LongColumns())
    }
}

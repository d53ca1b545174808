/// `toloka/pool.json`: the body of Toloka's create-pool request (`POST
/// /api/v1/pools`) without `project_id` (known once the project is created)
/// and `will_expire` (a date, set when the pool is opened). Field names are
/// toloka-kit's `Pool`:
///
/// - overlap: `judgments_per_item` answers to each task;
/// - a task suite (a page) as a HIT: `items_per_hit` tasks, of which
///   `quality.gold.per_hit` are control tasks, mixed in by Toloka (smart mixing);
/// - `reward_per_assignment`: the HIT's reward, in dollars;
/// - with `quality.gold.min_accuracy`, a rule that keeps a Toloker whose share
///   of correct control answers falls below it (after 3 control answers) out of
///   the project, as the aggregation drops their answers;
/// - `filter`: Tolokers who know the spec's `language` (its primary subtag,
///   when it has two letters, as Toloka's language codes do) and, with
///   `quality.qualification.locales`, who live in one of their countries (the
///   subdivision of `US-NY` has no Toloka filter: the country is used).
struct TolokaPool: Encodable, Sendable {
    var private_name: String
    var may_contain_adult_content: Bool
    var reward_per_assignment: Double
    var assignment_max_duration_seconds: Int
    var auto_accept_solutions: Bool
    var auto_accept_period_day: Int?
    var defaults: Defaults
    var mixer_config: Mixer
    var quality_control: QualityControl?
    var filter: JSONValue?

    struct Defaults: Encodable, Sendable {
        var default_overlap_for_new_tasks: Int
        var default_overlap_for_new_task_suites: Int
    }

    struct Mixer: Encodable, Sendable {
        var real_tasks_count: Int
        var golden_tasks_count: Int
        var training_tasks_count = 0
    }

    /// `quality_control.configs`: one collector with its rules.
    struct QualityControl: Encodable, Sendable {
        var configs: [Config]

        struct Config: Encodable, Sendable {
            var collector_config: Collector
            var rules: [Rule]
        }

        struct Collector: Encodable, Sendable {
            var type: String
        }

        struct Rule: Encodable, Sendable {
            var conditions: [Condition]
            var action: Action
        }

        struct Condition: Encodable, Sendable {
            var key: String
            var `operator`: String
            var value: Int
        }

        struct Action: Encodable, Sendable {
            var type: String
            var parameters: [String: String]
        }
    }

    /// Control answers a Toloker gives before the accuracy rule applies.
    static let minimumControlAnswers = 3

    init(_ checked: CheckedSpec, _ settings: CheckedToloka) {
        private_name = "\(checked.id) \(checked.version)"
        may_contain_adult_content = settings.adultContent
        reward_per_assignment = checked.reward.amount
        assignment_max_duration_seconds = settings.assignmentDurationSeconds
        auto_accept_solutions = settings.reviewDays == nil
        auto_accept_period_day = settings.reviewDays
        defaults = Defaults(default_overlap_for_new_tasks: checked.judgmentsPerItem,
                            default_overlap_for_new_task_suites: checked.judgmentsPerItem)
        let gold = checked.goldPerHit
        mixer_config = Mixer(real_tasks_count: max(1, checked.itemsPerHit - gold), golden_tasks_count: gold)
        filter = Self.filter(checked.spec)
        if gold > 0, let accuracy = checked.spec.quality?.gold?.minAccuracy?.value {
            let percent = Int((accuracy * 100).rounded())
            quality_control = QualityControl(configs: [QualityControl.Config(
                collector_config: QualityControl.Collector(type: "GOLDEN_SET"),
                rules: [QualityControl.Rule(
                    conditions: [
                        QualityControl.Condition(key: "golden_set_correct_answers_rate", operator: "LT", value: percent),
                        QualityControl.Condition(key: "golden_set_answers_count", operator: "GTE", value: Self.minimumControlAnswers),
                    ],
                    action: QualityControl.Action(type: "RESTRICTION_V2", parameters: [
                        "scope": "PROJECT", "duration_unit": "PERMANENT",
                        "private_comment": "hitc: below quality.gold.min_accuracy (\(percent)%) on control tasks",
                    ]))])])
        }
    }

    /// `{"and": [{"or": [language]}, {"or": [country, ...]}]}`, toloka-kit's filter shape; nil with neither.
    static func filter(_ spec: Spec) -> JSONValue? {
        func condition(_ key: String, _ op: String, _ value: String) -> JSONValue {
            .object(["category": .string("profile"), "key": .string(key), "operator": .string(op), "value": .string(value)])
        }
        var groups: [JSONValue] = []
        let language = spec.language.value.language
        if language.count == 2, language.allSatisfy({ $0.isASCII && $0.isLetter }) {
            groups.append(.object(["or": .array([condition("languages", "IN", language.uppercased())])]))
        }
        var countries: [String] = []
        for locale in spec.quality?.qualification?.locales ?? [] {
            let country = String(locale.value.split(separator: "-").first ?? "").uppercased()
            if !country.isEmpty, !countries.contains(country) { countries.append(country) }
        }
        if !countries.isEmpty {
            groups.append(.object(["or": .array(countries.map { condition("country", "EQ", $0) })]))
        }
        return groups.isEmpty ? nil : .object(["and": .array(groups)])
    }
}

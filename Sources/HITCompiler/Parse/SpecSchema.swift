/// The declarative shape of the spec language: every mapping, its keys, their
/// types and one-line docs. The parser takes its valid keys (for unknown-key
/// diagnostics and did-you-mean) from here, and `hitc schema` turns the same
/// table into a JSON Schema, so the two cannot drift apart.
enum SpecSchema {
    /// A value's type, as JSON Schema will describe it.
    indirect enum ValueType: Sendable {
        case string
        /// A string matching a regular expression (JSON Schema `pattern`).
        case pattern(String, description: String)
        case integer(minimum: Int?, maximum: Int? = nil)
        case number
        case boolean
        case words([String])
        case object(ObjectName)
        case list(ValueType)
        /// A mapping from names to values of one type.
        case map(ValueType)
        case anyOf([ValueType])
        /// Any scalar (string, number, boolean), as data values are.
        case scalar
    }

    /// One key of a mapping.
    struct Property: Sendable {
        var name: String
        var type: ValueType
        var required: Bool
        var doc: String
    }

    /// A mapping of the language, by its name in the JSON Schema's `definitions`:
    /// the language's own (the static members) and one per platform target
    /// (`targets.<key>`, named by the key, listed by `TargetRegistry`).
    struct ObjectName: RawRepresentable, Hashable, Sendable {
        /// The name in `definitions`.
        let rawValue: String
        /// The mapping named `rawValue`.
        init(rawValue: String) { self.rawValue = rawValue }

        static let spec = Self(rawValue: "spec"), useCase = Self(rawValue: "useCase"), data = Self(rawValue: "data")
        static let field = Self(rawValue: "field"), hit = Self(rawValue: "hit"), layoutBlock = Self(rawValue: "layoutBlock")
        static let question = Self(rawValue: "question"), option = Self(rawValue: "option")
        static let guidelines = Self(rawValue: "guidelines"), section = Self(rawValue: "section")
        static let example = Self(rawValue: "example"), faqEntry = Self(rawValue: "faqEntry")
        static let changelogEntry = Self(rawValue: "changelogEntry"), communication = Self(rawValue: "communication")
        static let quality = Self(rawValue: "quality"), gold = Self(rawValue: "gold")
        static let qualification = Self(rawValue: "qualification"), checks = Self(rawValue: "checks")
        static let agreement = Self(rawValue: "agreement"), aggregationRule = Self(rawValue: "aggregationRule")
        static let targets = Self(rawValue: "targets"), uiStrings = Self(rawValue: "uiStrings")

        /// The language's own mappings, in documentation order.
        static let language: [Self] = [
            .spec, .useCase, .data, .field, .hit, .layoutBlock, .question, .option, .guidelines, .section, .example,
            .faqEntry, .changelogEntry, .communication, .quality, .gold, .qualification, .checks, .agreement,
            .aggregationRule, .targets, .uiStrings,
        ]

        /// Every mapping: the language's own, then each registered target's.
        static var allCases: [Self] { language + TargetRegistry.schemaObjects }
    }

    /// One key per message `ui_strings` may replace, documented by its English
    /// text (variables shown as `{$name}`, a plural by its default form).
    private static var uiStringProperties: [Property] {
        let english = MessageCatalogue.english
        return UIStringChecks.overridableIDs.map { id in
            p(id, .string, "English: “\(english.format(id))”\(variablesNote(english.variables(of: id) ?? [])). A Fluent pattern (docs/i18n.md).")
        }
    }

    private static func variablesNote(_ variables: Set<String>) -> String {
        variables.isEmpty ? "" : "; variables: " + variables.sorted().map { "$" + $0 }.joined(separator: ", ")
    }

    /// The keys valid in a mapping, in documentation order.
    static func keys(_ object: ObjectName) -> [String] {
        properties(object).map(\.name)
    }

    static let moneyPattern = #"^[0-9]{1,9}(\.[0-9]{1,6})? [A-Z]{3}$"#
    static let durationPattern = #"^([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$"#
    static let semverPattern = #"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$"#
    static let money = ValueType.pattern(moneyPattern, description: "money: AMOUNT CURRENCY, e.g. 0.30 USD")
    static let duration = ValueType.pattern(durationPattern, description: "duration: 30s, 20m, 7d, 1h30m")
    static let semver = ValueType.pattern(semverPattern, description: "semantic version, e.g. 1.3.0")
    static let date = ValueType.pattern(#"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, description: "date: YYYY-MM-DD")
    static let stringOrList = ValueType.anyOf([.scalar, .list(.scalar)])

    private static func p(_ name: String, _ type: ValueType, required: Bool = false, _ doc: String) -> Property {
        Property(name: name, type: type, required: required, doc: doc)
    }

    /// The properties of a mapping.
    static func properties(_ object: ObjectName) -> [Property] {
        switch object {
        case .spec: [
            p("hitc", .integer(minimum: 1), required: true, "Language version; this compiler reads 1."),
            p("id", .pattern("^[a-z0-9][a-z0-9-]*$", description: "task id"), required: true, "Names the bundle folder: [a-z0-9][a-z0-9-]*."),
            p("version", semver, required: true, "Version of the task and its guidelines (semver)."),
            p("title", .string, required: true, "Worker-facing listing title."),
            p("description", .string, "Worker-facing listing description."),
            p("keywords", .list(.string), "Listing keywords."),
            p("language", .string, "BCP 47 tag of all worker-facing text (default en)."),
            p("use_case", .object(.useCase), "Why these labels exist (checklist steps 1-2)."),
            p("data", .object(.data), required: true, "What one item carries (step 3)."),
            p("hit", .object(.hit), required: true, "What a worker sees (step 4)."),
            p("guidelines", .object(.guidelines), "The document workers learn from (step 5)."),
            p("communication", .object(.communication), "How the task reaches workers (step 6)."),
            p("quality", .object(.quality), "Redundancy, gold, checks, agreement, aggregation (step 7)."),
            p("targets", .object(.targets), "Platforms the bundle is built for."),
            p("ui_strings", .object(.uiStrings), "The task's own wording of hitc's words on the page and in the guidelines: catalogue message id → Fluent pattern, in 'language'."),
        ]
        case .useCase: [
            p("purpose", .words(UseCase.Purpose.allCases.map(\.rawValue)), "What the labels are for."),
            p("goal", .string, "What the labels must let you decide."),
            p("metric", .string, "The metric the labels feed (free text)."),
            p("gains", .map(.number), "Gain per label value for the metric."),
            p("priority", .words(UseCase.Priority.allCases.map(\.rawValue)), "How much depends on the labels."),
            p("cadence", .words(UseCase.Cadence.allCases.map(\.rawValue)), "Run once or continuously."),
            p("owner", .string, "Who owns the task (a team or address)."),
            p("prior_work", .string, "What was done before (checklist step 1)."),
        ]
        case .data: [
            p("key", .string, "The field that identifies an item."),
            p("fields", .map(.anyOf([.object(.field), .words(FieldType.allCases.map(\.rawValue))])), required: true,
              "Fields of an item, by name; a bare type word is short for {type: WORD}."),
            p("sample", .string, "Sample rows, CSV or JSON Lines, relative to the spec."),
        ]
        case .field: [
            p("type", .words(FieldType.allCases.map(\.rawValue)), required: true, "The field's type."),
            p("required", .boolean, "Whether every item must have a value (default true)."),
            p("description", .string, "What the field holds."),
            p("max_length", .integer(minimum: 1), "text/string: longest value in characters."),
            p("min", .number, "number: smallest value."),
            p("max", .number, "number: largest value."),
            p("integer", .boolean, "number: whole numbers only."),
            p("values", .list(.scalar), "category: the allowed values."),
        ]
        case .hit: [
            p("items_per_hit", .integer(minimum: 1, maximum: SpecLimits.itemsPerHit.upperBound), required: true, "Items shown on one page."),
            p("reward", money, required: true, "Pay per HIT (assignment)."),
            p("estimated_seconds", .integer(minimum: 1, maximum: SpecLimits.secondsPerHit.upperBound), required: true, "Expected working time per HIT."),
            p("layout", .list(.object(.layoutBlock)), required: true, "Blocks repeated once per item."),
            p("auto_advance", .boolean, "Move to the next unanswered item once an item is answered (default true)."),
            p("questions", .map(.object(.question)), required: true, "Questions by id."),
        ]
        case .layoutBlock: [
            p("text", .string, "Show a text field."),
            p("style", .words(LayoutBlock.TextStyle.allCases.map(\.rawValue)), "text: heading, body, quote or mono."),
            p("image", .string, "Show an image field."),
            p("alt", .string, "image: field used as alt text."),
            p("link", .string, "Show a url field as a link."),
            p("label", .string, "link: the link text; text, markdown, image, audio, video: a caption shown with the value."),
            p("audio", .string, "Play an audio field."),
            p("video", .string, "Play a video field."),
            p("markdown", .string, "Render a markdown field safely."),
            p("note", .string, "Static Markdown text."),
            p("question", .string, "Place a question."),
            p("columns", .list(.list(.object(.layoutBlock))), "Side-by-side columns of blocks."),
        ]
        case .question: [
            p("type", .words(QuestionTypes.words), required: true, "The question type."),
            p("prompt", .string, required: true, "The question as the worker reads it."),
            p("required", .boolean, "Whether an answer is needed (default true)."),
            p("hint", .string, "Help shown under the prompt (Markdown)."),
            p("visible_if", .map(stringOrList), "Show only when earlier answers match."),
            p("renamed_from", stringOrList, "Earlier ids of this question; hitc aggregate reads answers to one of them as answers to this question."),
        ] + QuestionTypes.schemaProperties
        case .option: [
            p("value", .scalar, required: true, "The value submitted."),
            p("label", .string, "The text shown (default: the value)."),
            p("key", .scalar, "A one-character hotkey."),
            p("hint", .string, "Help shown with the option."),
            p("renamed_from", stringOrList, "Earlier values of this option; hitc aggregate reads answers given as one of them as this value."),
            p("exclusive", .boolean, "multi_choice: the option is chosen alone (\"None of these\"); choosing it clears the others."),
        ]
        case .guidelines: [
            p("summary", .string, "Markdown; also shown, collapsible, on every HIT."),
            p("sections", .list(.object(.section)), "The guideline sections."),
            p("examples", .list(.object(.example)), "Worked examples."),
            p("faq", .list(.object(.faqEntry)), "Questions workers ask."),
            p("changelog", .list(.object(.changelogEntry)), "What changed in each version."),
        ]
        case .section: [
            p("title", .string, required: true, "Section title."),
            p("body", .string, "Markdown body."),
            p("file", .string, "A Markdown file next to the spec holding the body."),
        ]
        case .example: [
            p("item", .map(.scalar), required: true, "The item's field values."),
            p("answers", .map(stringOrList), required: true, "The expected answers by question id."),
            p("why", .string, "Why these answers."),
        ]
        case .faqEntry: [
            p("q", .string, required: true, "The question."),
            p("a", .string, required: true, "The answer (Markdown)."),
        ]
        case .changelogEntry: [
            p("version", semver, required: true, "The version that changed."),
            p("date", date, "When (YYYY-MM-DD)."),
            p("notes", .string, required: true, "What changed."),
        ]
        case .communication: [
            p("contact", .string, "Where workers can ask questions."),
            p("feedback", .words(Communication.Feedback.allCases.map(\.rawValue)), "none or optional: a comment box on every HIT."),
            p("min_hourly_wage", money, "The fair-pay floor reward/estimated time is checked against."),
        ]
        case .quality: [
            p("judgments_per_item", .integer(minimum: 1, maximum: SpecLimits.judgmentsPerItem.upperBound), required: true, "Distinct workers per item."),
            p("gold", .object(.gold), "Items with known answers mixed into HITs."),
            p("qualification", .object(.qualification), "Who may work on the task."),
            p("checks", .object(.checks), "Behaviour checks on submissions."),
            p("agreement", .object(.agreement), "Inter-annotator agreement target."),
            p("aggregation", .map(.object(.aggregationRule)), "How answers become labels, per question."),
        ]
        case .gold: [
            p("file", .string, required: true, "Gold rows: item fields + expected answers (+ why)."),
            p("per_hit", .integer(minimum: 0, maximum: SpecLimits.goldPerHit.upperBound), required: true, "Gold items mixed into every HIT."),
            p("min_accuracy", .number, "Workers below it on gold are dropped."),
            p("show_feedback", .boolean, "Tell the worker the expected answer and why."),
        ]
        case .qualification: [
            p("approval_rate", .integer(minimum: 0), "Minimum approval percent."),
            p("approved_hits", .integer(minimum: 0, maximum: SpecLimits.approvedHITs.upperBound), "Minimum number of approved HITs."),
            p("locales", .list(.string), "Allowed countries (ISO 3166-1 alpha-2)."),
        ]
        case .checks: [
            p("min_seconds_per_hit", .integer(minimum: 0, maximum: SpecLimits.secondsPerHit.upperBound), "Faster submissions are flagged."),
        ]
        case .agreement: [
            p("metric", .words(Quality.Agreement.Metric.allCases.map(\.rawValue)), required: true, "Agreement statistic."),
            p("min", .number, "Below it the task needs debugging."),
        ]
        case .aggregationRule: [
            p("method", .words(Quality.AggregationRule.Method.allCases.map(\.rawValue)), required: true, "Aggregation method."),
            p("min_confidence", .number, "Below it the label is 'undecided'."),
            p("init", .words(Quality.AggregationRule.Start.allCases.map(\.rawValue)),
              "Where dawid_skene and one_coin start: 'gold' (the workers' answers on gold items; the default when there is gold) or 'votes'."),
        ]
        case .targets: TargetRegistry.schemaEntries
        case .uiStrings: uiStringProperties
        default: TargetRegistry.target(schema: object)?.properties ?? []
        }
    }
}

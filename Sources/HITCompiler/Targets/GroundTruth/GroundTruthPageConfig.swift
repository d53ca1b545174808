/// What the template's inline script knows of the questions (`<script
/// type="application/json" id="gt-config">`): their `visible_if`, the checks the
/// task page makes, the option hotkeys and the exclusive options.
struct GroundTruthPageConfig: Encodable, Sendable {
    struct QuestionConfig: Encodable, Sendable {
        var id: String
        var type: String
        var required: Bool
        var visibleIf: [Condition]
        var minSelected: Int?
        var maxSelected: Int?
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        var min: Double?
        var max: Double?
        var step: Double?
        /// Lowercased option key → option value.
        var keys: [String: String]?
        /// A multiple choice's exclusive options (`exclusive: true`): ticking one
        /// clears the others, and the reverse; nil when it has none.
        var exclusive: [String]?
        /// What the script says when an exclusive option is ticked with another.
        var exclusiveMessage: String?
    }

    struct Condition: Encodable, Sendable {
        var question: String
        var values: [String]
    }

    /// In layout order (the order hotkeys are tried in).
    var questions: [QuestionConfig]
    /// The spec's `language`, for the script's plural rules and numbers.
    var lang: String?
    /// The `script-*` messages the checks show, compiled (`ScriptMessages`).
    var messages: [String: JSONValue]?

    init(_ hit: HITDesign) {
        questions = hit.questionOrder.compactMap { id in
            guard let q = hit.question(id.value) else { return nil }
            var config = QuestionConfig(id: q.id, type: q.typeName, required: q.required,
                                        visibleIf: q.visibleIf.map { Condition(question: $0.question.value, values: $0.values.map(\.value)) })
            if let choice = q.choice {
                config.minSelected = choice.minSelected?.value
                config.maxSelected = choice.maxSelected?.value
                var keys: [String: String] = [:]
                for option in choice.options {
                    if let key = option.key?.value.lowercased(), keys[key] == nil { keys[key] = option.value }
                }
                config.keys = keys.isEmpty ? nil : keys
                let alone = ExclusiveOptions.of(q)
                if !alone.isEmpty {
                    config.exclusive = alone.map(\.value)
                    config.exclusiveMessage = ExclusiveOptions.message(alone)
                }
            }
            if let text = q.kind.type as? TextQuestion {
                config.minLength = text.minLength
                config.maxLength = text.maxLength
                config.pattern = text.pattern?.value
            }
            if let number = q.kind.type as? NumberQuestion {
                config.min = number.min
                config.max = number.max
                config.step = number.step
            }
            return config
        }
    }

}

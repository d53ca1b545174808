/// A question as a CML form element, named by its CML name (`AppenNames`).
///
/// | question | CML |
/// |---|---|
/// | single choice, radio or buttons | `cml:radios` of `cml:radio label value` |
/// | single choice, dropdown | `cml:select` of `cml:option label value` |
/// | multiple choice | `cml:checkboxes` of `cml:checkbox label value` |
/// | scale | `cml:ratings` of `cml:rating label value`, one per point |
/// | number | `cml:text validates="numeric"`, or `integer`, `integerRange`, `positiveInteger` for whole answers (`AppenValidation`) |
/// | text up to 120 characters | `cml:text` |
/// | longer or unbounded text | `cml:textarea` |
///
/// Every element takes the common attributes CrowdFlower's CML docs and Appen's
/// "Guide to CML Attributes" list: `label` (the prompt), `name`, `instructions`
/// (the hint, with the options' hints after it), `validates` (`required` and
/// the validators of Appen's "Guide to Validators", `AppenValidation`) and `only-if`. A text's
/// placeholder is its `default` ("will not be submitted and will fail the
/// required validator until the worker enters text into it"). `gold="true"`
/// marks a question the gold file answers: its test question answers come in the
/// `<name>_gold` column of `units.csv`; a multiple choice's also takes
/// `exact="true"` (the contributor's set must equal the test question's).
enum AppenControls {
    /// The CML element of `question`; `questions` are the spec's (for `only-if`).
    static func element(_ question: Question, questions: [Question], gold: Bool) -> AppenElement {
        var attributes: [(String, String)] = [("name", AppenNames.name(question.id)), ("label", question.prompt.value)]
        if let instructions = instructions(question) { attributes.append(("instructions", instructions)) }
        let type = question.kind.type
        let validation = AppenValidation(question)
        if let validates = validation.validates { attributes.append(("validates", validates)) }
        attributes += validation.attributes
        if let onlyIf = onlyIf(question, questions: questions) { attributes.append(("only-if", onlyIf)) }
        if gold { attributes.append(("gold", "true")) }
        // Appen's "Guide to Additional CML Attributes": by default a checkbox test question passes when one
        // answer matches; `exact` asks for the same set, as hitc scores gold.
        if gold && question.kind.storage == .optionSet { attributes.append(("exact", "true")) }

        if let choice = question.choice {
            let options = choice.options.map { ($0.label, $0.value) }
            if question.kind.storage == .optionSet {
                return list("cml:checkboxes", "cml:checkbox", attributes, options)
            }
            return choice.display == .dropdown
                ? list("cml:select", "cml:option", attributes, options)
                : list("cml:radios", "cml:radio", attributes, options)
        }
        if let scale = type as? ScaleQuestion {
            let labels = Dictionary(scale.labels.map { ($0.point.value, $0.label) }, uniquingKeysWith: { first, _ in first })
            let points = scale.points.map { point in (labels[point].map { "\(point) \($0)" } ?? String(point), String(point)) }
            return list("cml:ratings", "cml:rating", attributes + [("points", String(points.count))], points)
        }
        if type is NumberQuestion {
            return AppenElement("cml:text", text: attributes)
        }
        if let text = type as? TextQuestion {
            let placeholder = text.placeholder.map { [("default", $0)] } ?? []
            let short = (text.maxLength ?? Int.max) <= shortTextLength
            return AppenElement(short ? "cml:text" : "cml:textarea", text: attributes + placeholder)
        }
        // A type this target does not name: its storage decides.
        let values = (question.orderedValues ?? []).map { ($0, $0) }
        switch question.kind.storage {
        case .option: return list("cml:radios", "cml:radio", attributes, values)
        case .optionSet: return list("cml:checkboxes", "cml:checkbox", attributes, values)
        case .decimal: return AppenElement("cml:text", text: attributes)
        case .string: return AppenElement("cml:textarea", text: attributes)
        }
    }

    /// The longest text answer asked for with a one-line `cml:text`.
    static let shortTextLength = 120

    /// The hint, then each option's hint as "label: hint" on a line of its own.
    static func instructions(_ question: Question) -> String? {
        var lines: [String] = question.hint.map { [$0] } ?? []
        for option in question.choice?.options ?? [] {
            if let hint = option.hint { lines.append(option.label + ": " + hint) }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// `only-if` for `visible_if`: each condition `name:[i]||name:[j]` by the
    /// 0-based index of the accepted options (or points) in the condition's
    /// question, several conditions joined by `++`. Appen's "Guide to CML
    /// Logic": `only-if="field:[index]"` shows a field when the option at that
    /// 0-based index is chosen (a radio, a checkbox, a select's option), and
    /// answers whose values are numbers (a scale's points) must be referred to
    /// by index. The index form also holds for any value text. `||` between
    /// selectors reads "or" (as a published CML tutorial writes it); `++` reads "and"
    /// (Appen's own server-side validation test data names a field whose
    /// `only-if` is `depth2:[dog]++root_and:[baz]` "and_clause"). A
    /// condition whose question or value is unknown is left out (the spec's
    /// checks report it).
    static func onlyIf(_ question: Question, questions: [Question]) -> String? {
        let parts: [String] = question.visibleIf.compactMap { condition in
            guard let source = questions.first(where: { $0.id == condition.question.value }),
                  let ordered = source.orderedValues else { return nil }
            let name = AppenNames.name(source.id)
            let selectors = condition.values.compactMap { value in
                ordered.firstIndex(of: value.value).map { "\(name):[\($0)]" }
            }
            return selectors.isEmpty ? nil : selectors.joined(separator: "||")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "++")
    }

    private static func list(_ tag: String, _ child: String, _ attributes: [(String, String)],
                             _ options: [(label: String, value: String)]) -> AppenElement {
        AppenElement(tag, text: attributes, options.map { .element(AppenElement(child, text: [("label", $0.label), ("value", $0.value)])) })
    }
}

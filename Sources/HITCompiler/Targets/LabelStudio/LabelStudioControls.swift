/// A question as Label Studio control tags: a `Header` with the prompt, the
/// hint, and the control named by the question id (`Choices`/`Choice`,
/// `TextArea`, `Number`), wrapped in one `View` per `visible_if` condition.
enum LabelStudioControls {
    /// The tags of `question`, its control labelling the object `toName`.
    /// `hotkeys` are the option keys it may bind (`LabelStudioHotkeys.kept`).
    static func question(_ question: Question, toName: String, hotkeys: Set<String>, names: inout LabelStudioNames) -> LabelStudioElement {
        var inner: [LabelStudioElement] = [LabelStudioElement("Header", [("value", LabelStudioXML.staticText(question.prompt.value))])]
        if let hint = question.hint {
            inner.append(LabelStudioElement("Text", [("name", names.claim(question.id + "_hint")), ("value", LabelStudioXML.staticText(hint))]))
        }
        inner.append(control(question, toName: toName, hotkeys: hotkeys))
        var element = LabelStudioElement("View", [], children: inner)
        // Each condition a View of its own: nested, they must all hold (the spec's AND);
        // the values of one condition are Label Studio's comma-separated OR.
        for condition in question.visibleIf.reversed() {
            element = LabelStudioElement("View", [
                ("visibleWhen", "choice-selected"),
                ("whenTagName", condition.question.value),
                ("whenChoiceValue", condition.values.map(\.value).joined(separator: ",")),
            ], children: [element])
        }
        return element
    }

    /// The control tag of `question`, binding the option keys in `hotkeys`.
    static func control(_ question: Question, toName: String, hotkeys: Set<String>) -> LabelStudioElement {
        let base: [(String, String)] = [("name", question.id), ("toName", toName)]
        let required: [(String, String)] = question.required ? [("required", "true")] : []
        let type = question.kind.type
        if let choice = question.choice {
            let multiple = question.kind.storage == .optionSet
            return choices(base + [("choice", multiple ? "multiple" : "single-radio")]
                               + display(choice.display) + required,
                           options: choice.options.map { option in
                               var attributes: [(String, String)] = [("value", LabelStudioXML.staticText(option.label)), ("alias", option.value)]
                               if let key = option.key?.value, hotkeys.contains(key) { attributes.append(("hotkey", key)) }
                               if let hint = option.hint { attributes.append(("hint", hint)) }
                               return attributes
                           })
        }
        if let scale = type as? ScaleQuestion {
            let labels = Dictionary(scale.labels.map { ($0.point.value, $0.label) }, uniquingKeysWith: { first, _ in first })
            return choices(base + [("choice", "single-radio"), ("showInline", "true")] + required,
                           options: scale.points.map { point in
                               let shown = labels[point].map { String(point) + " " + $0 } ?? String(point)
                               return [("value", LabelStudioXML.staticText(shown)), ("alias", String(point))]
                           })
        }
        if let number = type as? NumberQuestion {
            var attributes = base
            if let min = number.min { attributes.append(("min", NumberText.plain(min))) }
            if let max = number.max { attributes.append(("max", NumberText.plain(max))) }
            if let step = number.step { attributes.append(("step", NumberText.plain(step))) }
            return LabelStudioElement("Number", attributes + required)
        }
        if let text = type as? TextQuestion {
            var attributes = base + [("editable", "true"), ("maxSubmissions", "1"), ("rows", "3")]
            if let placeholder = text.placeholder { attributes.append(("placeholder", placeholder)) }
            return LabelStudioElement("TextArea", attributes + required)
        }
        // A type this target does not name: its storage decides.
        switch question.kind.storage {
        case .option, .optionSet:
            let multiple = question.kind.storage == .optionSet
            return choices(base + [("choice", multiple ? "multiple" : "single-radio")] + required,
                           options: (question.orderedValues ?? []).map { [("value", $0), ("alias", $0)] })
        case .decimal:
            return LabelStudioElement("Number", base + required)
        case .string:
            return LabelStudioElement("TextArea", base + [("editable", "true"), ("maxSubmissions", "1")] + required)
        }
    }

    /// How `Choices` shows a display: radios (the default), in one line for
    /// buttons, or a drop-down list (`layout="select"`, which Label Studio's
    /// `Choices` model takes besides `inline` and `vertical`).
    static func display(_ display: Question.Choice.Display) -> [(String, String)] {
        switch display {
        case .radio: []
        case .buttons: [("showInline", "true")]
        case .dropdown: [("layout", "select")]
        }
    }

    private static func choices(_ attributes: [(String, String)], options: [[(String, String)]]) -> LabelStudioElement {
        LabelStudioElement("Choices", attributes, children: options.map { LabelStudioElement("Choice", $0) })
    }
}

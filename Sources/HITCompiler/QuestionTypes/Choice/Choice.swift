/// The options of a choice question, shared by the single and multi choice types.
extension Question {
    /// Options of a choice question and how they are shown.
    struct Choice: Sendable {
        /// How the options are shown: radio buttons (checkboxes for multi choice), buttons, or a dropdown.
        enum Display: String, Sendable, CaseIterable { case radio, buttons, dropdown }
        var options: [ChoiceOption]
        var display: Display
        /// Multi choice only: fewest and most options to pick.
        var minSelected: Located<Int>?
        var maxSelected: Located<Int>?
    }
}

/// One option of a choice question.
struct ChoiceOption: Sendable {
    var value: String
    var label: String
    /// A single-character hotkey.
    var key: Located<String>?
    var hint: String?
    var range: SourceRange
    var valueRange: SourceRange
    /// `renamed_from`: earlier values of this option, which `hitc aggregate`
    /// reads as this value (one label history across a rename; `docs/diff.md`).
    var renamedFrom: [Located<String>] = []
    /// `exclusive: true` (multi_choice only): the option stands alone, as "None
    /// of these" or "Can't judge" do. The page clears the other options when it
    /// is chosen (and it when another is), and an answer holding it with another
    /// option is invalid.
    var exclusive = false
}

/// What the choice types share: keys, option checks, the page's control,
/// hotkeys and the guidelines' option table.
extension Question.Choice {
    /// The keys both choice types take.
    static let schemaProperties: [SpecSchema.Property] = [
        SpecSchema.Property(name: "options", type: .list(.anyOf([.object(.option), .scalar])), required: false,
                            doc: "Choices: options; a bare value is short for {value: V, label: V}."),
        SpecSchema.Property(name: "display", type: .words(Display.allCases.map(\.rawValue)), required: false,
                            doc: "Choices: radio, buttons or dropdown."),
    ]

    /// The option values, in order.
    var values: [String] { options.map(\.value) }

    /// The problem with one selected value: not an option (with a did-you-mean).
    func problem(_ value: String, question: Question) -> AnswerProblem? {
        let options = values
        if options.contains(value) { return nil }
        return AnswerProblem("\(AnswerProblem.shown(value)) is not an option of '\(question.id)' (\(Self.list(options)))",
                             suggestion: Suggestions.closest(to: value, in: options, rule: .dataValue))
    }

    private static func list(_ values: [String]) -> String {
        let shown = values.prefix(10).joined(separator: ", ")
        return values.count > 10 ? "\(shown), ..." : shown
    }

    /// The options as the page's control shows them (dropdowns list hints below).
    func control() -> ChoiceControlView {
        let options = options.map { option in
            OptionView(value: option.value, label: option.label, optionKey: option.key?.value,
                       optionHintHTML: option.hint.map(MarkdownInline.init), exclusive: option.exclusive)
        }
        var control = ChoiceControlView(options: options)
        if display == .dropdown {
            let hints = self.options.compactMap { option in
                option.hint.map { OptionHintView(hintLabel: option.label, hintTextHTML: MarkdownInline($0)) }
            }
            control.dropdownHints = hints.isEmpty ? nil : DropdownHintsView(hintEntries: hints)
        }
        return control
    }

    /// Hotkey → option value for the page's script; nil without hotkeys.
    var hotkeys: [String: String]? {
        var keys: [String: String] = [:]
        for option in options { if let key = option.key?.value { keys[key] = option.value } }
        return keys.isEmpty ? nil : keys
    }

    /// The options with what they mean, for the guidelines.
    func guidelineChoices(shownIn: (String) -> [Int]) -> [GuidelinesDocument.Choice] {
        options.map {
            .init(label: $0.label, key: $0.key?.value, hint: $0.hint, examples: shownIn($0.value), exclusive: $0.exclusive)
        }
    }

    /// An expected option in words: its label and key.
    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel {
        let option = options.first { $0.value == value }
        return .init(label: option?.label ?? value, key: option?.key?.value)
    }
}

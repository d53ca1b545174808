/// Parses the options of `single_choice` and `multi_choice` questions.
///
/// An option is `{value, label, key, hint}` or, short, a bare scalar that is
/// both value and label (`options: [yes, no]`).
enum ChoiceParser {
    static func parse(_ m: MappingView, _ what: String, multi: Bool, _ ctx: inout ParseContext) -> Question.Choice? {
        guard let node = m.required("options", &ctx), let items = ctx.sequence(node, "the options of \(what)") else { return nil }
        if items.isEmpty {
            ctx.report(.emptyList, "\(what) needs at least one option", node.range)
            return nil
        }
        let options = items.compactMap { parseOption($0, what, multi: multi, &ctx) }
        // The page, results, gold cells and labels join the selected values of a multi_choice answer with `|`.
        for option in options where multi && option.value.contains("|") {
            ctx.report(.separatorInValue,
                       "option value '\(option.value)' of \(what) contains '|', which separates the selected options of a multi_choice answer",
                       option.valueRange, notes: [DiagnosticNote("use another character, e.g. '/' or '-'")])
        }
        let display = m["display"].flatMap { ctx.word($0, "display", as: Question.Choice.Display.self)?.value } ?? .radio
        if multi, display == .dropdown, let d = m["display"] {
            ctx.report(.invalidEnumValue, "a multi_choice question cannot use 'display: dropdown'", d.range,
                       notes: [DiagnosticNote("use 'radio' (checkboxes) or 'buttons'")])
        }
        var minSelected: Located<Int>?
        var maxSelected: Located<Int>?
        if multi { exclusiveProblems(options, what, &ctx) }
        if multi {
            minSelected = m["min_selected"].flatMap { parseInteger($0, "'min_selected'", minimum: 0, &ctx) }
            maxSelected = m["max_selected"].flatMap { parseInteger($0, "'max_selected'", minimum: 1, &ctx) }
            // A bound that cannot hold is reported and dropped, so answers are not also judged against it.
            if let hi = maxSelected, hi.value > items.count {
                ctx.report(.valueOutOfRange, "'max_selected' \(hi.value) is more than the \(Plural.count(items.count, "option"))", hi.range)
                maxSelected = nil
            }
            if let lo = minSelected, lo.value > items.count {
                ctx.report(.valueOutOfRange, "'min_selected' \(lo.value) is more than the \(Plural.count(items.count, "option"))", lo.range)
                minSelected = nil
            }
            if let lo = minSelected, let hi = maxSelected, lo.value > hi.value {
                ctx.report(.valueOutOfRange, "'min_selected' \(lo.value) is greater than 'max_selected' \(hi.value)", lo.range)
                minSelected = nil
                maxSelected = nil
            }
            // An exclusive option is chosen alone: a lower bound above 1 would make it unanswerable.
            if let lo = minSelected, lo.value > 1, let alone = options.first(where: \.exclusive) {
                ctx.report(.valueOutOfRange,
                           "'min_selected' \(lo.value) leaves no valid answer with the exclusive option '\(alone.value)', which is chosen alone",
                           lo.range, notes: [DiagnosticNote("use 'min_selected: 1', or remove 'exclusive' from '\(alone.value)'")])
            }
        }
        return Question.Choice(options: options, display: display, minSelected: minSelected, maxSelected: maxSelected)
    }

    /// A multi_choice whose options are all exclusive is a single_choice: an error,
    /// so the page and the aggregation are not asked to treat it as a multi_choice.
    private static func exclusiveProblems(_ options: [ChoiceOption], _ what: String, _ ctx: inout ParseContext) {
        guard options.count > 0, options.allSatisfy(\.exclusive) else { return }
        ctx.report(.unknownKey, "every option of \(what) is exclusive, so only one can ever be chosen",
                   options[options.count - 1].range,
                   notes: [DiagnosticNote("use 'type: single_choice', or remove 'exclusive' from the options that can be combined")])
    }

    private static func parseOption(_ node: YAMLNode, _ what: String, multi: Bool, _ ctx: inout ParseContext) -> ChoiceOption? {
        if case .scalar = node.kind {
            guard let v = ctx.string(node, "an option of \(what)") else { return nil }
            return ChoiceOption(value: v.value, label: v.value, key: nil, hint: nil, range: node.range, valueRange: v.range)
        }
        guard let m = ctx.mapping(node, "an option of \(what)", allowed: SpecSchema.keys(.option)) else { return nil }
        guard let value = m.required("value", &ctx).flatMap({ ctx.string($0, "an option's 'value'") }) else { return nil }
        var key: Located<String>?
        if let k = m["key"], let text = ctx.string(k, "an option's 'key'") {
            let scalars = text.value.unicodeScalars
            if scalars.count == 1, let s = scalars.first, !s.properties.isWhitespace, s.value >= 0x21, s.value != 0x7F {
                key = text
            } else {
                ctx.report(.invalidHotkey, "hotkey '\(text.value)' of option '\(value.value)' must be one printable character", text.range)
            }
        }
        let label = m["label"].flatMap { ctx.string($0, "an option's 'label'")?.value } ?? value.value
        let renamedFrom = m["renamed_from"].map { ctx.strings($0, "'renamed_from' of option '\(value.value)'", scalarOK: true) } ?? []
        var exclusive = false
        if let pair = m.pairs.first(where: { $0.key == "exclusive" }), let flag = ctx.bool(pair.value, "'exclusive'") {
            if multi {
                exclusive = flag
            } else {
                ctx.report(.unknownKey, "'exclusive' applies only to the options of a multi_choice question", pair.keyRange,
                           notes: [DiagnosticNote("\(what) picks one option already; remove 'exclusive'")])
            }
        }
        return ChoiceOption(value: value.value, label: label, key: key,
                            hint: m["hint"].flatMap { ctx.string($0, "an option's 'hint'")?.value },
                            range: node.range, valueRange: value.range, renamedFrom: renamedFrom, exclusive: exclusive)
    }
}

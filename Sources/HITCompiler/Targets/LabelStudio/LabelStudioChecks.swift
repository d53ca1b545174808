/// What Label Studio cannot express, checked when `targets.label_studio` is set.
/// Facts from Label Studio's editor (`web/libs/editor`, as shipped in 1.23.2):
/// `visibleWhen` splits `whenChoiceValue` at commas and finds each value as the
/// first `Choice` whose `alias` or `value` equals it; a `Number` refuses values
/// outside `min`/`max` or off its `step` (so those need no warning); `TextArea`
/// and `Choices` have no length, pattern or selection-count checks and no
/// option that clears the others (an exclusive option is a `W0018`); hotkeys are
/// bound once for the whole config (`setupHotKeys` walks every tag), not per question.
enum LabelStudioChecks {
    static func run(_ ctx: inout CheckContext) {
        PairwiseChecks.refuse(platform: "Label Studio", key: "label_studio", &ctx)
        let spec = ctx.spec
        if let items = spec.hit.itemsPerHit, items.value > 1 {
            ctx.report(.platformDegrades,
                       "Label Studio shows one item per task: the \(items.value) items of a HIT become \(items.value) tasks of their own",
                       items.range,
                       notes: [DiagnosticNote("write 'items_per_hit: 1' to see the same page everywhere, or drop 'targets.label_studio'")])
        }
        for derived in LabelStudioRichText.derived(spec.hit.layout) {
            if let field = ctx.field(derived.key) {
                ctx.report(.platformLimit,
                           "Label Studio tasks carry the HTML hitc makes for '\(derived.field)' under '\(derived.key)', the name of this field",
                           field.nameRange, notes: [DiagnosticNote("rename the field, or drop 'targets.label_studio'")])
            }
        }
        for question in spec.hit.questions {
            checkConditions(question, &ctx)
            checkUnenforced(question, &ctx)
            ExclusiveOptions.reportUnenforced(question, platform: "Label Studio", drop: "or drop 'targets.label_studio'", &ctx)
        }
        for clash in LabelStudioHotkeys.clashes(spec.hit.questions) {
            ctx.report(.platformDegrades,
                       "Label Studio binds hotkeys for the whole page: key '\(clash.key.value)' of '\(clash.question)' is also a key of '\(clash.first)', so Label Studio shows it only on '\(clash.first)'",
                       clash.key.range,
                       notes: [DiagnosticNote("give each question its own keys, or drop 'targets.label_studio'")])
        }
    }

    /// `visible_if` values Label Studio would read differently: a comma (it splits
    /// there) or a value that is the label of an earlier option (it finds that option).
    private static func checkConditions(_ question: Question, _ ctx: inout CheckContext) {
        for condition in question.visibleIf {
            let options = ctx.question(condition.question.value)?.choice?.options ?? []
            for value in condition.values {
                if value.value.contains(",") {
                    ctx.report(.platformCannotExpress,
                               "Label Studio cannot show '\(question.id)' when '\(condition.question.value)' is '\(value.value)': it splits the values of a condition at commas",
                               value.range,
                               notes: [DiagnosticNote("use an option value without ',', or drop 'targets.label_studio'")])
                    continue
                }
                let found = options.first { $0.value == value.value || $0.label == value.value }
                if let found, found.value != value.value {
                    ctx.report(.platformCannotExpress,
                               "Label Studio cannot show '\(question.id)' when '\(condition.question.value)' is '\(value.value)': it would test the option labelled '\(found.label)' (value '\(found.value)') instead",
                               value.range,
                               notes: [DiagnosticNote("give options labels that are not another option's value, or drop 'targets.label_studio'")])
                }
            }
        }
    }

    /// Answer checks of the spec that Label Studio's controls do not enforce.
    private static func checkUnenforced(_ question: Question, _ ctx: inout CheckContext) {
        var unchecked: [String] = []
        var at = question.idRange
        if let choice = question.choice {
            if let min = choice.minSelected { unchecked.append("min_selected"); at = min.range }
            if let max = choice.maxSelected { unchecked.append("max_selected"); if choice.minSelected == nil { at = max.range } }
        }
        if let text = question.kind.type as? TextQuestion {
            if text.minLength != nil { unchecked.append("min_length") }
            if text.maxLength != nil { unchecked.append("max_length") }
            if let pattern = text.pattern { unchecked.append("pattern"); if text.minLength == nil && text.maxLength == nil { at = pattern.range } }
        }
        guard !unchecked.isEmpty else { return }
        let list = unchecked.map { "'\($0)'" }.joined(separator: ", ")
        ctx.report(.platformDegrades,
                   "Label Studio does not enforce \(list) of '\(question.id)': annotators can submit answers that break \(unchecked.count == 1 ? "it" : "them")",
                   at,
                   notes: [DiagnosticNote("say the rule in the prompt or hint, or drop 'targets.label_studio'")])
    }
}

/// Parses `hit.questions`: a mapping of question ids to definitions.
enum QuestionParser {
    /// Keys that apply to each question type beyond the common ones.
    static let typeKeys: [QuestionType: [String]] = [
        .single_choice: ["options", "display"],
        .multi_choice: ["options", "display", "min_selected", "max_selected"],
        .scale: ["min", "max", "labels"],
        .text: ["min_length", "max_length", "pattern", "placeholder"],
        .number: ["min", "max", "step", "unit"],
    ]
    static let commonKeys = ["type", "prompt", "required", "hint", "visible_if"]

    /// Parses every question: the outline of each as written, and the questions
    /// that parsed without error (see `HITDesign.outlines`).
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> (questions: [Question], outlines: [QuestionOutline]) {
        guard case .mapping(let pairs) = node.kind else {
            ctx.report(.wrongNodeKind, "'hit.questions' must be a mapping of question ids to questions, not \(node.shapeDescription)", node.range)
            return ([], [])
        }
        if pairs.isEmpty { ctx.report(.emptyList, "'hit.questions' must define at least one question", node.range) }
        var questions: [Question] = []
        var outlines: [QuestionOutline] = []
        for pair in pairs {
            let (outline, question) = parseQuestion(pair, &ctx)
            outlines.append(outline)
            if let question { questions.append(question) }
        }
        return (questions, outlines)
    }

    /// One question's outline, and the question when it parsed without error.
    private static func parseQuestion(_ pair: YAMLPair, _ ctx: inout ParseContext) -> (QuestionOutline, Question?) {
        let start = ctx.mark
        let what = "question '\(pair.key)'"
        var outline = QuestionOutline(id: pair.key, idRange: pair.keyRange, type: nil, kind: nil, settingsComplete: false,
                                      valuesComplete: false, required: nil, visibleIf: [], isComplete: false)
        if !ValueSyntax.isIdentifier(pair.key) {
            ctx.report(.invalidIdentifier, "question id '\(pair.key)' must match [A-Za-z_][A-Za-z0-9_]*", pair.keyRange)
        }
        let keys = SpecSchema.keys(.question)
        guard let m = ctx.mapping(pair.value, what, allowed: keys) else { return (outline, nil) }
        let typeNode = m.required("type", &ctx)
        let prompt = m.required("prompt", &ctx).flatMap { ctx.string($0, "the prompt of \(what)") }
        outline.required = m["required"].map { ctx.bool($0, "'required'") } ?? true
        // A misspelt 'required' ('requried: false') is unknown, not the default:
        // no check reasons from a value the author did not mean.
        if m["required"] == nil,
           m.pairs.contains(where: { !keys.contains($0.key) && Suggestions.closest(to: $0.key, in: keys) == "required" }) {
            outline.required = nil
        }
        let hint = m["hint"].flatMap { ctx.string($0, "'hint'")?.value }
        outline.visibleIf = m["visible_if"].map { parseVisibleIf($0, &ctx) } ?? []
        if let typeNode, let typeWord = ctx.string(typeNode, "the type of \(what)") {
            parseType(typeWord, m, what, into: &outline, &ctx)
        }
        guard ctx.isClean(since: start), let kind = outline.kind, let prompt, let required = outline.required else {
            return (outline, nil)
        }
        outline.isComplete = true
        return (outline, Question(id: pair.key, idRange: pair.keyRange, kind: kind, prompt: prompt, required: required,
                                  hint: hint, visibleIf: outline.visibleIf))
    }

    /// Reads the type word and the type's settings into `outline`.
    private static func parseType(_ typeWord: Located<String>, _ m: MappingView, _ what: String,
                                  into outline: inout QuestionOutline, _ ctx: inout ParseContext) {
        guard let type = QuestionType(rawValue: typeWord.value), let specific = typeKeys[type] else {
            let words = QuestionType.allCases.map(\.rawValue).sorted()
            let guess = Suggestions.closest(to: typeWord.value, in: words)
            ctx.report(.invalidEnumValue, "'\(typeWord.value)' is not a question type", typeWord.range,
                       notes: (guess.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? [])
                        + [DiagnosticNote("question types: \(words.joined(separator: ", "))")],
                       fixIts: guess.map { [FixIt(range: typeWord.range, replacement: $0)] } ?? [])
            return
        }
        outline.type = type
        for p in m.pairs where !commonKeys.contains(p.key) && !specific.contains(p.key) && SpecSchema.keys(.question).contains(p.key) {
            ctx.report(.unknownKey, "'\(p.key)' does not apply to a \(typeWord.value) question", p.keyRange,
                       notes: [DiagnosticNote("a \(typeWord.value) question also takes: \(specific.joined(separator: ", "))")])
        }
        let settings = ctx.mark
        switch type {
        case .single_choice: outline.kind = ChoiceParser.parse(m, what, multi: false, &ctx).map { .singleChoice($0) }
        case .multi_choice: outline.kind = ChoiceParser.parse(m, what, multi: true, &ctx).map { .multiChoice($0) }
        case .scale: outline.kind = parseScale(m, what, &ctx).map { .scale($0) }
        case .text: outline.kind = parseText(m, &ctx).map { .text($0) }
        case .number: outline.kind = parseNumber(m, what, &ctx).map { .number($0) }
        }
        outline.settingsComplete = outline.kind != nil && ctx.isClean(since: settings)
        // A choice's values are all known when every option gave one, even if a hotkey or hint had an error.
        if let choice = outline.kind?.choice {
            if let node = m["options"], case .sequence(let items) = node.kind { outline.valuesComplete = items.count == choice.options.count }
        } else {
            outline.valuesComplete = outline.kind != nil
        }
    }

    private static func parseScale(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Question.Scale? {
        let lo = m.required("min", &ctx).flatMap { parseInteger($0, "the scale's 'min'", in: SpecLimits.scalePoint, &ctx) }
        let hi = m.required("max", &ctx).flatMap { parseInteger($0, "the scale's 'max'", in: SpecLimits.scalePoint, &ctx) }
        guard let lo, let hi else { return nil }
        let span = hi.value.subtractingReportingOverflow(lo.value)
        guard lo.value < hi.value, !span.overflow, span.partialValue <= 100 else {
            ctx.report(.valueOutOfRange, "the scale of \(what) must have min < max and at most 101 points (min \(lo.value), max \(hi.value))", lo.range)
            return nil
        }
        var labels: [(point: Located<Int>, label: String)] = []
        if let node = m["labels"] {
            if case .mapping(let pairs) = node.kind {
                for p in pairs {
                    guard let point = ScalarSyntax.integer(p.key) else {
                        ctx.report(.expectedInteger, "scale label key '\(p.key)' must be a point of the scale (an integer)", p.keyRange)
                        continue
                    }
                    guard (lo.value...hi.value).contains(point) else {
                        ctx.report(.valueOutOfRange, "scale label \(point) is outside the scale \(lo.value)...\(hi.value)", p.keyRange)
                        continue
                    }
                    if let label = ctx.string(p.value, "the label of point \(point)") {
                        labels.append((Located(point, p.keyRange), label.value))
                    }
                }
            } else {
                ctx.report(.wrongNodeKind, "'labels' must map scale points to labels ({1: Poor, 5: Great}), not \(node.shapeDescription)", node.range)
            }
        }
        return Question.Scale(min: lo.value, max: hi.value, range: lo.range, labels: labels)
    }

    private static func parseText(_ m: MappingView, _ ctx: inout ParseContext) -> Question.Text? {
        let minLength = m["min_length"].flatMap { parseInteger($0, "'min_length'", minimum: 0, &ctx)?.value }
        let maxLength = m["max_length"].flatMap { parseInteger($0, "'max_length'", minimum: 1, &ctx)?.value }
        if let lo = minLength, let hi = maxLength, lo > hi {
            ctx.report(.valueOutOfRange, "'min_length' \(lo) is greater than 'max_length' \(hi)", m["min_length"]!.range)
        }
        var pattern: Located<String>?
        if let node = m["pattern"], let p = ctx.string(node, "'pattern'") {
            if let problem = RegexCheck.problem(p.value) {
                ctx.report(.invalidPattern, "'pattern' \(problem)", p.range)
            } else {
                pattern = p
            }
        }
        return Question.Text(minLength: minLength, maxLength: maxLength, pattern: pattern,
                             placeholder: m["placeholder"].flatMap { ctx.string($0, "'placeholder'")?.value })
    }

    private static func parseNumber(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Question.NumberAnswer? {
        let lo = m["min"].flatMap { ctx.number($0, "'min'")?.value }
        let hi = m["max"].flatMap { ctx.number($0, "'max'")?.value }
        if let lo, let hi, lo > hi {
            ctx.report(.valueOutOfRange, "\(what) has min \(NumberText.plain(lo)) greater than max \(NumberText.plain(hi))", m["min"]!.range)
        }
        var step: Double?
        if let node = m["step"], let s = ctx.number(node, "'step'") {
            if s.value > 0 { step = s.value } else { ctx.report(.valueOutOfRange, "'step' must be greater than 0", s.range) }
        }
        return Question.NumberAnswer(min: lo, max: hi, step: step, unit: m["unit"].flatMap { ctx.string($0, "'unit'")?.value })
    }

    private static func parseVisibleIf(_ node: YAMLNode, _ ctx: inout ParseContext) -> [VisibleCondition] {
        guard case .mapping(let pairs) = node.kind else {
            ctx.report(.wrongNodeKind, "'visible_if' must map question ids to values ({relevance: cant_judge}), not \(node.shapeDescription)", node.range)
            return []
        }
        if pairs.isEmpty { ctx.report(.emptyList, "'visible_if' names no condition", node.range) }
        return pairs.map { p in
            let question = Located(p.key, p.keyRange)
            if p.value.isNull {
                ctx.report(.emptyValue, "'visible_if' names '\(p.key)' but no value", p.value.range)
                return VisibleCondition(question: question, values: [])
            }
            if case .sequence(let items) = p.value.kind, items.isEmpty {
                ctx.report(.emptyList, "'visible_if' names '\(p.key)' but no value", p.value.range)
            }
            return VisibleCondition(question: question, values: ctx.strings(p.value, "the values of '\(p.key)'", scalarOK: true))
        }
    }
}

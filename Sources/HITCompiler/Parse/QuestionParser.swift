/// Parses `hit.questions`: a mapping of question ids to definitions.
enum QuestionParser {
    /// Keys every question takes; a type's own keys come from its plug-in (`QuestionTypes`).
    static let commonKeys = ["type", "prompt", "required", "hint", "visible_if", "renamed_from"]

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
        checkRenames(questions, ids: Set(pairs.map(\.key)), &ctx)
        return (questions, outlines)
    }

    /// `renamed_from` of the questions: an old id may not be a question id still,
    /// nor be claimed by two questions (its answers would go to both).
    private static func checkRenames(_ questions: [Question], ids: Set<String>, _ ctx: inout ParseContext) {
        var claimed: [String: String] = [:]
        for q in questions {
            for old in q.renamedFrom {
                if ids.contains(old.value) {
                    ctx.report(.duplicateValue, "'renamed_from' of question '\(q.id)' names '\(old.value)', which is still a question of the spec", old.range,
                               notes: [DiagnosticNote("hitc aggregate would read answers to '\(old.value)' as answers to '\(q.id)'; remove one of them")])
                } else if let other = claimed[old.value] {
                    ctx.report(.duplicateValue, "questions '\(other)' and '\(q.id)' are both renamed from '\(old.value)'", old.range)
                } else {
                    claimed[old.value] = q.id
                }
            }
        }
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
        let renamedFrom = m["renamed_from"].map { ctx.strings($0, "'renamed_from' of \(what)", scalarOK: true) } ?? []
        for old in renamedFrom where !ValueSyntax.isIdentifier(old.value) {
            ctx.report(.invalidIdentifier, "'renamed_from' of \(what) names '\(old.value)', which is not a question id ([A-Za-z_][A-Za-z0-9_]*)", old.range)
        }
        if let typeNode, let typeWord = ctx.string(typeNode, "the type of \(what)") {
            parseType(typeWord, m, what, into: &outline, &ctx)
        }
        guard ctx.isClean(since: start), let kind = outline.kind, let prompt, let required = outline.required else {
            return (outline, nil)
        }
        outline.isComplete = true
        return (outline, Question(id: pair.key, idRange: pair.keyRange, kind: kind, prompt: prompt, required: required,
                                  hint: hint, visibleIf: outline.visibleIf, renamedFrom: renamedFrom))
    }

    /// Reads the type word and the type's settings into `outline`.
    private static func parseType(_ typeWord: Located<String>, _ m: MappingView, _ what: String,
                                  into outline: inout QuestionOutline, _ ctx: inout ParseContext) {
        guard let type = QuestionTypes.named(typeWord.value) else {
            let words = QuestionTypes.words.sorted()
            let guess = Suggestions.closest(to: typeWord.value, in: words)
            ctx.report(.invalidEnumValue, "'\(typeWord.value)' is not a question type", typeWord.range,
                       notes: (guess.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? [])
                        + [DiagnosticNote("question types: \(words.joined(separator: ", "))")],
                       fixIts: guess.map { [FixIt(range: typeWord.range, replacement: $0)] } ?? [])
            return
        }
        outline.type = type
        let specific = type.schemaProperties.map(\.name)
        for p in m.pairs where !commonKeys.contains(p.key) && !specific.contains(p.key) && SpecSchema.keys(.question).contains(p.key) {
            ctx.report(.unknownKey, "'\(p.key)' does not apply to a \(typeWord.value) question", p.keyRange,
                       notes: [DiagnosticNote("a \(typeWord.value) question also takes: \(specific.joined(separator: ", "))")])
        }
        let settings = ctx.mark
        outline.kind = QuestionTypes.parse(type, m, what, &ctx)
        outline.settingsComplete = outline.kind != nil && ctx.isClean(since: settings)
        // A choice's values are all known when every option gave one, even if a hotkey or hint had an error.
        if let choice = outline.kind?.choice {
            if let node = m["options"], case .sequence(let items) = node.kind { outline.valuesComplete = items.count == choice.options.count }
        } else {
            outline.valuesComplete = outline.kind != nil
        }
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

/// Guideline examples: every item fits the data schema (values read as text,
/// like CSV cells) and every answer is a valid answer to a real question.
enum ExampleChecks {
    static func run(_ ctx: inout CheckContext) {
        guard let examples = ctx.spec.guidelines?.examples else { return }
        let rules = Dictionary(ctx.spec.data.fields.map { ($0.name, FieldRule($0)) }, uniquingKeysWith: { a, _ in a })
        let validator = AnswerValidator(questions: ctx.spec.hit.questions)
        for (index, example) in examples.enumerated() {
            let what = "example \(index + 1)"
            checkItem(example, what, rules: rules, &ctx)
            for answer in example.answers {
                // A question with an error in it is known but not checked against.
                guard let question = ctx.question(answer.name.value) else {
                    if ctx.isUnknownQuestion(answer.name.value) {
                        let (notes, fixIts) = ctx.suggestion(for: answer.name, among: ctx.questionIDs)
                        ctx.report(.unknownQuestion, "\(what) answers question '\(answer.name.value)', which does not exist",
                                   answer.name.range, notes: notes, fixIts: fixIts)
                    }
                    continue
                }
                let values = answer.values.map(\.value)
                if let problem = validator.problem(forAnswer: values, isList: answer.isList, question: question) {
                    ctx.report(.invalidAnswer, "\(what): \(problem.message)", answer.range,
                               notes: problem.suggestion.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? [],
                               fixIts: problem.suggestion.map { [FixIt(range: answer.range, replacement: $0)] } ?? [])
                }
            }
        }
    }

    private static func checkItem(_ example: Guidelines.Example, _ what: String, rules: [String: FieldRule],
                                  _ ctx: inout CheckContext) {
        // Fields named (possibly misspelled) by the item; a typo's suggestion counts as given,
        // so a misspelled field is not also reported as missing. A typo past the printing
        // horizon or the search budget is not searched (`CheckContext.search`): it might mean any field.
        var given = Set<String>()
        var unsearched = false
        for value in example.item {
            given.insert(value.name.value)
            guard let rule = rules[value.name.value] else {
                guard ctx.isUnknownField(value.name.value) else { continue }
                let search = ctx.search(for: value.name, among: ctx.fieldNames)
                if let guess = search.guess { given.insert(guess) }
                if !search.searched { unsearched = true }
                let (notes, fixIts) = CheckContext.suggestion(search.guess, for: value.name)
                ctx.report(.unknownField, "\(what) gives field '\(value.name.value)', which 'data.fields' does not define",
                           value.name.range, notes: notes, fixIts: fixIts)
                continue
            }
            guard let text = value.values.first?.value, !text.isEmpty else {
                if rule.required {
                    ctx.report(.missingRequiredValue, "\(what) leaves the required field '\(rule.name)' empty", value.range)
                }
                continue
            }
            if let problem = rule.problem(forText: text) {
                ctx.report(.invalidFieldValue, "\(what): field '\(rule.name)': \(problem.reason(value: DataValueDisplay.quoted(text)))",
                           value.range)
            }
        }
        for field in ctx.spec.data.fields where !unsearched && field.required && !given.contains(field.name) {
            ctx.report(.missingRequiredValue, "\(what)'s item has no value for the required field '\(field.name)'",
                       SourceRange(at: example.itemRange.start))
        }
    }
}

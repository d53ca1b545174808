/// `visible_if`: names an earlier question, one of its real values, and no cycle.
///
/// Conditions are checked on every question written, including one with an
/// error elsewhere in it; a condition naming such a question is checked as far
/// as that question is known (its type, its values when all were read).
enum VisibleIfChecks {
    static func run(_ ctx: inout CheckContext) {
        let order = ctx.spec.hit.questionOrder.map(\.value)
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let inCycle = cycleMembers(ctx.outlines)
        var edges: [String: [String]] = [:]
        for q in ctx.outlines where edges[q.id] == nil { edges[q.id] = q.visibleIf.map(\.question.value) }
        for q in ctx.outlines {
            for condition in q.visibleIf where !check(condition, of: q, position: position, inCycle: inCycle, edges: edges, &ctx) {
                ctx.undecidedVisibility.insert(q.id)
            }
        }
    }

    /// Checks one condition of `q`; false when it is reported or names a question
    /// whose values are not all known (so whether `q` is shown cannot be decided).
    private static func check(_ condition: VisibleCondition, of q: QuestionOutline, position: [String: Int],
                              inCycle: [String: Int], edges: [String: [String]], _ ctx: inout CheckContext) -> Bool {
        let name = condition.question
        // A cycle is reported at its conditions that do not look back in the layout
        // (every cycle has one; it is also the forward reference that closes the cycle);
        // conditions that look back are checked as usual.
        if name.value == q.id || (inCycle[q.id] != nil && inCycle[q.id] == inCycle[name.value]) {
            let looksBack = position[q.id].flatMap { mine in position[name.value].map { $0 < mine } } ?? false
            if !looksBack {
                let path = cyclePath(from: name.value, to: q.id, edges: edges)
                ctx.report(.visibleIfCycle, "the visibility of question '\(q.id)' depends on itself through 'visible_if' ('\(name.value)')",
                           name.range, notes: path.map { [DiagnosticNote("the cycle: \(([q.id] + $0).joined(separator: " → "))")] } ?? [])
                return false
            }
        }
        guard let target = ctx.outline(name.value) else {
            if ctx.isUnknownQuestion(name.value) {
                let (notes, fixIts) = ctx.suggestion(for: name, among: ctx.questionIDs)
                ctx.report(.unknownQuestion, "'visible_if' of question '\(q.id)' names question '\(name.value)', which does not exist",
                           name.range, notes: notes, fixIts: fixIts)
            }
            return false
        }
        var sound = true
        if let mine = position[q.id], let theirs = position[name.value], theirs >= mine {
            ctx.report(.visibleIfForwardReference,
                       "'visible_if' of question '\(q.id)' names '\(name.value)', which comes after it in the layout",
                       name.range, notes: [DiagnosticNote("a condition can only depend on a question the worker has already seen")])
            sound = false
        }
        guard let type = target.type else { return false }
        if type == .text || type == .number {
            ctx.report(.visibleIfUnsupportedType,
                       "'visible_if' cannot test '\(name.value)', a \(type.rawValue) question; use a choice or scale question",
                       name.range)
            return false
        }
        guard let values = target.knownValues else { return false }
        for value in condition.values where !values.contains(value.value) {
            let guess = Suggestions.closest(to: value.value, in: values)
            ctx.report(.visibleIfUnknownValue, "question '\(name.value)' has no value '\(value.value)'", value.range,
                       notes: (guess.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? [])
                        + [DiagnosticNote("its values: \(values.joined(separator: ", "))")],
                       fixIts: guess.map { [FixIt(range: value.range, replacement: $0)] } ?? [])
            sound = false
        }
        return sound && target.isComplete && !condition.values.isEmpty
    }
}

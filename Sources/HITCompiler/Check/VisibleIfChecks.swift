/// `visible_if`: names an earlier question, one of its real values, and no cycle.
///
/// Conditions are checked on every question written, including one with an
/// error elsewhere in it; a condition naming such a question is checked as far
/// as that question is known (its type, its values when all were read).
enum VisibleIfChecks {
    static func run(_ ctx: inout CheckContext) {
        var state = State(ctx.outlines, order: ctx.spec.hit.questionOrder.map(\.value))
        for q in ctx.outlines {
            for condition in q.visibleIf where !check(condition, of: q, &state, &ctx) {
                ctx.undecidedVisibility.insert(q.id)
            }
        }
    }

    /// What every condition is checked against, computed once.
    private struct State {
        /// Each placed question's place in the layout.
        let position: [String: Int]
        /// Questions on a cycle, by cycle (`cycleMembers`).
        let inCycle: [String: Int]
        /// Question → the questions its conditions name.
        let edges: [String: [String]]
        /// The values of questions conditions name, as a set and as a note, made
        /// once per question however many conditions name it.
        var values: [String: (list: [String], set: Set<String>, note: DiagnosticNote)] = [:]

        init(_ outlines: [QuestionOutline], order: [String]) {
            position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            inCycle = cycleMembers(outlines)
            var edges: [String: [String]] = [:]
            for q in outlines where edges[q.id] == nil { edges[q.id] = q.visibleIf.map(\.question.value) }
            self.edges = edges
        }

        /// `target`'s values in order, as a set, and the note listing them (cut
        /// short); nil when they are not all known.
        mutating func values(of target: QuestionOutline) -> (list: [String], set: Set<String>, note: DiagnosticNote)? {
            if let known = values[target.id] { return known }
            guard let list = target.knownValues else { return nil }
            let known = (list, Set(list), DiagnosticNote("its values: \(ShortList.joined(list))"))
            values[target.id] = known
            return known
        }
    }

    /// Checks one condition of `q`; false when it is reported or names a question
    /// whose values are not all known (so whether `q` is shown cannot be decided).
    private static func check(_ condition: VisibleCondition, of q: QuestionOutline, _ state: inout State,
                              _ ctx: inout CheckContext) -> Bool {
        let (position, inCycle, edges) = (state.position, state.inCycle, state.edges)
        let name = condition.question
        // A cycle is reported at its conditions that do not look back in the layout
        // (every cycle has one; it is also the forward reference that closes the cycle);
        // conditions that look back are checked as usual.
        if name.value == q.id || (inCycle[q.id] != nil && inCycle[q.id] == inCycle[name.value]) {
            let looksBack = position[q.id].flatMap { mine in position[name.value].map { $0 < mine } } ?? false
            if !looksBack {
                // The path is only for the note: searched when the error can be printed.
                let path = ctx.canPrint(name.range) ? cyclePath(from: name.value, to: q.id, edges: edges) : nil
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
        if !type.canBeCondition {
            ctx.report(.visibleIfUnsupportedType,
                       "'visible_if' cannot test '\(name.value)', a \(type.word) question; use a choice or scale question",
                       name.range)
            return false
        }
        guard let (values, known, listed) = state.values(of: target) else { return false }
        for value in condition.values where !known.contains(value.value) {
            // Searched only when the error can be printed; the list of values is cut short.
            let (notes, fixIts) = ctx.suggestion(for: value, among: values)
            ctx.report(.visibleIfUnknownValue, "question '\(name.value)' has no value '\(value.value)'", value.range,
                       notes: notes + [listed], fixIts: fixIts)
            sound = false
        }
        return sound && target.isComplete && !condition.values.isEmpty
    }
}

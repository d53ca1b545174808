/// `visible_if`: names an earlier question, one of its real values, and no cycle.
enum VisibleIfChecks {
    static func run(_ ctx: inout CheckContext) {
        let order = ctx.spec.hit.questionOrder.map(\.value)
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let inCycle = cycleMembers(ctx.spec.hit.questions)
        var edges: [String: [String]] = [:]
        for q in ctx.spec.hit.questions where edges[q.id] == nil { edges[q.id] = q.visibleIf.map(\.question.value) }
        for q in ctx.spec.hit.questions {
            for condition in q.visibleIf {
                let name = condition.question
                // A cycle is reported at its conditions that do not look back in the layout
                // (every cycle has one; it is also the forward reference that closes the cycle);
                // conditions that look back are checked as usual.
                if name.value == q.id || (inCycle.contains(q.id) && inCycle.contains(name.value)) {
                    let looksBack = position[q.id].flatMap { mine in position[name.value].map { $0 < mine } } ?? false
                    if !looksBack {
                        let path = cyclePath(from: name.value, to: q.id, edges: edges)
                        ctx.report(.visibleIfCycle, "the visibility of question '\(q.id)' depends on itself through 'visible_if' ('\(name.value)')",
                                   name.range, notes: path.map { [DiagnosticNote("the cycle: \(([q.id] + $0).joined(separator: " → "))")] } ?? [])
                        continue
                    }
                }
                guard let target = ctx.question(name.value) else {
                    if ctx.isUnknownQuestion(name.value) {
                        let (notes, fixIts) = ctx.suggestion(for: name, among: ctx.spec.hit.questions.map(\.id))
                        ctx.report(.unknownQuestion, "'visible_if' of question '\(q.id)' names question '\(name.value)', which does not exist",
                                   name.range, notes: notes, fixIts: fixIts)
                    }
                    continue
                }
                if let mine = position[q.id], let theirs = position[name.value], theirs >= mine {
                    ctx.report(.visibleIfForwardReference,
                               "'visible_if' of question '\(q.id)' names '\(name.value)', which comes after it in the layout",
                               name.range, notes: [DiagnosticNote("a condition can only depend on a question the worker has already seen")])
                }
                guard let values = target.orderedValues else {
                    ctx.report(.visibleIfUnsupportedType,
                               "'visible_if' cannot test '\(name.value)', a \(target.typeName) question; use a choice or scale question",
                               name.range)
                    continue
                }
                for value in condition.values where !values.contains(value.value) {
                    let guess = Suggestions.closest(to: value.value, in: values)
                    ctx.report(.visibleIfUnknownValue, "question '\(name.value)' has no value '\(value.value)'", value.range,
                               notes: (guess.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? [])
                                + [DiagnosticNote("its values: \(values.joined(separator: ", "))")],
                               fixIts: guess.map { [FixIt(range: value.range, replacement: $0)] } ?? [])
                }
            }
        }
    }

    /// The shortest chain of `visible_if` dependencies (`edges`: question → the
    /// questions its conditions name) from `start` to `goal`, both included; nil
    /// when there is none within `limit` questions (a note, not worth more work).
    static func cyclePath(from start: String, to goal: String, edges: [String: [String]], limit: Int = 1000) -> [String]? {
        var previous: [String: String] = [:]
        var queue = [start]
        var seen: Set<String> = [start]
        var index = 0
        while index < queue.count, index < limit {
            let current = queue[index]
            index += 1
            if current == goal {
                var path = [goal]
                while let p = previous[path[0]] { path.insert(p, at: 0) }
                return path
            }
            for next in edges[current] ?? [] where seen.insert(next).inserted {
                previous[next] = current
                queue.append(next)
            }
        }
        return nil
    }

    /// Questions on a cycle of `visible_if` dependencies: members of a strongly
    /// connected component with more than one question, or with a self-loop.
    /// Tarjan's algorithm, iterative, so it is linear and a long chain of
    /// conditions cannot overflow the stack.
    static func cycleMembers(_ questions: [Question]) -> Set<String> {
        var indexOf: [String: Int] = [:]
        for (i, q) in questions.enumerated() where indexOf[q.id] == nil { indexOf[q.id] = i }
        let edges = questions.map { q in q.visibleIf.compactMap { indexOf[$0.question.value] } }
        var order = [Int](repeating: -1, count: questions.count)
        var low = [Int](repeating: 0, count: questions.count)
        var onStack = [Bool](repeating: false, count: questions.count)
        var stack: [Int] = []
        var counter = 0
        var members = Set<String>()
        for root in questions.indices where order[root] < 0 {
            // Each frame: a node and how many of its edges were followed.
            var frames = [(node: root, edge: 0)]
            order[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = frames.last {
                if edge < edges[node].count {
                    frames[frames.count - 1].edge += 1
                    let next = edges[node][edge]
                    if order[next] < 0 {
                        order[next] = counter; low[next] = counter; counter += 1
                        stack.append(next); onStack[next] = true
                        frames.append((next, 0))
                    } else if onStack[next] {
                        low[node] = min(low[node], order[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == order[node] else { continue }
                var component: [Int] = []
                while let top = stack.popLast() {
                    onStack[top] = false
                    component.append(top)
                    if top == node { break }
                }
                if component.count > 1 || edges[node].contains(node) {
                    for i in component { members.insert(questions[i].id) }
                }
            }
        }
        return members
    }
}

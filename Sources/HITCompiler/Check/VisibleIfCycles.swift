/// Cycles among `visible_if` conditions: which questions are on one, and the
/// chain that closes it (for the diagnostic's note).
extension VisibleIfChecks {
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

    /// Questions on a cycle of `visible_if` dependencies, each with the number of
    /// its cycle: a strongly connected component with more than one question, or
    /// a question whose condition names itself. Two questions are on one cycle
    /// when their numbers are equal.
    /// Tarjan's algorithm, iterative, so it is linear and a long chain of
    /// conditions cannot overflow the stack.
    static func cycleMembers(_ questions: [QuestionOutline]) -> [String: Int] {
        var indexOf: [String: Int] = [:]
        for (i, q) in questions.enumerated() where indexOf[q.id] == nil { indexOf[q.id] = i }
        let edges = questions.map { q in q.visibleIf.compactMap { indexOf[$0.question.value] } }
        var order = [Int](repeating: -1, count: questions.count)
        var low = [Int](repeating: 0, count: questions.count)
        var onStack = [Bool](repeating: false, count: questions.count)
        var stack: [Int] = []
        var counter = 0
        var members: [String: Int] = [:]
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
                    for i in component { members[questions[i].id] = node }
                }
            }
        }
        return members
    }
}

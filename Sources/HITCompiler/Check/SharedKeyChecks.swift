/// A `multi_choice` question may not share a hotkey with another question
/// (E0319). Every question is on every item, and the page sends a key to the
/// question in focus, else the only visible one with the key, else the first
/// unanswered one with it: after a first tag, a key shared with the next
/// question could mean a second tag or that question's answer. Two single-choice
/// or scale questions may share keys (an answered one is changed from inside it).
enum SharedKeyChecks {
    /// One key a question answers on the page, folded to lower case, and where it is written.
    struct PageKey {
        var key: String
        var range: SourceRange
    }

    static func run(_ ctx: inout CheckContext) {
        let questions = ctx.outlines
        let keys = questions.map(pageKeys)
        // The first question holding a key, and the first multi_choice holding it: each
        // later question is compared with those only, so the check stays linear.
        var firstAny: [String: (question: Int, range: SourceRange)] = [:]
        var firstMulti: [String: (question: Int, range: SourceRange)] = [:]
        for (i, q) in questions.enumerated() {
            let isMulti = q.type == MultiChoiceQuestion.self
            // The earlier question each key collides with, in key order, grouped by that question.
            var clashes: [(earlier: Int, keys: [(mine: PageKey, theirs: SourceRange)])] = []
            for key in keys[i] {
                guard let earlier = isMulti ? firstAny[key.key] : firstMulti[key.key] else { continue }
                if let at = clashes.firstIndex(where: { $0.earlier == earlier.question }) {
                    clashes[at].keys.append((key, earlier.range))
                } else {
                    clashes.append((earlier.question, [(key, earlier.range)]))
                }
            }
            for clash in clashes {
                report(later: q, isMulti: isMulti, earlier: questions[clash.earlier], clash.keys, &ctx)
            }
            for key in keys[i] {
                if firstAny[key.key] == nil { firstAny[key.key] = (i, key.range) }
                if isMulti, firstMulti[key.key] == nil { firstMulti[key.key] = (i, key.range) }
            }
        }
    }

    /// One error per pair of questions, at the multi_choice's key, naming both and the keys.
    private static func report(later: QuestionOutline, isMulti: Bool, earlier: QuestionOutline,
                               _ shared: [(mine: PageKey, theirs: SourceRange)], _ ctx: inout CheckContext) {
        let (multi, other) = isMulti ? (later.id, earlier.id) : (earlier.id, later.id)
        let first = shared[0]
        let (at, elsewhere) = isMulti ? (first.mine.range, first.theirs) : (first.theirs, first.mine.range)
        let names = shared.map { "'\($0.mine.key)'" }.joined(separator: ", ")
        ctx.report(.sharedMultiChoiceKey,
                   "multi_choice question '\(multi)' shares \(shared.count == 1 ? "hotkey" : "hotkeys") \(names) with question '\(other)'",
                   at, notes: [
                       DiagnosticNote("on one item, '\(first.mine.key)' could toggle an option of '\(multi)' or answer '\(other)', and the page cannot tell which is meant"),
                       DiagnosticNote("'\(other)' uses '\(first.mine.key)' here", range: elsewhere),
                       DiagnosticNote("give the options of '\(multi)' keys that no other question uses"),
                   ])
    }

    /// The keys `q` answers on the page: its options' hotkeys and, for a
    /// scale, its points 0 to 9 (the page answers a scale by digit).
    static func pageKeys(_ q: QuestionOutline) -> [PageKey] {
        if let choice = q.choice {
            var seen: Set<String> = []  // a key written twice is E0307's
            return choice.options.compactMap { option in
                guard let key = option.key, seen.insert(key.value.lowercased()).inserted else { return nil }
                return PageKey(key: key.value.lowercased(), range: key.range)
            }
        }
        if let scale = q.kind?.type as? ScaleQuestion {
            return (0...9).filter { (scale.min...scale.max).contains($0) }.map { PageKey(key: String($0), range: scale.range) }
        }
        return []
    }
}

/// Judgments that repeat an earlier one: the same worker, item and question.
///
/// A worker answers a question about an item once. A results file repeats
/// judgments when it is downloaded twice and the downloads are joined, when a
/// HIT is reposted and a worker takes the same item again, or when a page is
/// submitted twice. Counted, the repeats would let one worker outvote others
/// (five answers against two); so only the **first** judgment in file order
/// counts, the later ones are left out and reported (W0017, and
/// `repeated_judgments` in `summary.json`). The first is the one given before
/// the worker had seen the item, and it does not depend on how the file was cut
/// into parts. A blank answer is no judgment, so it repeats nothing.
struct RepeatedJudgments {
    /// The index (in the store before removal) of every repeat, ascending.
    var repeats: [Int32] = []
    /// For each of the first repeats listed, the index of the judgment it repeats.
    var firsts: [Int32] = []

    /// The W0017 warning: the first repeat, located, with the judgment it
    /// repeats; the next listed ones in notes; the count of all.
    /// `located[j]` is judgment `j`'s row and answer cell.
    func warning(store: JudgmentStore, located: [Int: JudgmentLocator.Location], file: String) -> Diagnostic {
        func who(_ j: Int) -> String {
            let worker = DataValueDisplay.quoted(store.workerID(Int(store.worker[j])))
            let item = DataValueDisplay.quoted(store.itemKey(Int(store.item[j])))
            return "worker \(worker) answered '\(store.questions[store.question(of: j)].id)' about item \(item)"
        }
        func row(_ j: Int) -> String { located[j].map { "row \($0.row)" } ?? "judgment \(j + 1)" }
        let first = Int(repeats[0]), original = Int(firsts[0])
        let total = repeats.count
        var message = "\(row(first)): \(who(first)) again, after \(row(original)); only the first answer counts"
        if total > 1 { message += " (\(total) repeated judgments in all)" }
        var notes = [DiagnosticNote("the first answer, \(row(original))", file: file, range: located[original]?.range)]
        for k in 1..<firsts.count {
            let (again, earlier) = (Int(repeats[k]), Int(firsts[k]))
            notes.append(DiagnosticNote("\(row(again)): \(who(again)) again, after \(row(earlier))", file: file,
                                        range: located[again]?.range))
        }
        if total > firsts.count {
            notes.append(DiagnosticNote("and \(total - firsts.count) more; summary.json counts them all (repeated_judgments)"))
        }
        notes.append(DiagnosticNote("a file downloaded twice, a reposted HIT or a page sent twice repeats answers; --warnings-as-errors refuses such a file"))
        return Diagnostic(.repeatedJudgment, message, file: file, range: located[first]?.range, notes: notes)
    }
}

/// Finds the rows of chosen judgments while a results file is read again
/// (`ResultsReadRun.locating`): judgment `j` is the `j`-th stored, in file order.
struct JudgmentLocator {
    /// Where a judgment was read: its data row and its answer's cell.
    struct Location {
        var row: Int
        var range: SourceRange
    }

    let wanted: Set<Int>
    private(set) var found: [Int: Location] = [:]

    init(wanted: Set<Int>) {
        self.wanted = wanted
    }

    /// True once every wanted judgment is found: the reading can stop.
    var isDone: Bool { found.count == wanted.count }

    /// Notes judgment `j`, read on data row `row`, if it is wanted.
    mutating func note(_ j: Int, row: Int, range: () -> SourceRange) {
        if wanted.contains(j) { found[j] = Location(row: row, range: range()) }
    }
}

extension JudgmentStore {
    /// The judgments that repeat an earlier one by the same worker on the same
    /// item and question, and for the first `listing` of them the judgment they
    /// repeat. Linear: the judgments are visited item by item (in place when the
    /// store is already in item order, else through a counting sort), each
    /// worker marking the questions it answered for the current item.
    func findRepeats(listing: Int) -> RepeatedJudgments {
        let n = count
        guard n > 1 else { return RepeatedJudgments() }
        let words = question.isEmpty ? 1 : (questions.count + 63) / 64
        // `owner[w]`: the item whose answered questions `marks[w * words ..< (w + 1) * words]` holds.
        var owner = [Int32](repeating: -1, count: workerCount)
        var marks = [UInt64](repeating: 0, count: workerCount * words)
        var found = RepeatedJudgments()
        let inOrder = item.withUnsafeBufferPointer { items in
            var ordered = true
            for j in 1..<items.count where items[j] < items[j - 1] { ordered = false; break }
            return ordered
        }
        let order = inOrder ? [] : itemOrder()
        item.withUnsafeBufferPointer { item in
            worker.withUnsafeBufferPointer { worker in
                question.withUnsafeBufferPointer { question in
                    owner.withUnsafeMutableBufferPointer { owner in
                        marks.withUnsafeMutableBufferPointer { marks in
                            func visit(_ j: Int) {
                                let i = item[j], w = Int(worker[j])
                                let base = w * words
                                if owner[w] != i {
                                    owner[w] = i
                                    for k in 0..<words { marks[base + k] = 0 }
                                }
                                let q = question.isEmpty ? 0 : Int(question[j])
                                let bit: UInt64 = 1 << UInt64(q & 63)
                                let word = base + q >> 6
                                if marks[word] & bit != 0 {
                                    found.repeats.append(Int32(j))
                                } else {
                                    marks[word] |= bit
                                }
                            }
                            if inOrder {
                                for j in 0..<n { visit(j) }
                            } else {
                                for j in order { visit(Int(j)) }
                            }
                        }
                    }
                }
            }
        }
        guard !found.repeats.isEmpty else { return found }
        if !inOrder { found.repeats.sort() }
        found.firsts = found.repeats.prefix(listing).map { earlierJudgment(like: Int($0)) }
        return found
    }

    /// The judgments' indices grouped by item (a stable counting sort: each
    /// item's judgments keep their file order).
    private func itemOrder() -> [Int32] {
        var next = [Int32](repeating: 0, count: itemCount + 1)
        for i in item { next[Int(i) + 1] += 1 }
        for i in 0..<itemCount { next[i + 1] += next[i] }
        var order = [Int32](repeating: 0, count: count)
        for j in 0..<count {
            let i = Int(item[j])
            order[Int(next[i])] = Int32(j)
            next[i] += 1
        }
        return order
    }

    /// The first judgment with the same item, worker and question as judgment `j`.
    private func earlierJudgment(like j: Int) -> Int32 {
        for k in 0..<j where item[k] == item[j] && worker[k] == worker[j] && question(of: k) == question(of: j) {
            return Int32(k)
        }
        return Int32(j)
    }
}

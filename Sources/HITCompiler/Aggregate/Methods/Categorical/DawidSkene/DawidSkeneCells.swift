/// The rows of Dawid-Skene's confusion tables that a question's judgments
/// use: one **cell** per (worker, answer) pair that occurs, holding the
/// worker's counts (then log probabilities) of that answer for every true
/// class.
///
/// A dense table has a row for every worker and every answer, `workers × k`
/// rows of `k` doubles, most of them never read when workers give few of the
/// answers (a million workers with one judgment each; a scale of 101
/// points). The cells are at most one per judgment and at most `k` per
/// worker, so the tables grow with the judgments, never with `workers × k²`.
/// The count of an answer a worker never gave is the pseudo-count alone
/// (`DawidSkeneColumnSum` adds it where the plain sum would).
struct DawidSkeneCells: Sendable {
    /// The cell of each judgment, in the judgments' order (`CategoricalJudgments.label`).
    let ofJudgment: [Int32]
    /// `workerCount + 1` bounds: worker `w`'s cells are `start[w] ..< start[w + 1]`.
    let start: [Int32]
    /// The answer of each cell; a worker's cells are in answer order.
    let answer: [Int32]

    /// Number of cells.
    var count: Int { answer.count }

    /// The cells of `data`'s judgments (a counting sort by worker, then each
    /// worker's answers in answer order).
    init(_ data: CategoricalJudgments) {
        let workers = data.workerCount, k = data.classCount
        var byWorker = [Int32](repeating: 0, count: workers + 1)
        for w in data.worker { byWorker[Int(w) + 1] += 1 }
        for w in 0..<workers { byWorker[w + 1] += byWorker[w] }
        var next = byWorker
        var judgments = [Int32](repeating: 0, count: data.count)
        for (j, w) in data.worker.enumerated() {
            judgments[Int(next[Int(w)])] = Int32(j)
            next[Int(w)] += 1
        }
        // `seenBy[a]`: the last worker that gave answer `a`; `cellOf[a]`: that worker's cell of it.
        var seenBy = [Int32](repeating: -1, count: k)
        var cellOf = [Int32](repeating: 0, count: k)
        var given: [Int32] = []
        var ofJudgment = [Int32](repeating: 0, count: data.count)
        var start = [Int32](repeating: 0, count: workers + 1)
        var answer: [Int32] = []
        answer.reserveCapacity(min(data.count, workers * k))
        for w in 0..<workers {
            let mine = judgments[Int(byWorker[w])..<Int(byWorker[w + 1])]
            given.removeAll(keepingCapacity: true)
            for j in mine {
                let a = data.label[Int(j)]
                if seenBy[Int(a)] != Int32(w) {
                    seenBy[Int(a)] = Int32(w)
                    given.append(a)
                }
            }
            given.sort()
            for a in given {
                cellOf[Int(a)] = Int32(answer.count)
                answer.append(a)
            }
            for j in mine { ofJudgment[Int(j)] = cellOf[Int(data.label[Int(j)])] }
            start[w + 1] = Int32(answer.count)
        }
        self.ofJudgment = ofJudgment
        self.start = start
        self.answer = answer
    }
}

extension CategoricalJudgments {
    /// The judgments of question `q` that count (not on gold items, not by
    /// dropped workers) grouped by item, and which items have any judgment of
    /// `q` at all (dropped workers' included).
    ///
    /// Two passes over the store (count, then place), so no copy of the
    /// columns is made. When every judgment counts (one question, no gold item,
    /// no worker dropped) and each item's judgments already come together in
    /// item order, the store's columns are the grouping: they are shared, not copied.
    static func kept(_ store: JudgmentStore, question q: Int, classCount: Int,
                     scores: WorkerScores) -> (judgments: CategoricalJudgments, answered: [Bool]) {
        var start = [Int32](repeating: 0, count: store.itemCount + 1)
        var answered = [Bool](repeating: false, count: store.itemCount)
        let all = store.question.isEmpty && q == 0 && !scores.dropped.contains(true)
            && !scores.itemGold.contains { $0 >= 0 }
        if all {
            var inOrder = true
            var previous: Int32 = 0
            for i in store.item {
                if i < previous { inOrder = false }
                previous = i
                start[Int(i) + 1] += 1
            }
            for i in 0..<store.itemCount {
                answered[i] = start[i + 1] > 0
                start[i + 1] += start[i]
            }
            if inOrder {
                return (CategoricalJudgments(itemCount: store.itemCount, workerCount: store.workerCount,
                                             classCount: classCount, start: start, worker: store.worker,
                                             label: store.value), answered)
            }
        } else {
            for j in 0..<store.count where store.question(of: j) == q {
                let i = Int(store.item[j])
                guard scores.itemGold[i] < 0 else { continue }
                answered[i] = true
                if !scores.dropped[Int(store.worker[j])] { start[i + 1] += 1 }
            }
            for i in 0..<store.itemCount { start[i + 1] += start[i] }
        }
        var next = start
        let kept = Int(start[store.itemCount])
        var workerColumn = [Int32](repeating: 0, count: kept)
        var valueColumn = [Int32](repeating: 0, count: kept)
        for j in 0..<store.count where store.question(of: j) == q {
            let i = Int(store.item[j])
            let w = store.worker[j]
            guard scores.itemGold[i] < 0, !scores.dropped[Int(w)] else { continue }
            let slot = Int(next[i])
            next[i] += 1
            workerColumn[slot] = w
            valueColumn[slot] = store.value[j]
        }
        return (CategoricalJudgments(itemCount: store.itemCount, workerCount: store.workerCount, classCount: classCount,
                                     start: start, worker: workerColumn, label: valueColumn), answered)
    }
}

/// Per-worker figures from the judgments: gold scores, speed, and who is dropped.
///
/// A gold judgment is scored when the gold file gives an answer to its question
/// and the question's answers are not free text: it is correct when it equals the known answer
/// (the same option, scale point or set of options; the same number). A worker
/// with scored gold judgments and an accuracy (correct / scored) below
/// `gold.min_accuracy` is dropped: none of their answers count. A worker
/// without scored gold judgments is kept.
struct WorkerScores {
    var answers: [Int]
    var goldAnswers: [Int]
    var goldCorrect: [Int]
    var fastHits: [Int]
    var medianSeconds: [Double?]
    var dropped: [Bool]
    /// Gold index of each item, -1 for items not in the gold file.
    var itemGold: [Int32]

    init(store: JudgmentStore, gold: GoldAnswers?, minAccuracy: Double?, minSeconds: Int?) {
        let workers = store.workerCount
        answers = [Int](repeating: 0, count: workers)
        goldAnswers = [Int](repeating: 0, count: workers)
        goldCorrect = [Int](repeating: 0, count: workers)
        fastHits = [Int](repeating: 0, count: workers)
        itemGold = [Int32](repeating: -1, count: store.itemCount)
        if let gold {
            for (g, key) in gold.keys.enumerated() {
                if let i = store.itemIndex(key) { itemGold[i] = Int32(g) }
            }
        }
        var seenAssignment = [Bool](repeating: false, count: store.assignmentCount)
        var secondsByWorker = [[Float]](repeating: [], count: workers)
        let threshold = minSeconds.map(Float.init)
        // Without times or gold, only the answers are counted.
        let onlyAnswers = gold == nil && store.seconds.isEmpty
        if onlyAnswers {
            answers.withUnsafeMutableBufferPointer { answers in
                for w in store.worker { answers[Int(w)] &+= 1 }
            }
        }
        for j in 0..<store.count where !onlyAnswers {
            let w = Int(store.worker[j])
            answers[w] += 1
            let a = Int(store.assignment(of: j))
            // One time per HIT: per assignment when known, else per judgment.
            if a < 0 || !seenAssignment[a] {
                if a >= 0 { seenAssignment[a] = true }
                let s = store.seconds(of: j)
                if !s.isNaN {
                    secondsByWorker[w].append(s)
                    if let threshold, s < threshold { fastHits[w] += 1 }
                }
            }
            let g = Int(itemGold[Int(store.item[j])])
            guard g >= 0, let gold else { continue }
            let q = store.question(of: j)
            let expected = gold.expected[q][g]
            guard expected >= 0, let correct = Self.matches(store, question: q, store.value[j], expected) else { continue }
            goldAnswers[w] += 1
            if correct { goldCorrect[w] += 1 }
        }
        medianSeconds = secondsByWorker.map { values in
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? Double(sorted[mid]) : (Double(sorted[mid - 1]) + Double(sorted[mid])) / 2
        }
        let (scored, correct) = (goldAnswers, goldCorrect)
        dropped = (0..<workers).map { w in
            guard let minAccuracy, scored[w] > 0 else { return false }
            return Double(correct[w]) / Double(scored[w]) < minAccuracy
        }
    }

    /// Whether two values of question `q` are the same answer; nil for free text (not scored).
    static func matches(_ store: JudgmentStore, question q: Int, _ a: Int32, _ b: Int32) -> Bool? {
        switch store.storage[q] {
        case .option, .optionSet: a == b
        case .decimal:
            abs(store.numbers[Int(a)] - store.numbers[Int(b)]) <= 1e-9 * max(1, abs(store.numbers[Int(b)]))
        case .string: nil
        }
    }

    /// Accuracy on gold; nil without scored gold judgments.
    func accuracy(_ w: Int) -> Double? {
        goldAnswers[w] > 0 ? Double(goldCorrect[w]) / Double(goldAnswers[w]) : nil
    }
}

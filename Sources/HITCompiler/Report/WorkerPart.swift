/// The per-worker figures of `report.html`: the points of the two scatter
/// plots (every worker, or a deterministic subsample beyond
/// `ReportBuilder.maxPoints`), seconds per HIT in bins, and the workers to review first.
struct WorkerPart {
    let report: AggregateReport
    let minSeconds: Int?

    /// The order of `<table id="workers-to-review">`, as the page states it.
    static let reviewRule = "Dropped workers first; then workers with HITs under min_seconds_per_hit, most such HITs first; then by agreement with the final labels, lowest first (workers without an agreement figure last); then by more judgments; then in order of first appearance in the results."

    func build() -> WorkersReport {
        let table = report.workers
        let total = table.count
        let reasons = Dictionary(report.summary.droppedWorkers.map { ($0.worker, $0.reason) }, uniquingKeysWith: { a, _ in a })
        let (chosen, note) = sample(total)
        let points = chosen.map { w in
            let row = table[w]
            return WorkerPoint(worker: row.worker, answers: row.answers, goldAccuracy: row.goldAccuracy,
                               agreement: row.agreement, dropped: !row.kept, reason: row.kept ? nil : reasons[row.worker])
        }
        let review = first(ReportBuilder.reviewRows).enumerated().map { k, w in
            let row = table[w]
            return ReviewRow(rank: k + 1, worker: row.worker, answers: row.answers, goldAnswers: row.goldAnswers,
                             goldCorrect: row.goldCorrect, goldAccuracy: row.goldAccuracy, agreement: row.agreement,
                             medianSeconds: row.medianSeconds, fastHits: row.fastHits, flags: row.flags.joined(separator: ";"),
                             status: row.kept ? "kept" : "dropped", why: why(row, reasons: reasons))
        }
        return WorkersReport(total: total, points: points, sampleNote: note,
                             hasGold: report.inputs?.gold != nil, times: times(), review: review,
                             reviewRule: Self.reviewRule)
    }

    /// Every worker when there are at most `maxPoints`; else every dropped worker
    /// (up to half the points) and an even stride over the rest, by first appearance.
    func sample(_ total: Int) -> ([Int], String?) {
        let cap = ReportBuilder.maxPoints
        guard total > cap else { return (Array(0..<total), nil) }
        let table = report.workers
        let dropped = (0..<total).filter { table.isDropped($0) }.prefix(cap / 2)
        let taken = Set(dropped)
        let left = cap - dropped.count
        let stride = Double(total) / Double(left)
        var rest: [Int] = []
        for k in 0..<left {
            let w = Int(Double(k) * stride)
            if !taken.contains(w) { rest.append(w) }
        }
        let chosen = (Array(dropped) + rest).sorted()
        return (chosen, "\(ReportNumber.count(chosen.count)) of \(ReportNumber.count(total)) workers are drawn: every dropped worker (up to \(cap / 2)) and every \(ReportNumber.short(stride))th of the others by first appearance; workers.csv lists them all.")
    }

    /// The first `n` workers in review order (`reviewRule`), kept in a small sorted buffer.
    func first(_ n: Int) -> [Int] {
        let table = report.workers
        typealias Key = (dropped: Bool, fast: Int, agreement: Double, answers: Int, w: Int)
        func before(_ a: Key, _ b: Key) -> Bool {
            if a.dropped != b.dropped { return a.dropped }
            if a.fast != b.fast { return a.fast > b.fast }
            if a.agreement != b.agreement { return a.agreement < b.agreement }
            if a.answers != b.answers { return a.answers > b.answers }
            return a.w < b.w
        }
        var best: [Key] = []
        for w in 0..<table.count {
            let key: Key = (table.isDropped(w), table.fastHits(w), table.agreement(w) ?? .infinity, table.answers(w), w)
            if best.count == n, !before(key, best[n - 1]) { continue }
            let at = best.firstIndex { before(key, $0) } ?? best.count
            best.insert(key, at: at)
            if best.count > n { best.removeLast() }
        }
        return best.map(\.w)
    }

    /// Why a worker is on the list, in words.
    func why(_ row: WorkerRow, reasons: [String: String]) -> String {
        var parts: [String] = []
        if !row.kept { parts.append("dropped: \(reasons[row.worker] ?? "gold accuracy below min_accuracy")") }
        if row.flags.contains("no_gold") { parts.append("no gold answer scored") }
        if row.fastHits > 0, let minSeconds {
            parts.append("\(ReportNumber.count(row.fastHits)) HIT\(row.fastHits == 1 ? "" : "s") under \(minSeconds) s")
        }
        if let a = row.agreement { parts.append("agrees with \(ReportNumber.percent(a)) of final labels") }
        if parts.isEmpty { parts.append("no agreement figure") }
        return parts.joined(separator: "; ")
    }

    /// Seconds per HIT (per assignment when known, else per judgment) in at most 30 bins of a round
    /// width, up to the 99th percentile (at least twice `min_seconds_per_hit`); the last bin is open.
    /// Two passes over the times, no sort: a fine histogram finds the percentile.
    func times() -> TimeHistogram? {
        guard let store = report.inputs?.store, !store.seconds.isEmpty else { return nil }
        var seen = [Bool](repeating: false, count: store.assignmentCount)
        var values: [Float] = []
        var top: Float = 0
        for j in 0..<store.count {
            let a = Int(store.assignment(of: j))
            if a >= 0 { if seen[a] { continue }; seen[a] = true }
            let s = store.seconds(of: j)
            guard !s.isNaN else { continue }
            values.append(s)
            top = max(top, s)
        }
        guard !values.isEmpty else { return nil }
        let fine = 1024
        var fineCounts = [Int](repeating: 0, count: fine)
        let scale = top > 0 ? Float(fine - 1) / top : 0
        for s in values { fineCounts[Int(s * scale)] += 1 }
        var cumulative = 0, p99 = Double(top)
        for (k, c) in fineCounts.enumerated() {
            cumulative += c
            if Double(cumulative) >= 0.99 * Double(values.count) { p99 = Double(k + 1) / Double(scale == 0 ? 1 : scale); break }
        }
        var upper = max(p99, Double(minSeconds ?? 0) * 2, 1)
        upper = min(upper, Double(top) + 1)
        let width = Self.roundWidth(upper / 30)
        let count = max(1, Int((upper / width).rounded(.up)))
        var bins = (0..<count).map { TimeHistogram.Bin(lower: Double($0) * width, upper: Double($0 + 1) * width, count: 0) }
        let last = Double(count - 1) * width
        if Double(top) >= Double(count) * width { bins[count - 1].upper = nil }
        for s in values {
            let x = Double(s)
            let b = x >= last ? count - 1 : Int(x / width)
            bins[b].count += 1
        }
        return TimeHistogram(bins: bins, hits: values.count, minSeconds: minSeconds, fastHits: report.summary.fastHits,
                             perAssignment: store.assignmentCount > 0)
    }

    /// The smallest of 1, 2, 5 × 10ⁿ (n ≥ 0) at least `x`.
    static func roundWidth(_ x: Double) -> Double {
        var power = 1.0
        while true {
            for m in [1.0, 2.0, 5.0] where m * power >= x { return m * power }
            power *= 10
        }
    }
}

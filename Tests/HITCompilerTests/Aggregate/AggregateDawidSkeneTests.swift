import Foundation
import Testing
@testable import HITCompiler

/// Dawid-Skene's fast steps (four classes at a time, the M-step by worker, the
/// E-step over items on several threads) give the bits of the plain algorithm:
/// one class at a time, every sum in item order.
@Suite struct AggregateDawidSkeneTests {
    /// Random judgments: some workers answer at random, some items have none,
    /// a worker may judge an item twice.
    static func judgments(classes: Int, items: Int, workers: Int) -> CategoricalJudgments {
        var generator = SystemRandomNumberGenerator()
        var itemColumn: [Int32] = [], workerColumn: [Int32] = [], labelColumn: [Int32] = []
        for i in 0..<items where i % 97 != 5 {
            let truth = Int32(i % classes)
            for _ in 0..<Int.random(in: 1...7, using: &generator) {
                let w = Int32.random(in: 0..<Int32(workers), using: &generator)
                itemColumn.append(Int32(i))
                workerColumn.append(w)
                labelColumn.append(w % 5 == 0 ? Int32.random(in: 0..<Int32(classes), using: &generator) : truth)
            }
        }
        return CategoricalJudgments(itemCount: items, workerCount: workers, classCount: classes,
                                    items: itemColumn, workers: workerColumn, labels: labelColumn)
    }

    /// The plain algorithm, as `DawidSkene` documents it.
    static func reference(_ data: CategoricalJudgments, smoothing: Double = 0.01, tolerance: Double = 1e-7,
                          maxIterations: Int = 500) -> (posterior: [[Double]], priors: [Double], history: [Double]) {
        let k = data.classCount, items = data.itemCount, workers = data.workerCount
        var posterior = [[Double]](repeating: [Double](repeating: 0, count: k), count: items)
        for i in 0..<items {
            let lo = Int(data.start[i]), hi = Int(data.start[i + 1])
            guard hi > lo else { continue }
            for j in lo..<hi { posterior[i][Int(data.label[j])] += 1 / Double(hi - lo) }
        }
        var priors = [Double](repeating: 0, count: k)
        var history: [Double] = []
        for _ in 0..<maxIterations {
            // M-step.
            var counts = [Double](repeating: smoothing, count: workers * k * k)
            var totals = [Double](repeating: smoothing, count: k)
            for i in 0..<items where data.judgments(of: i) > 0 {
                for c in 0..<k { totals[c] += posterior[i][c] }
                for j in Int(data.start[i])..<Int(data.start[i + 1]) {
                    let base = (Int(data.worker[j]) * k + Int(data.label[j])) * k
                    for c in 0..<k { counts[base + c] += posterior[i][c] }
                }
            }
            var total = 0.0
            for c in 0..<k { total += totals[c] }
            for c in 0..<k { priors[c] = totals[c] / total }
            var logConfusion = [Double](repeating: 0, count: workers * k * k)
            for w in 0..<workers {
                for c in 0..<k {
                    var column = 0.0
                    for l in 0..<k { column += counts[(w * k + l) * k + c] }
                    for l in 0..<k { logConfusion[(w * k + l) * k + c] = log(counts[(w * k + l) * k + c]) - log(column) }
                }
            }
            // E-step.
            var ll = 0.0
            for i in 0..<items where data.judgments(of: i) > 0 {
                var acc = priors.map { log($0) }
                for j in Int(data.start[i])..<Int(data.start[i + 1]) {
                    let base = (Int(data.worker[j]) * k + Int(data.label[j])) * k
                    for c in 0..<k { acc[c] += logConfusion[base + c] }
                }
                var top = acc[0]
                for c in 1..<k where acc[c] > top { top = acc[c] }
                var sum = 0.0
                for c in 0..<k {
                    acc[c] = acc[c] == top ? 1 : exp(acc[c] - top)
                    sum += acc[c]
                }
                for c in 0..<k { posterior[i][c] = acc[c] / sum }
                ll += top + log(sum)
            }
            if let previous = history.last, ll - previous <= tolerance * abs(previous) {
                history.append(ll)
                break
            }
            history.append(ll)
        }
        return (posterior, priors, history)
    }

    /// Judgments of workers who each give only some of the answers: every
    /// worker has a few answers of its own (and the truth, when it is one of
    /// them), `single` more workers judge one item each, and the last class
    /// is never given by anyone.
    static func partialJudgments(classes: Int, items: Int, workers: Int, single: Int) -> CategoricalJudgments {
        var generator = SystemRandomNumberGenerator()
        let given = classes - 1
        var itemColumn: [Int32] = [], workerColumn: [Int32] = [], labelColumn: [Int32] = []
        let own = (0..<workers).map { w in (0..<3).map { Int32((w * 7 + $0 * 13) % given) } }
        for i in 0..<items where i % 89 != 3 {
            let truth = Int32(i % given)
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let w = Int.random(in: 0..<workers, using: &generator)
                itemColumn.append(Int32(i))
                workerColumn.append(Int32(w))
                labelColumn.append(own[w].contains(truth) && w % 4 != 0 ? truth : own[w].randomElement(using: &generator)!)
            }
        }
        for s in 0..<single {
            itemColumn.append(Int32.random(in: 0..<Int32(items), using: &generator))
            workerColumn.append(Int32(workers + s))
            labelColumn.append(Int32.random(in: 0..<Int32(given), using: &generator))
        }
        return CategoricalJudgments(itemCount: items, workerCount: workers + single, classCount: classes,
                                    items: itemColumn, workers: workerColumn, labels: labelColumn)
    }

    /// Fits `data` on 1 to 3 threads and compares every bit with the plain algorithm.
    static func expectPlainBits(_ data: CategoricalJudgments, maxIterations: Int = 500) {
        let expected = reference(data, maxIterations: maxIterations)
        // The fit keeps the rows of the items with judgments.
        let rows = (0..<data.itemCount).filter { data.judgments(of: $0) > 0 }.flatMap { expected.posterior[$0] }
        for tasks in [1, 2, 3] {
            var model = DawidSkene(maxIterations: maxIterations)
            model.tasks = tasks
            let fit = model.run(data)
            #expect(fit.logLikelihoods.map(\.bitPattern) == expected.history.map(\.bitPattern), "\(tasks) tasks")
            #expect(fit.priors.map(\.bitPattern) == expected.priors.map(\.bitPattern), "\(tasks) tasks")
            #expect(fit.posteriors.map(\.bitPattern) == rows.map(\.bitPattern), "\(tasks) tasks")
        }
    }

    @Test(arguments: [2, 3, 4, 5, 7])
    func fastStepsGiveThePlainAlgorithmsBits(classes: Int) {
        Self.expectPlainBits(Self.judgments(classes: classes, items: 4000, workers: 60))
    }

    /// Workers who gave only some answers (their confusion rows of the others
    /// are never stored), one-judgment workers and a class nobody gave: the
    /// same bits, up to a scale of 101 points.
    @Test(arguments: [2, 3, 4, 6, 20, 101])
    func workersWhoGaveSomeAnswersGiveThePlainAlgorithmsBits(classes: Int) {
        let data = Self.partialJudgments(classes: classes, items: classes > 20 ? 800 : 2000, workers: 40,
                                         single: classes > 20 ? 150 : 600)
        Self.expectPlainBits(data, maxIterations: 40)
    }
}

import Testing
@testable import HITCompiler

/// Dawid-Skene's confusion tables hold a row per (worker, answer) pair that
/// occurs, not one per worker and answer.
@Suite struct AggregateDSCellsTests {
    /// Every judgment's cell is its worker's cell of its answer; a worker's
    /// cells are the answers it gave, each once, in answer order.
    @Test(arguments: [2, 4, 20, 101])
    func cellsAreTheAnswersEachWorkerGave(classes: Int) {
        let data = AggregateDawidSkeneTests.partialJudgments(classes: classes, items: 500, workers: 30, single: 200)
        let cells = DawidSkeneCells(data)
        var given = [Set<Int32>](repeating: [], count: data.workerCount)
        for j in 0..<data.count {
            let w = Int(data.worker[j]), cell = Int(cells.ofJudgment[j])
            given[w].insert(data.label[j])
            #expect(cells.answer[cell] == data.label[j])
            #expect(Int(cells.start[w])..<Int(cells.start[w + 1]) ~= cell)
        }
        for w in 0..<data.workerCount {
            let mine = Array(cells.answer[Int(cells.start[w])..<Int(cells.start[w + 1])])
            #expect(mine == given[w].sorted(), "worker \(w)")
        }
        #expect(cells.count == given.reduce(0) { $0 + $1.count })
    }

    /// A thousand workers who judged one item each of a 101-point scale: a
    /// thousand rows (a dense table would have 101,000), and workers without
    /// judgments have none.
    @Test func oneJudgmentWorkersHaveOneCellEach() {
        let workers = 1_000
        let data = CategoricalJudgments(itemCount: 10, workerCount: workers + 5, classCount: 101,
                                        items: (0..<workers).map { Int32($0 % 10) },
                                        workers: (0..<workers).map { Int32($0) },
                                        labels: (0..<workers).map { Int32($0 % 101) })
        let cells = DawidSkeneCells(data)
        #expect(cells.count == workers)
        #expect(cells.start.suffix(6).allSatisfy { $0 == Int32(workers) })
        let fit = DawidSkene().run(data)
        #expect(fit.posteriors.count == 10 * 101)
        #expect(fit.labels.label.allSatisfy { $0 >= 0 })
    }
}

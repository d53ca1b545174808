import Foundation
import Testing
@testable import HITCompiler

/// `bradley_terry` and `noisy_bt` on small comparisons whose ranking is known,
/// and `ranking.csv`'s columns.
struct PairwiseRankingTests {
    typealias Outcome = PairwiseComparisons.Outcome

    /// `n` comparisons of `a` and `b` by worker `w`, all with `outcome`.
    static func games(_ a: Int, _ b: Int, _ n: Int, _ outcome: Outcome, worker w: Int = 0) -> [(Int, Int, Int, Outcome)] {
        Array(repeating: (a, b, w, outcome), count: n)
    }

    static func rank(_ objects: [String], workers: Int = 1, _ rows: [(Int, Int, Int, Outcome)],
                     method: Quality.AggregationRule.Method = .bradley_terry) -> PairwiseRanking {
        let data = PairwiseComparisons(objects: objects, workerCount: workers, rows)
        return PairwiseRanking.make(question: "q", method: method, data: data,
                                    iterations: DawidSkene(maxIterations: 10_000, tolerance: 1e-12)).ranking
    }

    static func score(_ r: PairwiseRanking, _ object: String) -> Double { r.rows.first { $0.object == object }!.score }

    @Test func manyGamesGiveTheWinRatioAsTheStrengthRatio() {
        // With 400 games the prior (2 games against the average) barely matters: p_A / p_B → 300 / 100.
        let r = Self.rank(["A", "B"], Self.games(0, 1, 300, .leftWins) + Self.games(1, 0, 100, .leftWins))
        #expect(abs(Self.score(r, "A") - Self.score(r, "B") - log(3)) < 0.01)
        #expect(r.rows.map(\.object) == ["A", "B"])
        #expect(r.rows[0].wins == 300 && r.rows[0].losses == 100 && r.rows[0].comparisons == 400)
    }

    @Test func twoObjectsOneGameSolveTheScoreEquations() {
        // A beat B once. By symmetry θ_B = −θ_A; with p = e^θ_A the MAP equation of A is
        // 1 + 1 (the prior's half of 2 games) = p/(p + 1/p) + 2p/(p + 1), whose root is found by bisection.
        var (lo, hi) = (1.0, 10.0)
        for _ in 0..<200 {
            let p = (lo + hi) / 2
            let f = p / (p + 1 / p) + 2 * p / (p + 1) - 2
            if f > 0 { hi = p } else { lo = p }
        }
        let r = Self.rank(["A", "B"], Self.games(0, 1, 1, .leftWins))
        #expect(abs(Self.score(r, "A") - log(lo)) < 1e-6)
        #expect(abs(Self.score(r, "B") + log(lo)) < 1e-6)
    }

    @Test func aCycleTiesEveryObjectAtZeroAndTheyShareRankOne() {
        let r = Self.rank(["A", "B", "C"], Self.games(0, 1, 2, .leftWins) + Self.games(1, 2, 2, .leftWins) + Self.games(2, 0, 2, .leftWins))
        #expect(r.rows.map(\.score) == [0, 0, 0])
        #expect(r.rows.map(\.rank) == [1, 1, 1])
        #expect(r.rows.map(\.object) == ["A", "B", "C"], "equal scores in id order")
    }

    @Test func aTieCountsHalfAWinForEachSide() {
        // A drew twice with B and beat C; C beat B: A > C > B.
        let r = Self.rank(["A", "B", "C"], Self.games(0, 1, 2, .tie) + Self.games(0, 2, 1, .leftWins) + Self.games(2, 1, 1, .leftWins))
        #expect(r.rows.map(\.object) == ["A", "C", "B"])
        let a = r.rows.first { $0.object == "A" }!, b = r.rows.first { $0.object == "B" }!
        #expect(a.ties == 2 && a.wins == 1 && a.losses == 0 && a.comparisons == 3)
        #expect(b.ties == 2 && b.wins == 0 && b.losses == 1 && b.comparisons == 3)
        // Only ties: equal scores, shared rank.
        let tied = Self.rank(["X", "Y"], Self.games(0, 1, 3, .tie))
        #expect(tied.rows.map(\.rank) == [1, 1])
        #expect(tied.rows.allSatisfy { $0.score == 0 && $0.ties == 3 && $0.wins == 0 })
    }

    @Test func undefeatedObjectsAndSeparateComponentsGetFiniteScores() {
        // {A, B} and {C, D} are never compared with each other; C beat D five times, A beat B once.
        let r = Self.rank(["A", "B", "C", "D"], Self.games(0, 1, 1, .leftWins) + Self.games(2, 3, 5, .leftWins))
        #expect(r.rows.allSatisfy { $0.score.isFinite })
        #expect(r.rows.map(\.object) == ["C", "A", "B", "D"], "more evidence, further from the middle")
        #expect(r.summary.converged)
        #expect(r.rows.map(\.rank) == [1, 2, 3, 4])
    }

    @Test func noisyBTRatesASpammerBelowCarefulWorkersAndKeepsTheOrder() {
        // Objects 0 > 1 > 2 > 3 (each beats every later one); workers 0-2 judge so, worker 3 always answers left,
        // on pairs shown in both orders.
        var rows: [(Int, Int, Int, Outcome)] = []
        for a in 0..<4 { for b in 0..<4 where a != b {
            for w in 0..<3 { rows.append((a, b, w, a < b ? .leftWins : .rightWins)) }
            rows.append((a, b, 3, .leftWins))
        } }
        let data = PairwiseComparisons(objects: ["o0", "o1", "o2", "o3"], workerCount: 4, rows)
        let (ranking, fit) = PairwiseRanking.make(question: "q", method: .noisy_bt, data: data,
                                                  iterations: DawidSkene(maxIterations: 500, tolerance: 1e-9))
        #expect(ranking.method == "noisy_bt")
        #expect(ranking.rows.map(\.object) == ["o0", "o1", "o2", "o3"])
        let skill = try! #require(fit.workerSkill)
        #expect(skill[3] < skill[0] && skill[3] < skill[1] && skill[3] < skill[2], "\(skill)")
    }

    @Test func rankingCSVHasTheDocumentedColumnsAndQuotesHostileIDs() throws {
        let ids = ["plain", "a,b", "say \"hi\"", "<script>alert(1)</script>", "=SUM(A1)", "line\nbreak"]
        var rows: [(Int, Int, Int, Outcome)] = []
        for k in 1..<ids.count { rows += Self.games(k - 1, k, k, .leftWins) }
        let r = Self.rank(ids, rows)
        let text = String(decoding: r.csv(), as: UTF8.self)
        #expect(text.hasPrefix("object,score,rank,wins,losses,ties,comparisons\n"))
        #expect(text.contains("\"a,b\","))
        #expect(text.contains("\"say \"\"hi\"\"\","))
        #expect(text.contains("<script>alert(1)</script>,"), "ids are written verbatim, as labels.csv writes item keys")
        #expect(text.contains("\"line\nbreak\","))
        // Read back with a CSV parser: every id round-trips, one row each.
        let table = try CSVTestParser.rows(text)
        #expect(table.count == ids.count + 1)
        #expect(Set(table.dropFirst().map { $0[0] }) == Set(ids))
        #expect(table.dropFirst().allSatisfy { $0.count == 7 })
    }
}

/// A small RFC 4180 reader for tests.
enum CSVTestParser {
    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(cell); cell = "" }
            else if c == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
            else { cell.append(c) }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}

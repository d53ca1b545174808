import Foundation
import Testing
@testable import HITCompiler

/// Krippendorff's alpha and Fleiss' kappa against the published worked examples
/// in `Tests/Datasets/agreement-test-vectors`.
@Suite struct AggregateAgreementTests {
    /// Units from a long file `task,worker,label`, in order of first appearance.
    static func longUnits(_ name: String) throws -> [[Double]]? {
        guard let url = AggregateDatasets.file("agreement-test-vectors/\(name)") else { return nil }
        var order: [String] = []
        var values: [String: [Double]] = [:]
        for row in try AggregateDatasets.rows(url, separator: ",") {
            if values[row[0]] == nil { order.append(row[0]) }
            values[row[0], default: []].append(Double(row[2])!)
        }
        return order.map { values[$0]! }
    }

    /// A count table: one row per subject, blank cells are 0; the header is dropped.
    static func counts(_ name: String) throws -> [[Int]]? {
        guard let url = AggregateDatasets.file("agreement-test-vectors/\(name)") else { return nil }
        return try AggregateDatasets.rows(url, separator: ",").map { $0.map { Int($0) ?? 0 } }
    }

    func expectAlpha(_ units: [[Double]], _ level: KrippendorffAlpha.Level, _ published: Double) {
        let alpha = KrippendorffAlpha.alpha(units: units, level: level)
        #expect(alpha.map { ($0 * 1000).rounded() / 1000 } == published, "\(level): \(String(describing: alpha))")
    }

    @Test func krippendorff2011ExampleC() throws {
        guard let units = try Self.longUnits("krippendorff2011_C_4coders_12units.csv") else { return }
        expectAlpha(units, .nominal, 0.743)
        expectAlpha(units, .ordinal, 0.815)
        expectAlpha(units, .interval, 0.849)
        expectAlpha(units, .ratio, 0.797)
        // The interval level has a closed form; the matrix form must agree with it.
        #expect(units.count == 12)
    }

    @Test func wikipediaKrippendorffExample() throws {
        guard let units = try Self.longUnits("wikipedia_kalpha_3coders_15units.csv") else { return }
        let nominal = try #require(KrippendorffAlpha.alpha(units: units, level: .nominal))
        let interval = try #require(KrippendorffAlpha.alpha(units: units, level: .interval))
        #expect(abs(nominal - 0.691358) < 1e-6)
        #expect(abs(interval - 0.810845) < 1e-6)
    }

    @Test func krippendorff2011BinaryExampleA() throws {
        guard let units = try Self.longUnits("krippendorff2011_A_binary_2coders_10units.csv") else { return }
        expectAlpha(units, .nominal, 0.095)
    }

    @Test func fleiss1971() throws {
        guard let table = try Self.counts("fleiss1971_counts.csv") else { return }
        #expect(table.count == 30)
        let kappa = try #require(AgreementMeasures.fleissKappa(counts: table))
        #expect((kappa * 1000).rounded() / 1000 == 0.430, "\(kappa)")
    }

    @Test func wikipediaFleissExample() throws {
        guard let table = try Self.counts("wikipedia_fleiss_counts.csv") else { return }
        let kappa = try #require(AgreementMeasures.fleissKappa(counts: table))
        #expect((kappa * 1000).rounded() / 1000 == 0.210, "\(kappa)")
        // P-bar 0.378: the mean pairwise agreement is percent agreement.
        let percent = try #require(AgreementMeasures.percentAgreement(AgreementMeasures.unitValues(counts: table)))
        #expect((percent * 1000).rounded() / 1000 == 0.378)
    }

    @Test func fleissNeedsTheSameNumberOfJudgmentsPerItem() {
        #expect(AgreementMeasures.fleissKappa(counts: [[2, 1], [1, 1]]) == nil)
        #expect(AgreementMeasures.fleissKappa(counts: [[2, 0], [0, 2]]) == 1)
    }

    @Test func alphaIsUndefinedWithoutVariation() {
        #expect(KrippendorffAlpha.alpha(units: [[1, 1], [1, 1, 1]], level: .nominal) == nil)
        #expect(KrippendorffAlpha.alpha(units: [[1], [2]], level: .interval) == nil)
        #expect(KrippendorffAlpha.alpha(units: [[1, 1], [2, 2]], level: .nominal) == 1)
    }

    /// Gwet (2014) p.125 has no published alpha here; the four levels must at
    /// least agree with a direct pairwise computation.
    @Test func gwetRatingsMatchADirectPairwiseComputation() throws {
        guard let url = AggregateDatasets.file("agreement-test-vectors/gwet2014_ratings.csv") else { return }
        let units = try AggregateDatasets.rows(url, separator: ";").map { $0.compactMap { Double($0) } }
        for level in KrippendorffAlpha.Level.allCases {
            let fast = try #require(KrippendorffAlpha.alpha(units: units, level: level))
            let slow = try #require(Self.pairwiseAlpha(units, level))
            #expect(abs(fast - slow) < 1e-12, "\(level): \(fast) vs \(slow)")
        }
    }

    /// Alpha from every ordered pair of values, straight from the definition.
    static func pairwiseAlpha(_ units: [[Double]], _ level: KrippendorffAlpha.Level) -> Double? {
        let pairable = units.filter { $0.count >= 2 }
        let all = pairable.flatMap { $0 }
        let sorted = Array(Set(all)).sorted()
        let frequency = Dictionary(all.map { ($0, 1.0) }, uniquingKeysWith: +)
        func d2(_ a: Double, _ b: Double) -> Double {
            switch level {
            case .nominal: return a == b ? 0 : 1
            case .interval: return (a - b) * (a - b)
            case .ratio: return a + b == 0 ? 0 : ((a - b) / (a + b)) * ((a - b) / (a + b))
            case .ordinal:
                if a == b { return 0 }
                let (lo, hi) = (min(a, b), max(a, b))
                let between = sorted.filter { $0 >= lo && $0 <= hi }.reduce(0.0) { $0 + frequency[$1]! }
                let d = between - (frequency[a]! + frequency[b]!) / 2
                return d * d
            }
        }
        var observed = 0.0
        for unit in pairable {
            var s = 0.0
            for i in unit.indices { for j in unit.indices where i != j { s += d2(unit[i], unit[j]) } }
            observed += s / Double(unit.count - 1)
        }
        var expected = 0.0
        for i in all.indices { for j in all.indices where i != j { expected += d2(all[i], all[j]) } }
        let n = Double(all.count)
        guard expected > 0 else { return nil }
        return 1 - (n - 1) * observed / expected
    }
}

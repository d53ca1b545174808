import Foundation

/// Values grouped by unit (item) for agreement measures: unit `u`'s values are
/// `category[start[u] ..< start[u + 1]]`, each an index into `values` (the
/// distinct values, as numbers for the ordinal, interval and ratio levels).
/// Missing judgments are simply absent; units with fewer than two values are
/// not pairable and do not count.
struct UnitValues: Sendable {
    var start: [Int32]
    var category: [Int32]
    /// The number each category stands for (its rank order is the ordinal order).
    var values: [Double]

    init(start: [Int32], category: [Int32], values: [Double]) {
        self.start = start
        self.category = category
        self.values = values
    }

    /// Units from a list of each unit's values (tests, small data).
    init(units: [[Double]]) {
        let distinct = Array(Set(units.flatMap { $0 })).sorted()
        var index: [Double: Int32] = [:]
        for (k, v) in distinct.enumerated() { index[v] = Int32(k) }
        var start: [Int32] = [0]
        var category: [Int32] = []
        for unit in units {
            category += unit.map { index[$0]! }
            start.append(Int32(category.count))
        }
        self.init(start: start, category: category, values: distinct)
    }

    var unitCount: Int { start.count - 1 }
    var categoryCount: Int { values.count }

    /// A power of two that brings the largest magnitude of `values` near 1 when
    /// squares of differences could overflow (or underflow); 1 otherwise.
    /// Interval and ratio alpha do not change when every value is multiplied
    /// by one number, and a power of two multiplies exactly.
    var squareSafeScale: Double {
        let largest = values.reduce(0) { Swift.max($0, abs($1)) }
        guard largest > 0x1p256 || (largest > 0 && largest < 0x1p-256) else { return 1 }
        return Double(sign: .plus, exponent: Swift.min(1000, -Int(largest.exponent)), significand: 1)
    }

    /// Calls `body(m, counts)` for each unit with at least two values, where
    /// `counts` lists (category, count) pairs of the unit.
    func forEachPairableUnit(_ body: (Int, [(category: Int, count: Int)]) -> Void) {
        var tally = [Int](repeating: 0, count: values.count)
        var touched: [Int] = []
        var pairs: [(category: Int, count: Int)] = []
        for u in 0..<unitCount {
            let lo = Int(start[u]), hi = Int(start[u + 1])
            guard hi - lo >= 2 else { continue }
            for j in lo..<hi {
                let c = Int(category[j])
                if tally[c] == 0 { touched.append(c) }
                tally[c] += 1
            }
            pairs.removeAll(keepingCapacity: true)
            for c in touched {
                pairs.append((c, tally[c]))
                tally[c] = 0
            }
            touched.removeAll(keepingCapacity: true)
            body(hi - lo, pairs)
        }
    }
}

/// Krippendorff's alpha, `1 - D_o / D_e`, from the coincidence matrix of the
/// pairable values (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
///
/// Difference functions δ²(c, k): nominal 0 when equal, else 1; ordinal
/// `(Σ_{g from c to k} n_g - (n_c + n_k) / 2)²` over the ranks of the values
/// (n_g their frequencies among pairable values); interval `(c - k)²`; ratio
/// `((c - k) / (c + k))²`. Nil when no unit is pairable or every pairable value
/// is the same (D_e = 0: alpha is undefined).
enum KrippendorffAlpha {
    /// The level of measurement, which picks the difference function.
    enum Level: String, Sendable, CaseIterable, Codable {
        case nominal, ordinal, interval, ratio
    }

    /// Alpha of `data` at `level`.
    static func alpha(_ data: UnitValues, level: Level) -> Double? {
        switch level {
        case .nominal: nominal(data)
        case .interval: interval(data)
        case .ordinal, .ratio: byMatrix(data, level: level)
        }
    }

    /// Alpha of units given as lists of values.
    static func alpha(units: [[Double]], level: Level) -> Double? {
        alpha(UnitValues(units: units), level: level)
    }

    /// Nominal alpha without the matrix: `Σ_{c≠k} o_ck = Σ_u (m_u² - Σ_c n_uc²) / (m_u - 1)`.
    private static func nominal(_ data: UnitValues) -> Double? {
        var marginal = [Double](repeating: 0, count: data.categoryCount)
        var disagreeing = 0.0
        data.forEachPairableUnit { m, counts in
            var squares = 0
            for (c, n) in counts {
                marginal[c] += Double(n)
                squares += n * n
            }
            disagreeing += Double(m * m - squares) / Double(m - 1)
        }
        let n = marginal.reduce(0, +)
        let expected = n * n - marginal.reduce(0) { $0 + $1 * $1 }
        guard n > 1, expected > 0 else { return nil }
        return 1 - (n - 1) * disagreeing / expected
    }

    /// Interval alpha from sums of values and squares: within a unit,
    /// `Σ_{pairs} (a - b)² = 2 m Σ v² - 2 (Σ v)²`.
    private static func interval(_ data: UnitValues) -> Double? {
        var observed = 0.0
        var n = 0.0, sum = 0.0, squares = 0.0
        let scale = data.squareSafeScale
        data.forEachPairableUnit { m, counts in
            var s = 0.0, q = 0.0
            for (c, count) in counts {
                let v = data.values[c] * scale
                s += Double(count) * v
                q += Double(count) * v * v
            }
            observed += (2 * Double(m) * q - 2 * s * s) / Double(m - 1)
            n += Double(m)
            sum += s
            squares += q
        }
        let expected = 2 * n * squares - 2 * sum * sum
        guard n > 1, expected > 1e-12 * max(1, n * squares) else { return nil }
        return 1 - (n - 1) * observed / expected
    }

    /// Alpha from the full coincidence matrix (ordinal, ratio); the values are few.
    private static func byMatrix(_ data: UnitValues, level: Level) -> Double? {
        let v = data.categoryCount
        guard v <= 4096 else { return nil }
        var o = [Double](repeating: 0, count: v * v)
        data.forEachPairableUnit { m, counts in
            let scale = 1 / Double(m - 1)
            for (c, nc) in counts {
                for (k, nk) in counts {
                    o[c * v + k] += Double(nc * (c == k ? nk - 1 : nk)) * scale
                }
            }
        }
        var marginal = [Double](repeating: 0, count: v)
        for c in 0..<v { for k in 0..<v { marginal[c] += o[c * v + k] } }
        let n = marginal.reduce(0, +)
        guard n > 1 else { return nil }
        // Cumulative frequencies for the ordinal metric: below[c] = Σ_{g < c} n_g.
        var below = [Double](repeating: 0, count: v + 1)
        for c in 0..<v { below[c + 1] = below[c] + marginal[c] }
        let scale = level == .ratio || level == .interval ? data.squareSafeScale : 1
        func delta2(_ c: Int, _ k: Int) -> Double {
            if c == k { return 0 }
            switch level {
            case .ordinal:
                let (lo, hi) = (min(c, k), max(c, k))
                let d = below[hi + 1] - below[lo] - (marginal[c] + marginal[k]) / 2
                return d * d
            case .ratio:
                let (a, b) = (data.values[c] * scale, data.values[k] * scale)
                return a + b == 0 ? 0 : ((a - b) / (a + b)) * ((a - b) / (a + b))
            case .interval:
                let d = data.values[c] * scale - data.values[k] * scale
                return d * d
            case .nominal:
                return 1
            }
        }
        var observed = 0.0, expected = 0.0
        for c in 0..<v {
            for k in 0..<v where c != k {
                let d = delta2(c, k)
                observed += o[c * v + k] * d
                expected += marginal[c] * marginal[k] * d
            }
        }
        guard expected > 0 else { return nil }
        return 1 - (n - 1) * observed / expected
    }
}

/// Fleiss' kappa (Fleiss 1971) and percent agreement.
enum AgreementMeasures {
    /// Fleiss' kappa `(P̄ - P̄_e) / (1 - P̄_e)`; nil unless every unit with values
    /// has the same number of them (at least two), or when P̄_e = 1.
    static func fleissKappa(_ data: UnitValues) -> Double? {
        var raters: Int?
        var units = 0
        var agreementSum = 0.0
        var marginal = [Double](repeating: 0, count: data.categoryCount)
        for u in 0..<data.unitCount {
            let m = Int(data.start[u + 1] - data.start[u])
            if m == 0 { continue }
            if raters == nil { raters = m }
            if raters != m { return nil }
        }
        guard let n = raters, n >= 2 else { return nil }
        data.forEachPairableUnit { _, counts in
            units += 1
            var squares = 0
            for (c, count) in counts {
                marginal[c] += Double(count)
                squares += count * count
            }
            agreementSum += Double(squares - n) / Double(n * (n - 1))
        }
        let total = Double(units * n)
        let pBar = agreementSum / Double(units)
        let pe = marginal.reduce(0) { $0 + ($1 / total) * ($1 / total) }
        guard pe < 1 else { return nil }
        return (pBar - pe) / (1 - pe)
    }

    /// Fleiss' kappa from a table of counts: `counts[unit][category]` raters.
    static func fleissKappa(counts: [[Int]]) -> Double? {
        fleissKappa(unitValues(counts: counts))
    }

    /// Percent agreement: the mean, over units with at least two values, of the
    /// share of pairs of values that agree, `Σ_c n_uc (n_uc - 1) / (m_u (m_u - 1))`.
    /// Nil when no unit has two values.
    static func percentAgreement(_ data: UnitValues) -> Double? {
        var units = 0
        var sum = 0.0
        data.forEachPairableUnit { m, counts in
            var agreeing = 0
            for (_, n) in counts { agreeing += n * (n - 1) }
            sum += Double(agreeing) / Double(m * (m - 1))
            units += 1
        }
        return units > 0 ? sum / Double(units) : nil
    }

    /// Units from a count table (category k stands for the value k).
    static func unitValues(counts: [[Int]]) -> UnitValues {
        let categories = counts.map(\.count).max() ?? 0
        var start: [Int32] = [0]
        var category: [Int32] = []
        for row in counts {
            for (k, n) in row.enumerated() where n > 0 {
                category += [Int32](repeating: Int32(k), count: n)
            }
            start.append(Int32(category.count))
        }
        return UnitValues(start: start, category: category, values: (0..<categories).map(Double.init))
    }
}

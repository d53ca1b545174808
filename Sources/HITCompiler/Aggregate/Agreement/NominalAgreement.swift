/// Krippendorff's nominal alpha, Fleiss' kappa and percent agreement in one
/// pass over the units: all three need only each unit's size `m`, its
/// `Σ_c n_c²` and the category totals. The figures are bit for bit those of
/// `KrippendorffAlpha.alpha(_:level: .nominal)`, `AgreementMeasures.fleissKappa`
/// and `AgreementMeasures.percentAgreement` (same sums in the same order).
enum NominalAgreement {
    struct Figures {
        var alpha: Double?
        var fleissKappa: Double?
        var percentAgreement: Double?
    }

    static func measure(_ data: UnitValues) -> Figures {
        var tally = [Int](repeating: 0, count: data.categoryCount)
        var marginal = [Double](repeating: 0, count: data.categoryCount)
        var disagreeing = 0.0, agreeing = 0.0
        var units = 0
        var raters = 0, sameRaters = true
        data.start.withUnsafeBufferPointer { start in
            data.category.withUnsafeBufferPointer { category in
                tally.withUnsafeMutableBufferPointer { tally in
                    marginal.withUnsafeMutableBufferPointer { marginal in
                        for u in 0..<data.unitCount {
                            let lo = Int(start[u]), hi = Int(start[u + 1])
                            let m = hi - lo
                            guard m > 0 else { continue }
                            if raters == 0 { raters = m } else if raters != m { sameRaters = false }
                            guard m >= 2 else { continue }
                            for j in lo..<hi { tally[Int(category[j])] += 1 }
                            var squares = 0
                            for j in lo..<hi {
                                let c = Int(category[j])
                                let n = tally[c]
                                guard n > 0 else { continue }
                                squares += n * n
                                marginal[c] += Double(n)
                                tally[c] = 0
                            }
                            disagreeing += Double(m * m - squares) / Double(m - 1)
                            agreeing += Double(squares - m) / Double(m * (m - 1))
                            units += 1
                        }
                    }
                }
            }
        }
        var figures = Figures()
        let n = marginal.reduce(0, +)
        let expected = n * n - marginal.reduce(0) { $0 + $1 * $1 }
        if n > 1, expected > 0 { figures.alpha = 1 - (n - 1) * disagreeing / expected }
        if units > 0 { figures.percentAgreement = agreeing / Double(units) }
        if sameRaters, raters >= 2 {
            let total = Double(units * raters)
            let pBar = agreeing / Double(units)
            let pe = marginal.reduce(0) { $0 + ($1 / total) * ($1 / total) }
            if pe < 1 { figures.fleissKappa = (pBar - pe) / (1 - pe) }
        }
        return figures
    }
}

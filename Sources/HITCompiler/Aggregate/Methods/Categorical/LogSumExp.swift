import Foundation

/// Log-weights to probabilities, as every EM method's E-step needs them.
enum LogSumExp {
    /// Turns `row[0 ..< k]`, log-weights, into probabilities in place (each
    /// scaled by the largest first, so no `exp` overflows) and returns the log
    /// of the weights' sum. `k` is at least 1.
    @inline(__always)
    static func normalise(_ row: UnsafeMutablePointer<Double>, _ k: Int) -> Double {
        var top = row[0]
        for c in 1..<k where row[c] > top { top = row[c] }
        var sum = 0.0
        for c in 0..<k {
            // exp(0) is exactly 1: the top class needs no call.
            let e = row[c] == top ? 1 : exp(row[c] - top)
            row[c] = e
            sum += e
        }
        for c in 0..<k { row[c] /= sum }
        return top + log(sum)
    }
}

/// The column sums of Dawid-Skene's confusion counts (for one worker and one
/// true class, the counts of every answer `0 ..< k` added in answer order),
/// made from the answers the worker gave alone, bit for bit as the plain sum.
///
/// The count of an answer the worker never gave is the smoothing pseudo-count
/// `s` and nothing else, so the plain sum adds `s` once per such answer. Those
/// runs of `s` are not added one by one: before the first answer given, the
/// sum of `n` pseudo-counts from zero comes from a table; after it,
/// `adding(_:times:to:)` finds the result of `n` additions in about one step
/// per power of two crossed. A worker's column then costs the answers the
/// worker gave, not `k`.
struct DawidSkeneColumnSum: Sendable {
    /// The pseudo-count of every cell.
    let smoothing: Double
    /// `leading[n]`: `n` pseudo-counts added one by one to zero (`0 ... k`).
    let leading: [Double]

    /// The table for `classCount` answers.
    init(smoothing: Double, classCount: Int) {
        self.smoothing = smoothing
        var leading = [Double](repeating: 0, count: classCount + 1)
        for n in 0..<classCount { leading[n + 1] = leading[n] + smoothing }
        self.leading = leading
    }

    /// The sum over answers `0 ..< k` of one worker's counts for true class
    /// `c`: `counts[cell * stride + c]` for the worker's `cells` (whose
    /// `answers` ascend), the pseudo-count for every other answer.
    @inline(__always)
    func column(_ c: Int, cells: Range<Int>, answers: UnsafePointer<Int32>, counts: UnsafePointer<Double>,
                stride: Int) -> Double {
        var sum = 0.0
        var next = 0
        for cell in cells {
            let answer = Int(answers[cell])
            sum = next == 0 ? leading[answer] : Self.adding(smoothing, times: answer - next, to: sum)
            sum += counts[cell * stride + c]
            next = answer + 1
        }
        let k = leading.count - 1
        return next == 0 ? leading[k] : Self.adding(smoothing, times: k - next, to: sum)
    }

    /// Runs no longer than this are added one by one.
    private static let shortRun = 8

    /// `x` after `n` additions of `v` (the loop `for _ in 0..<n { x += v }`),
    /// bit for bit, for `x >= 0` and `v > 0`.
    ///
    /// While `x` stays below the next power of two, the sums lie on one grid
    /// (spacing `u`, the ulp of `x`), and `x + v` rounds to `x` plus `v`
    /// rounded to the grid: the same step every time (when `v / u` ends in
    /// exactly one half, ties go to even multiples of `u`, so the step is the
    /// same once `x` is an even multiple). So every addition up to the power
    /// of two is one multiplication; the addition that crosses it is made as
    /// it is, and the next grid starts there. Anything else (a non-finite
    /// value, an odd multiple at a tie) is added one by one.
    static func adding(_ v: Double, times n: Int, to x: Double) -> Double {
        var x = x, n = n
        if n <= shortRun {
            for _ in 0..<n { x += v }
            return x
        }
        let top: Int64 = 1 << 53
        while n > 0 {
            x += v
            n -= 1
            guard n > 0, x.isFinite, v.isFinite else { continue }
            let u = x.ulp
            let scaled = v / u
            // A step of 2^53 grid points or more leaves the binade at once.
            guard scaled < Double(top) else { continue }
            let grid = Int64(x / u)
            let whole = scaled.rounded(.down)
            let fraction = scaled - whole
            let floor = Int64(whole)
            if fraction == 0.5 && grid % 2 != 0 { continue }
            let step = fraction > 0.5 || (fraction == 0.5 && floor % 2 != 0) ? floor + 1 : floor
            if step == 0 { return x }
            // Additions t = 0, 1, ... stay below 2^53 grid points while grid + t·step + whole <= 2^53 - 1.
            let room = top - 1 - grid - floor
            guard room >= 0 else { continue }
            let steps = min(Int64(n), room / step + 1)
            x = Double(grid + steps * step) * u
            n -= Int(steps)
        }
        return x
    }
}

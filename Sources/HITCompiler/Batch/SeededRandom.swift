/// A seeded pseudo-random generator whose sequence is fixed by this file, not by
/// the Swift standard library: `hitc batch` promises the same output for the same
/// seed on every platform and Swift version, and the standard library documents
/// neither `shuffle(using:)`'s nor `random(in:using:)`'s algorithm as stable.
///
/// SplitMix64 (Steele, Lea and Flood 2014): 64 bits of state, passes BigCrush,
/// and different seeds give unrelated streams.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator for `seed`; `stream` derives an independent generator for
    /// another purpose from the same seed.
    init(seed: UInt64, stream: UInt64 = 0) {
        state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        // Mix once so nearby seeds and streams do not start from nearby states.
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` ≥ 1), without modulo bias
    /// (Lemire's multiply-and-reject).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold {
                product = next().multipliedFullWidth(by: b)
            }
        }
        return Int(product.high)
    }

    /// Shuffles `array` in place (Fisher-Yates, from the end).
    mutating func shuffle<T>(_ array: inout [T]) {
        var i = array.count - 1
        while i > 0 {
            let j = below(i + 1)
            if i != j { array.swapAt(i, j) }
            i -= 1
        }
    }
}

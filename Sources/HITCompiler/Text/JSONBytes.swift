/// JSON values written straight into bytes, exactly as `JSONEncoder` writes
/// them, for files with millions of lines (`labels.jsonl`, `hits.jsonl`) where
/// one `JSONEncoder` call per line would dominate. Tests compare the two on
/// awkward values.
enum JSONBytes {
    /// A double as `JSONEncoder` writes it: Swift's shortest form, `.0` dropped.
    static func number(_ x: Double) -> String {
        let text = "\(x)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `number(x)`'s bytes; values with six decimals or fewer from 0.001 up
    /// (confidences, accuracies) are written directly, without a `String`.
    @inline(__always)
    static func appendNumber(_ x: Double, to out: inout [UInt8]) {
        let scaled = (x * 1_000_000).rounded()
        guard x >= 0.001, x < 1e9, scaled / 1_000_000 == x else {
            out += number(x).utf8
            return
        }
        let n = Int(scaled)
        appendInteger(n / 1_000_000, to: &out)
        var fraction = n % 1_000_000
        guard fraction > 0 else { return }
        var digits = 6
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        out.append(0x2E)
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// A whole number in decimal, as `String(n)` writes it.
    @inline(__always)
    static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0 else {
            out += String(n).utf8
            return
        }
        if n < 10 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + n))
            return
        }
        var divisor = 10
        while divisor <= n / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + n / divisor % 10))
            divisor /= 10
        }
    }

    /// The bytes of `s` as they are.
    @inline(__always)
    static func appendRaw(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// A JSON string with `JSONEncoder`'s escapes: `"`, `\\`, the control
    /// characters, and `/` unless `escapingSlashes` is false (as with
    /// `.withoutEscapingSlashes`). Runs that need no escape are copied at once.
    static func appendString(_ s: String, to out: inout [UInt8], escapingSlashes: Bool = true) {
        var s = s
        s.withUTF8 { bytes in
            out.append(0x22)
            var start = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C || (b == 0x2F && escapingSlashes) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                start = i + 1
                out.append(0x5C)
                switch b {
                case 0x22, 0x5C, 0x2F: out.append(b)
                case 0x0A: out.append(0x6E)
                case 0x0D: out.append(0x72)
                case 0x09: out.append(0x74)
                case 0x08: out.append(0x62)
                case 0x0C: out.append(0x66)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    out.append(0x75); out.append(0x30); out.append(0x30)
                    out.append(hex.utf8Start[Int(b >> 4)])
                    out.append(hex.utf8Start[Int(b & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            out.append(0x22)
        }
    }
}

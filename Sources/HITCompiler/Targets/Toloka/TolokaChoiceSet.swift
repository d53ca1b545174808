import Foundation

/// A multiple choice's answer as Toloka's results hold it. Its
/// `field.checkbox-group` writes a JSON object whose keys are the options'
/// values (`{"a": true, "c": true}`; a key with `false`, written with
/// `preserveFalse`, is an option not selected); an answer read back from an
/// `array_string` output is a JSON array of values (`["a", "c"]`). Both are
/// read, without recursion: a nested value is refused, however deep.
enum TolokaChoiceSet {
    /// The selected values, in the order written; nil when `bytes` is neither form.
    static func selected(_ bytes: ByteSpan) -> [String]? {
        var parser = Parser(bytes: bytes)
        return parser.answer()
    }

    /// The answer the checkbox group writes for `values` selected (the gold of `tasks.tsv`), keys sorted.
    static func object(_ values: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let object = Dictionary(values.map { ($0, true) }, uniquingKeysWith: { first, _ in first })
        guard let data = try? encoder.encode(object) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct Parser {
        let bytes: ByteSpan
        var i = 0

        mutating func answer() -> [String]? {
            skipSpaces()
            guard i < bytes.count else { return nil }
            var values: [String] = []
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                guard members(close: UInt8(ascii: "}"), { parser in
                    guard let key = parser.string() else { return false }
                    parser.skipSpaces()
                    guard parser.eat(UInt8(ascii: ":")) else { return false }
                    parser.skipSpaces()
                    if parser.eat(word: "true") {
                        values.append(key)
                    } else if !parser.eat(word: "false") && !parser.eat(word: "null") {
                        return false
                    }
                    return true
                }) else { return nil }
            case UInt8(ascii: "["):
                i += 1
                guard members(close: UInt8(ascii: "]"), { parser in
                    guard let value = parser.string() else { return false }
                    values.append(value)
                    return true
                }) else { return nil }
            default:
                return nil
            }
            skipSpaces()
            return i == bytes.count ? values : nil
        }

        /// Members separated by commas up to `close` (none is fine).
        mutating func members(close: UInt8, _ member: (inout Parser) -> Bool) -> Bool {
            skipSpaces()
            if eat(close) { return true }
            while true {
                skipSpaces()
                guard member(&self) else { return false }
                skipSpaces()
                if eat(close) { return true }
                guard eat(UInt8(ascii: ",")) else { return false }
            }
        }

        mutating func skipSpaces() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func eat(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func eat(word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        /// A JSON string; nil when malformed (a raw control character, a bad escape, a lone surrogate).
        mutating func string() -> String? {
            guard eat(UInt8(ascii: "\"")) else { return nil }
            var scalars = String.UnicodeScalarView()
            var plainStart = i
            func flush(_ end: Int) {
                scalars.append(contentsOf: String(decoding: bytes.span(plainStart..<end), as: UTF8.self).unicodeScalars)
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    flush(i)
                    i += 1
                    return String(scalars)
                }
                if b < 0x20 { return nil }
                guard b == UInt8(ascii: "\\") else { i += 1; continue }
                flush(i)
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    guard let high = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(high) {
                        guard eat(UInt8(ascii: "\\")), eat(UInt8(ascii: "u")), let low = hex4(),
                              (0xDC00..<0xE000).contains(low) else { return nil }
                        scalars.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!)
                    } else {
                        guard let scalar = Unicode.Scalar(high) else { return nil }
                        scalars.append(scalar)
                    }
                default:
                    return nil
                }
                plainStart = i
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for k in 0..<4 {
                let b = bytes[i + k]
                let digit: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            i += 4
            return value
        }
    }
}

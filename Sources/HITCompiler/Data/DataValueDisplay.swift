/// Shows data values inside diagnostic messages: quoted, at most 60 characters,
/// control characters and line breaks escaped so one diagnostic stays one line.
enum DataValueDisplay {
    /// Longest value shown whole, in Unicode scalars.
    static let maxScalars = 60

    /// `'value'`, shortened with `…` when long.
    static func quoted(_ value: String) -> String {
        var out = "'"
        var count = 0
        for scalar in value.unicodeScalars {
            if count == maxScalars {
                out += "…"
                break
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{85}", "\u{2028}", "\u{2029}":
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return out + "'"
    }

    /// The same for bytes of a value (valid UTF-8).
    static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Decode only what can be shown.
        var end = 0
        var scalars = 0
        while end < bytes.count && scalars <= maxScalars {
            if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
            end += 1
        }
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return quoted(String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self))
    }
}

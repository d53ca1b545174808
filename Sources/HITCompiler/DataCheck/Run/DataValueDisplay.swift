/// Shows data values inside diagnostic messages: quoted, at most 60 characters,
/// control characters and line breaks escaped (`TerminalText`) so one
/// diagnostic stays one line.
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
            if let escape = TerminalText.escape(of: scalar) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out + "'"
    }

    /// The same for bytes of a value (valid UTF-8).
    static func quoted(_ bytes: ByteSpan) -> String {
        // Decode only what can be shown.
        var end = 0
        var scalars = 0
        while end < bytes.count && scalars <= maxScalars {
            if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
            end += 1
        }
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return quoted(String(decoding: bytes.span(0..<end), as: UTF8.self))
    }
}

/// Makes untrusted text safe to print on a terminal: every character a terminal
/// could obey instead of showing, or that makes a line display differently from
/// its bytes, is replaced by a readable escape.
///
/// Escaped: the C0 controls (`\0`, `\t`, `\n`, `\r`, `\e` for ESC, `\x07` for
/// the others), DEL (`\x7F`), the C1 controls U+0080-U+009F (`\u{009B}`; some
/// terminals obey U+009B as CSI) and the bidirectional embeddings, overrides and
/// isolates U+202A-U+202E and U+2066-U+2069 (`\u{202E}`), which can reorder how a
/// line is shown ("Trojan Source"), and the line and paragraph separators
/// U+2028 and U+2029, which some terminals and editors show as line breaks. A
/// backslash is not doubled: the escapes are for reading, not for reversing.
public enum TerminalText {
    /// The escape shown for `scalar`, or nil when it prints as itself.
    static func escape(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00: "\\0"
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x1B: "\\e"
        case 0x01...0x1F, 0x7F: "\\x" + hex(scalar.value, digits: 2)
        case 0x80...0x9F, 0x2028...0x202E, 0x2066...0x2069: "\\u{" + hex(scalar.value, digits: 4) + "}"
        default: nil
        }
    }

    /// `text` with every character `escape(of:)` names replaced by its escape.
    public static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if let escape = escape(of: scalar) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when `text` holds a character `escape(of:)` names; a scan of its
    /// UTF-8 bytes for the lead bytes those characters can have.
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 || b == 0x7F { return true }
                // C1 controls are C2 80 ... C2 9F.
                if b == 0xC2, i + 1 < n, bytes[i + 1] <= 0x9F { return true }
                // U+2028-U+202E are E2 80 A8-AE; U+2066-U+2069 are E2 81 A6-A9.
                if b == 0xE2, i + 2 < n {
                    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                    if (b1 == 0x80 && (0xA8...0xAE).contains(b2)) || (b1 == 0x81 && (0xA6...0xA9).contains(b2)) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `value` in upper-case hexadecimal, zero-padded to at least `digits` digits.
    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

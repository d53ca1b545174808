/// Characters no key or value of a spec may hold, because no page or XML file
/// may: the composer refuses them (E0014) where scalars are made, so every later
/// use of spec text (pages, `mturk/question.xml`, manifests) is covered.
///
/// Refused:
/// - the C0 controls except tab, line feed and carriage return, and U+FFFE and
///   U+FFFF: XML 1.0 forbids them, so `mturk/question.xml` would not be well-formed;
/// - DEL and the C1 controls U+0080-U+009F: XML 1.0 allows but discourages them,
///   HTML calls them parse errors, terminals may obey them, and in a spec they
///   are nearly always mis-decoded text (Windows-1252 quotes read as Latin-1);
/// - the other noncharacters, U+FDD0-U+FDEF and the last two code points of
///   every plane: Unicode reserves them for a program's internal use, never for
///   interchange, and HTML calls them parse errors.
///
/// YAML's reader already refuses these characters written raw; they reach a
/// scalar through double-quoted escapes (`\x01`, `\0`, `\e`, `\N`, `\uFFFE`).
/// Lone surrogates cannot occur in a Swift string.
enum ForbiddenCharacter {
    /// True for a character no spec text may hold.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// The first character of `text` no spec text may hold, or nil.
    static func first(in text: String) -> Unicode.Scalar? {
        // Every such character's UTF-8 form starts with a byte below 0x20, 0x7F,
        // 0xC2 (C1), 0xEF (U+FDD0-U+FFFF) or 0xF0-0xF4 (other planes).
        var text = text
        let suspect = text.withUTF8 { bytes in bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 >= 0xEF } }
        return suspect ? text.unicodeScalars.first(where: isForbidden) : nil
    }

    /// How messages name the character: "U+0001 (a control character)".
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + TerminalText.hex(scalar.value, digits: 4)
        let kind = switch scalar.value {
        case 0x00...0x1F, 0x80...0x9F: "a control character"
        case 0x7F: "the control character DEL"
        default: "a noncharacter"
        }
        return "\(code) (\(kind))"
    }
}

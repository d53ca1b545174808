/// The characters hitc keeps out of what it writes: the one home of both sets.
///
/// **XML 1.0's set** (`isForbiddenInXML`), its `Char` production: the C0 controls
/// other than tab, line feed and carriage return, and U+FFFE and U+FFFF (lone
/// surrogates cannot occur in valid UTF-8 or a Swift string). Not even a character
/// reference may carry them, so text with one cannot go into a platform's XML question;
/// HTML calls them parse errors too. It is the hard limit, checked wherever text
/// comes from a file hitc does not parse as a spec: guideline section files
/// (E0602, at check and at build), template overrides, data values, and the last
/// guard before the pages and question.xml are written.
///
/// **The spec's set** (`isForbiddenInSpec`): XML's, plus DEL and the C1 controls
/// U+0080-U+009F (XML allows but discourages them, HTML calls them parse errors,
/// terminals may obey them) and the other noncharacters, U+FDD0-U+FDEF and the
/// last two code points of every plane (Unicode reserves them for a program's
/// internal use, never interchange). In a spec, text a person typed in YAML, these
/// are nearly always mis-decoded text (Windows-1252 quotes read as Latin-1) or an
/// escape typed by mistake, so the composer refuses them all (E0014). Data rows
/// and Markdown files are refused only XML's set: scraped or exported text may
/// hold the others legitimately, and nothing breaks when they reach a page.
enum ForbiddenCharacters {
    /// True for a character XML 1.0 forbids.
    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// True for a character no spec text may hold: XML's set, DEL, C1, noncharacters.
    static func isForbiddenInSpec(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// The first character XML 1.0 forbids in `text`, and its UTF-8 byte offset.
    static func firstForbiddenInXML(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        var copy = text
        return copy.withByteSpan { firstForbiddenInXML(in: $0) }
    }

    /// The first character of `text` no spec text may hold, or nil.
    static func firstForbiddenInSpec(in text: String) -> Unicode.Scalar? {
        // Every such character's UTF-8 form starts with a byte below 0x20, 0x7F,
        // 0xC2 (C1), 0xEF (U+FDD0-U+FFFF) or 0xF0-0xF4 (other planes).
        var text = text
        let suspect = text.withUTF8 { bytes in bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 >= 0xEF } }
        return suspect ? text.unicodeScalars.first(where: isForbiddenInSpec) : nil
    }

    /// "U+0001", how messages name a character.
    static func name(_ scalar: Unicode.Scalar) -> String {
        "U+" + TerminalText.hex(scalar.value, digits: 4)
    }

    /// "U+0001 (a control character)": the name and the kind of character.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let kind = switch scalar.value {
        case 0x00...0x1F, 0x80...0x9F: "a control character"
        case 0x7F: "the control character DEL"
        default: "a noncharacter"
        }
        return "\(name(scalar)) (\(kind))"
    }

    /// "U+0001 at line 3, column 5": the character at byte `offset` of `text`, and where it is.
    static func describe(_ scalar: Unicode.Scalar, at offset: Int, in text: String) -> String {
        let location = SourceFile(path: "", text: text).location(ofByte: offset)
        return "\(name(scalar)) at line \(location.line), column \(location.column)"
    }
}

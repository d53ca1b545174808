/// The composer's refusal of characters no spec text may hold (`ForbiddenCharacters.isForbiddenInSpec`).
extension ComposerState {
    /// Reports E0014 for a scalar holding `character`. The diagnostic points at
    /// the escape that wrote the character in a double-quoted scalar, else at the
    /// character itself (the noncharacters libyaml's reader lets through raw).
    mutating func reportForbidden(_ character: Unicode.Scalar, isKey: Bool, style: ScalarStyle, _ range: SourceRange) {
        guard hasRoom else { return omitted.add(.forbiddenCharacter) }
        var at = range
        var notes: [DiagnosticNote] = []
        if style == .doubleQuoted, let escape = escape(writing: character, in: range) {
            at = escape.range
            notes.append(DiagnosticNote("the escape '\(escape.text)' writes it; remove the escape"))
        } else if let raw = rawRange(of: character, in: range) {
            at = raw
        }
        report(.forbiddenCharacter,
               "the \(isKey ? "key" : "value") holds \(ForbiddenCharacters.describe(character)), which no page or XML file may hold",
               at, notes: notes)
    }

    /// Reports E0014 for a scalar holding a character reference (`&#x1B;`) to a
    /// character no spec text may hold: Markdown would turn it into that
    /// character. The diagnostic points at the reference where it is written.
    mutating func reportForbiddenReference(_ reference: CharacterReferences.Found, in value: String, _ range: SourceRange) {
        guard hasRoom else { return omitted.add(.forbiddenCharacter) }
        let text = String(decoding: Array(value.utf8)[reference.offset..<(reference.offset + reference.length)], as: UTF8.self)
        var at = range
        if let start = source.byteOffset(of: range.start), let end = source.byteOffset(of: range.end),
           let offset = ByteSearch.find(Array(text.utf8), in: source.bytes[start..<end]) {
            at = SourceRange(start: source.location(ofByte: offset), end: source.location(ofByte: offset + reference.length))
        }
        report(.forbiddenCharacter,
               "'\(text)' is a character reference to \(ForbiddenCharacters.describe(reference.scalar)), which no page or XML file may hold",
               at, notes: [DiagnosticNote("Markdown turns the reference into the character itself; remove it (write '&amp;#' to show the text '&#')")])
    }

    /// The first escape of the double-quoted scalar at `range` that writes
    /// `character`, and its text; nil if there is none.
    private func escape(writing character: Unicode.Scalar, in range: SourceRange) -> (range: SourceRange, text: String)? {
        guard let start = source.byteOffset(of: range.start), let end = source.byteOffset(of: range.end) else { return nil }
        let bytes = source.bytes
        var i = start
        while i + 1 < end {
            guard bytes[i] == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            let (value, length) = Self.escapedValue(bytes, letterAt: i + 1, end: end)
            if value == character.value {
                return (SourceRange(start: source.location(ofByte: i), end: source.location(ofByte: i + 1 + length)),
                        String(decoding: bytes[i...(i + length)], as: UTF8.self))
            }
            i += 1 + length
        }
        return nil
    }

    /// Where `character` itself is written in the scalar at `range`, if it is.
    private func rawRange(of character: Unicode.Scalar, in range: SourceRange) -> SourceRange? {
        guard let start = source.byteOffset(of: range.start), let end = source.byteOffset(of: range.end) else { return nil }
        let encoded = Array(String(character).utf8)
        guard let offset = ByteSearch.find(encoded, in: source.bytes[start..<end]) else { return nil }
        return SourceRange(start: source.location(ofByte: offset), end: source.location(ofByte: offset + encoded.count))
    }

    /// The code point a YAML double-quoted escape writes, given the offset of the
    /// letter after its backslash, and the escape's length after the backslash;
    /// a nil value for an escape of another kind (a line break, a quote).
    /// libyaml has already refused malformed escapes.
    private static func escapedValue(_ bytes: [UInt8], letterAt i: Int, end: Int) -> (value: UInt32?, length: Int) {
        let digits = switch bytes[i] {
        case UInt8(ascii: "x"): 2
        case UInt8(ascii: "u"): 4
        case UInt8(ascii: "U"): 8
        default: 0
        }
        guard digits > 0 else { return (controlEscapes[bytes[i]], 1) }
        guard i + digits < end else { return (nil, 1) }
        return (UInt32(String(decoding: bytes[(i + 1)...(i + digits)], as: UTF8.self), radix: 16), 1 + digits)
    }

    /// The one-letter escapes that write control characters, by letter.
    private static let controlEscapes: [UInt8: UInt32] = [
        UInt8(ascii: "0"): 0x00, UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09,
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "r"): 0x0D,
        UInt8(ascii: "e"): 0x1B, UInt8(ascii: "N"): 0x85,
    ]
}

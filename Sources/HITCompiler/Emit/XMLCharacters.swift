/// The characters XML 1.0 forbids (its `Char` production): C0 controls other than
/// tab, line feed and carriage return, and U+FFFE and U+FFFF (a Swift string holds
/// no surrogates). Not even a character reference may carry them, so text with
/// one cannot go into `mturk/question.xml`; HTML calls them parse errors too.
enum XMLCharacters {
    /// The first forbidden character of `text` and its UTF-8 byte offset, or nil.
    static func firstForbidden(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        var found: (Int, Unicode.Scalar)?
        var copy = text
        copy.withUTF8 { bytes in
            var k = 0
            let n = bytes.count
            while k < n {
                let b = bytes[k]
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D {
                    found = (k, Unicode.Scalar(b))
                    return
                }
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                if b == 0xEF, k + 2 < n, bytes[k + 1] == 0xBF, bytes[k + 2] & 0xFE == 0xBE {
                    found = (k, Unicode.Scalar(0xFFFE + UInt32(bytes[k + 2] & 1))!)
                    return
                }
                k += 1
            }
        }
        return found.map { (offset: $0.0, scalar: $0.1) }
    }

    /// "U+0001", the name of a character in messages.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// "U+0001 at line 3, column 5": where in `text` the character at `offset` is.
    static func describe(_ scalar: Unicode.Scalar, at offset: Int, in text: String) -> String {
        let location = SourceFile(path: "", text: text).location(ofByte: offset)
        return "\(name(scalar)) at line \(location.line), column \(location.column)"
    }
}

/// Numeric character references (`&#27;`, `&#x1B;`) as the Markdown renderer
/// decodes them. cmark-gfm turns a reference in Markdown text into the character
/// it names, so `&#x1B;` in a guideline section puts a raw ESC on the page:
/// the checks refuse references to characters the text itself may not hold.
///
/// The forms are CommonMark's: `&#` and 1-7 decimal digits, or `&#x`/`&#X` and
/// 1-6 hex digits, then `;`. Zero, surrogates and values past U+10FFFF decode
/// to U+FFFD, which is harmless, so they are not reported.
enum CharacterReferences {
    /// A reference found in text: its UTF-8 byte offset and length, and the
    /// character it names.
    struct Found: Equatable {
        var offset: Int
        var length: Int
        var scalar: Unicode.Scalar
    }

    /// The first reference in `text` naming a character for which `isForbidden`
    /// is true; nil when there is none (one pass over the bytes).
    static func first(in text: String, where isForbidden: (Unicode.Scalar) -> Bool) -> Found? {
        var text = text
        return text.withByteSpan { bytes -> Found? in
            var i = 0
            while let amp = nextReferenceStart(bytes, from: i) {
                if let found = reference(bytes, at: amp), isForbidden(found.scalar) { return found }
                i = amp + 2
            }
            return nil
        }
    }

    /// The offset of the next `&#` at or after `i`.
    private static func nextReferenceStart(_ bytes: ByteSpan, from i: Int) -> Int? {
        var j = i
        while j + 1 < bytes.count {
            if bytes[j] == UInt8(ascii: "&"), bytes[j + 1] == UInt8(ascii: "#") { return j }
            j += 1
        }
        return nil
    }

    /// The reference starting with `&#` at `start`, if it is a complete one naming
    /// a character other than U+FFFD's stand-ins.
    private static func reference(_ bytes: ByteSpan, at start: Int) -> Found? {
        var i = start + 2
        let hex = i < bytes.count && (bytes[i] | 0x20) == UInt8(ascii: "x")
        if hex { i += 1 }
        let maxDigits = hex ? 6 : 7
        var value: UInt32 = 0
        var digits = 0
        while i < bytes.count, digits < maxDigits, let digit = digitValue(bytes[i], hex: hex) {
            value = value * (hex ? 16 : 10) + digit
            digits += 1
            i += 1
        }
        guard digits > 0, i < bytes.count, bytes[i] == UInt8(ascii: ";"), value != 0,
              let scalar = Unicode.Scalar(value) else { return nil }
        return Found(offset: start, length: i + 1 - start, scalar: scalar)
    }

    /// The value of an ASCII digit (hex digits when `hex`), or nil.
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

/// Characters XML 1.0 does not allow anywhere in a document: the C0 control
/// characters other than tab, line feed and carriage return, and the
/// noncharacters U+FFFE and U+FFFF (surrogates cannot occur in valid UTF-8).
/// A data value holding one could not reach MTurk's question XML or a page
/// intact, so it is refused (E0407).
enum XMLForbiddenCharacters {
    /// The first forbidden character in valid UTF-8 bytes: its offset and code point.
    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, scalar: UInt32)? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            var end = n
            if i + 8 <= n {
                // Eight bytes at a time: only a byte below 0x20 or an 0xEF lead needs a look.
                let w = ByteWords.load(base + i)
                let marks = ((w &- ByteWords.ones &* 0x20) & ~w & ByteWords.highs) | ByteWords.equal(w, 0xEF)
                if marks == 0 {
                    i += 8
                    continue
                }
                end = i + 8
            }
            while i < end {
                let b = base[i]
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return (i, UInt32(b)) }
                if b == 0xEF, i + 2 < n, base[i + 1] == 0xBF, base[i + 2] >= 0xBE {
                    return (i, base[i + 2] == 0xBE ? 0xFFFE : 0xFFFF)
                }
                i += 1
            }
        }
        return nil
    }
}

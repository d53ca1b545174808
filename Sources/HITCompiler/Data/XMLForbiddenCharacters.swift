/// Characters XML 1.0 does not allow anywhere in a document: the C0 control
/// characters other than tab, line feed and carriage return, and the
/// noncharacters U+FFFE and U+FFFF (surrogates cannot occur in valid UTF-8).
/// A data value holding one could not reach MTurk's question XML or a page
/// intact, so it is refused (E0407). The readers note the bytes that may start
/// one (`leads`) as they pass them, so values of clean rows are not searched.
enum XMLForbiddenCharacters {
    /// Every byte that may start a forbidden character (the forbidden control
    /// characters, and EF, which leads U+FFFE and U+FFFF), mapped to `value`,
    /// for a reader's byte-class table.
    static func leads(as value: UInt8) -> [UInt8: UInt8] {
        var classes: [UInt8: UInt8] = [0xEF: value]
        for b in UInt8(0)..<0x20 where b != 0x09 && b != 0x0A && b != 0x0D { classes[b] = value }
        return classes
    }

    /// True when a forbidden character starts at `i` (valid UTF-8 bytes).
    @inline(__always)
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x20 { return b != 0x09 && b != 0x0A && b != 0x0D }
        return b == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE
    }

    /// The first forbidden character in valid UTF-8 bytes: its offset and code point.
    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, scalar: UInt32)? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            var end = n
            if i + 8 <= n {
                // Eight bytes at a time: only a byte below 0x20 or an EF needs a look.
                let w = ByteWords.load(base + i)
                if ByteWords.below(w, 0x20) | ByteWords.equal(w, 0xEF) == 0 {
                    i += 8
                    continue
                }
                end = i + 8
            }
            while i < end {
                if starts(bytes, at: i) { return (i, bytes[i] < 0x20 ? UInt32(bytes[i]) : 0xFFFE + UInt32(bytes[i + 2] - 0xBE)) }
                i += 1
            }
        }
        return nil
    }
}

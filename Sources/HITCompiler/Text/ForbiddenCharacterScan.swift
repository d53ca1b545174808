/// Finding the characters of `ForbiddenCharacters`' two sets in UTF-8 bytes, fast:
/// the one home of the scans the data readers, the results readers and the
/// page guards share. Each scan reads eight bytes at a time and skips a word
/// that holds no byte a forbidden character can start with; only the rest is
/// decoded and looked up.
extension ForbiddenCharacters {
    /// Every byte that may start a character XML 1.0 forbids (the forbidden
    /// controls, and EF, which leads U+FFFE and U+FFFF), mapped to `value`, for a
    /// reader's byte-class table.
    static func leadsOfForbiddenInXML(as value: UInt8) -> [UInt8: UInt8] {
        var classes: [UInt8: UInt8] = [0xEF: value]
        for b in UInt8(0)..<0x20 where b != 0x09 && b != 0x0A && b != 0x0D { classes[b] = value }
        return classes
    }

    /// True when a character XML 1.0 forbids starts at `i` of valid UTF-8 `bytes`.
    @inline(__always)
    static func startsForbiddenInXML(_ bytes: ByteSpan, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x20 { return b != 0x09 && b != 0x0A && b != 0x0D }
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        return b == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] & 0xFE == 0xBE
    }

    /// The first character XML 1.0 forbids in valid UTF-8 `bytes`, and its byte offset.
    static func firstForbiddenInXML(in bytes: ByteSpan) -> (offset: Int, scalar: Unicode.Scalar)? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            var end = n
            if i + 8 <= n {
                // Only a byte below 0x20 or an EF needs a look.
                let w = ByteWords.load(base + i)
                if ByteWords.below(w, 0x20) | ByteWords.equal(w, 0xEF) == 0 {
                    i += 8
                    continue
                }
                end = i + 8
            }
            while i < end {
                if startsForbiddenInXML(bytes, at: i) {
                    let value = bytes[i] < 0x20 ? UInt32(bytes[i]) : 0xFFFE + UInt32(bytes[i + 2] & 1)
                    return (i, Unicode.Scalar(value)!)
                }
                i += 1
            }
        }
        return nil
    }

    /// True for every byte that may start a character of the spec's set: a C0
    /// control, DEL, C2 (the C1 controls), EF (U+FDD0-U+FDEF, U+FFFE, U+FFFF) and
    /// F0-F4 (the noncharacters of the other planes); a test walks every such
    /// character to keep this a superset.
    @inline(__always)
    static func mayStartForbiddenInSpec(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x7F || b == 0xC2 || b >= 0xEF
    }

    /// The first character of the spec's set (`isForbiddenInSpec`) in valid UTF-8
    /// `bytes`: its byte offset and the character.
    static func firstForbiddenInSpec(in bytes: ByteSpan) -> (offset: Int, scalar: Unicode.Scalar)? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            var end = n
            if i + 8 <= n {
                // A word of ASCII bytes with no control character and no DEL is skipped whole.
                let w = ByteWords.load(base + i)
                if ByteWords.below(w, 0x20) | ByteWords.equal(w, 0x7F) | (w & ByteWords.highs) == 0 {
                    i += 8
                    continue
                }
                end = i + 8
            }
            while i < end {
                if mayStartForbiddenInSpec(base[i]), let scalar = scalar(in: bytes, at: i), isForbiddenInSpec(scalar) {
                    return (i, scalar)
                }
                i += 1
            }
        }
        return nil
    }

    /// The character whose UTF-8 form starts at `i`, or nil when the bytes there are not one.
    private static func scalar(in bytes: ByteSpan, at i: Int) -> Unicode.Scalar? {
        var input = bytes.span(i..<min(bytes.count, i + 4)).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&input) { return scalar }
        return nil
    }
}

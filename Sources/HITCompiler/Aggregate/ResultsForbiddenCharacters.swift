/// Finds the characters a value of a results file may not hold (E0506): the
/// spec's set of `ForbiddenCharacters` (`isForbiddenInSpec`: the C0 controls
/// other than tab and line breaks, DEL, the C1 controls and the noncharacters).
///
/// Results values (item keys, worker ids, text answers) go into `labels.csv`,
/// `workers.csv`, `labels.jsonl` and `summary.json`, which other programs and
/// people read: control characters break CSV readers and terminals, XML's set
/// cannot go on into any XML the labels feed, and C1 controls and
/// noncharacters cannot come from a worker typing into a page (they are
/// mis-decoded or forged bytes). So results use the strict set, not the XML set
/// data files are held to: the one definition of both stays in `ForbiddenCharacters`.
///
/// The scan is one pass over the bytes, eight at a time: a word of ASCII bytes
/// with no control character and no DEL is skipped whole, and only a byte that
/// may start a forbidden character is decoded and looked up.
enum ResultsForbiddenCharacters {
    /// The first forbidden character in valid UTF-8 `bytes`: its byte offset and the character.
    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, scalar: Unicode.Scalar)? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            var end = n
            if i + 8 <= n {
                let w = ByteWords.load(base + i)
                if ByteWords.below(w, 0x20) | ByteWords.equal(w, 0x7F) | (w & ByteWords.highs) == 0 {
                    i += 8
                    continue
                }
                end = i + 8
            }
            while i < end {
                if mayStartForbidden(base[i]), let scalar = scalar(in: bytes, at: i),
                   ForbiddenCharacters.isForbiddenInSpec(scalar) {
                    return (i, scalar)
                }
                i += 1
            }
        }
        return nil
    }

    /// True for every byte that may start a forbidden character's UTF-8 form: a
    /// C0 control, DEL, C2 (the C1 controls), EF (U+FDD0-U+FDEF, U+FFFE, U+FFFF)
    /// and F0-F4 (the noncharacters of the other planes); a test walks every
    /// forbidden character to keep this a superset.
    @inline(__always)
    static func mayStartForbidden(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x7F || b == 0xC2 || b >= 0xEF
    }

    /// The character whose UTF-8 form starts at `i`, or nil when the bytes there are not one.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
        var input = UnsafeBufferPointer(rebasing: bytes[i..<min(bytes.count, i + 4)]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&input) { return scalar }
        return nil
    }
}

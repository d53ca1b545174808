/// Checks that bytes are well-formed UTF-8 (no overlongs, no surrogates,
/// nothing above U+10FFFF): the one validator of spec files, section files,
/// data files and results files.
enum UTF8Validation {
    /// The byte offset of the first ill-formed sequence, or nil when the bytes are valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withByteSpan { firstInvalidOffset(in: $0) }
    }

    /// The byte offset of the first ill-formed sequence in `buffer`, or nil when
    /// the bytes are valid. Takes a buffer so a window of a file is not copied.
    static func firstInvalidOffset(in buffer: ByteSpan) -> Int? {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return nil }
        var i = 0
        while i < n {
            // Fast path: skip ASCII eight bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let b1 = base[i + 1]
            if b1 < lower || b1 > upper { return i }
            var k = 2
            while k < length {
                if base[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += length
        }
        return nil
    }
}

/// The byte offsets at which a file's lines start (index 0 is line 1), four bytes
/// an entry for files under 4 GiB: a spec of eight million empty lines needs
/// 32 MB for its table, not 64.
///
/// Line breaks follow libyaml (YAML 1.1): `\n`, `\r\n`, `\r`, NEL (U+0085),
/// LS (U+2028) and PS (U+2029).
struct LineStarts: Sendable {
    private var narrow: [UInt32] = []
    private var wide: [Int] = []
    private let isWide: Bool

    /// The line starts of `bytes`.
    init(of bytes: [UInt8]) {
        isWide = bytes.count > Int(UInt32.max)
        if isWide { wide = [0] } else { narrow = [0] }
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                i += 1
                if b == 0x0A {
                    append(i)
                } else if b == 0x0D {
                    if i < n, buffer[i] == 0x0A { i += 1 }
                    append(i)
                } else if b == 0xC2, i < n, buffer[i] == 0x85 {
                    i += 1
                    append(i)
                } else if b == 0xE2, i + 1 < n, buffer[i] == 0x80, buffer[i + 1] == 0xA8 || buffer[i + 1] == 0xA9 {
                    i += 2
                    append(i)
                }
            }
        }
    }

    private mutating func append(_ offset: Int) {
        if isWide { wide.append(offset) } else { narrow.append(UInt32(truncatingIfNeeded: offset)) }
    }

    /// Number of lines.
    var count: Int { isWide ? wide.count : narrow.count }

    /// The offset at which line `index + 1` starts.
    subscript(index: Int) -> Int {
        isWide ? wide[index] : Int(narrow[index])
    }
}

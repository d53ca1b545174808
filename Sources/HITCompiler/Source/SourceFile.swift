/// The text of one input file with a table of line starts, so diagnostics can
/// quote the line they point at.
///
/// Line breaks follow libyaml (YAML 1.1): `\n`, `\r\n`, `\r`, NEL (U+0085),
/// LS (U+2028) and PS (U+2029), so line numbers agree with the parser's marks.
public final class SourceFile: Sendable {
    /// The path as the user named it (used verbatim in diagnostics).
    public let path: String
    /// The file's bytes, a UTF-8 byte-order mark removed.
    public let bytes: [UInt8]
    /// Byte offsets at which each line starts (index 0 is line 1).
    private let lineStarts: [Int]

    /// Wraps bytes already read. `bytes` must be valid UTF-8 (see `UTF8Validation`).
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.bytes = Array(bytes.dropFirst(3))
        } else {
            self.bytes = bytes
        }
        self.lineStarts = SourceFile.lineStarts(of: self.bytes)
    }

    /// Convenience for tests and generated input.
    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Number of lines (a final line without a break counts).
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break; nil when out of range.
    public func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        // Strip the break itself.
        while end > start {
            let b = bytes[end - 1]
            if b == 0x0A || b == 0x0D { end -= 1; continue }
            if end - start >= 2, bytes[end - 2] == 0xC2, b == 0x85 { end -= 2; continue }
            if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, b == 0xA8 || b == 0xA9 {
                end -= 3; continue
            }
            break
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The 1-based line and column (Unicode scalars) of a byte offset.
    public func location(ofByte offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < clamped {
            // Count scalar starts: every byte that is not a continuation byte.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: lo + 1, column: column)
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 {
                i += 1
                starts.append(i + 1)
            } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                i += 2
                starts.append(i + 1)
            }
            i += 1
        }
        return starts
    }
}

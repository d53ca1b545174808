/// Turns byte offsets of a data file into 1-based line and column (Unicode
/// scalars), lazily: only positions that end up in a diagnostic or a record are
/// computed.
///
/// Readers track the line of every row start (an anchor, always the start of a
/// line); a position is found by scanning from its row's anchor. Line breaks
/// follow `SourceFile` (`\n`, `\r\n`, `\r`, NEL, LS, PS), so a `SourceFile` built
/// from the same bytes quotes the right line.
struct DataLocator {
    /// The file's bytes, a byte-order mark already removed.
    let bytes: ByteSpan

    /// The location of `offset`, scanning from `anchorOffset`, which starts line `anchorLine`.
    func location(of offset: Int, anchorLine: Int, anchorOffset: Int) -> SourceLocation {
        var cursor = Cursor(bytes: bytes, anchorLine: anchorLine, anchorOffset: anchorOffset)
        return cursor.location(of: offset)
    }

    /// The range `[start, end)`, both scanned from one anchor.
    func range(from start: Int, to end: Int, anchorLine: Int, anchorOffset: Int) -> SourceRange {
        var cursor = Cursor(bytes: bytes, anchorLine: anchorLine, anchorOffset: anchorOffset)
        let s = cursor.location(of: start)
        return SourceRange(start: s, end: cursor.location(of: max(start, end)))
    }

    /// Locates increasing offsets of one row in a single pass.
    struct Cursor {
        let bytes: ByteSpan
        let anchorLine: Int
        let anchorOffset: Int
        private var offset: Int
        private var line: Int
        private var column = 1

        init(bytes: ByteSpan, anchorLine: Int, anchorOffset: Int) {
            self.bytes = bytes
            self.anchorLine = anchorLine
            self.anchorOffset = anchorOffset
            self.offset = anchorOffset
            self.line = anchorLine
        }

        /// The location of `target`; cheapest when targets do not decrease.
        mutating func location(of target: Int) -> SourceLocation {
            let target = min(max(target, anchorOffset), bytes.count)
            if target < offset {
                offset = anchorOffset
                line = anchorLine
                column = 1
            }
            var i = offset
            while i < target {
                // A break counts only once its last byte is passed.
                if let length = DataLocator.lineBreakLength(bytes, at: i), i + length <= target {
                    line += 1
                    column = 1
                    i += length
                    continue
                }
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            offset = i
            return SourceLocation(line: line, column: column)
        }
    }

    /// The length of the line break starting at `i`, or nil when none starts there.
    @inline(__always)
    static func lineBreakLength(_ bytes: ByteSpan, at i: Int) -> Int? {
        let n = bytes.count
        switch bytes[i] {
        case 0x0A: return 1
        case 0x0D: return i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
        case 0xC2: return i + 1 < n && bytes[i + 1] == 0x85 ? 2 : nil
        case 0xE2:
            return i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : nil
        default: return nil
        }
    }
}

/// The text of one input file with a table of line starts, so diagnostics can
/// quote the line they point at.
///
/// Line breaks follow libyaml (YAML 1.1): `\n`, `\r\n`, `\r`, NEL (U+0085),
/// LS (U+2028) and PS (U+2029), so line numbers agree with the parser's marks
/// (`LineStarts`).
public final class SourceFile: Sendable {
    /// The path as the user named it (used verbatim in diagnostics).
    let path: String
    /// The file's bytes, a UTF-8 byte-order mark removed.
    let bytes: [UInt8]
    /// 3 when the file began with a UTF-8 byte-order mark (removed from `bytes`), else 0.
    /// Add it to an offset in `bytes` to get the offset in the file on disk.
    let byteOrderMarkLength: Int
    /// Byte offsets at which each line starts (index 0 is line 1).
    private let lineStarts: LineStarts
    /// For each line longer than `columnStride` bytes (by 0-based index), the byte
    /// offsets of its columns `1 + k × columnStride` (k = 1, 2, ...), so a column
    /// deep in a long line is found by counting at most `columnStride` scalars.
    private let columnMarks: [Int: [Int]]
    /// Scalars between two entries of `columnMarks`.
    static let columnStride = 1024

    /// Wraps bytes already read. `bytes` should be valid UTF-8 (see `UTF8Validation`);
    /// positions in ill-formed bytes are approximate.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.bytes = Array(bytes.dropFirst(3))
            byteOrderMarkLength = 3
        } else {
            self.bytes = bytes
            byteOrderMarkLength = 0
        }
        self.lineStarts = LineStarts(of: self.bytes)
        self.columnMarks = SourceFile.columnMarks(of: self.bytes, lineStarts: lineStarts)
    }

    /// Convenience for tests and generated input.
    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Number of lines: one more than the number of line breaks, so a file that
    /// ends with a break has a last, empty line (where libyaml reports end-of-file errors).
    var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break; nil when out of range.
    func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        return String(decoding: bytes[lineStarts[line - 1]..<contentEnd(ofLine: line)], as: UTF8.self)
    }

    /// The 1-based line and column (Unicode scalars) of a byte offset in `bytes`.
    /// Costs a binary search and a count of at most `columnStride` scalars.
    func location(ofByte offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        if let marks = columnMarks[lo] {
            // Start from the last mark at or before the offset: marks[k] is column 1 + (k + 1) × stride.
            var a = 0, b = marks.count
            while a < b {
                let mid = (a + b) / 2
                if marks[mid] <= clamped { a = mid + 1 } else { b = mid }
            }
            if a > 0 {
                i = marks[a - 1]
                column = 1 + a * Self.columnStride
            }
        }
        while i < clamped {
            // Count scalar starts: every byte that is not a continuation byte.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: lo + 1, column: column)
    }

    /// The location itself when its line exists, else the end of the file.
    /// libyaml reports the end of a file without a final line break as the
    /// start of the line after the last, which does not exist.
    func clamped(_ location: SourceLocation) -> SourceLocation {
        if location.line < 1 { return SourceLocation(line: 1, column: 1) }
        if location.line > lineStarts.count { return self.location(ofByte: bytes.count) }
        return location
    }

    /// The byte offset in `bytes` of a location, the inverse of `location(ofByte:)`;
    /// nil when the line does not exist. A column past the end of the line gives
    /// the offset where the line's break (or the file) starts. Counts at most
    /// `columnStride` scalars, however long the line.
    func byteOffset(of location: SourceLocation) -> Int? {
        guard location.line >= 1, location.line <= lineStarts.count else { return nil }
        let end = contentEnd(ofLine: location.line)
        var i = lineStarts[location.line - 1]
        var column = 1
        if let marks = columnMarks[location.line - 1], location.column > Self.columnStride {
            let k = min(marks.count, (location.column - 1) / Self.columnStride)
            // A mark may lie in the line break; the loop below then does not run.
            i = min(marks[k - 1], end)
            column = 1 + k * Self.columnStride
        }
        while i < end, column < location.column {
            i += 1
            while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i
    }

    /// The byte range of a 1-based line's text, without its line break; nil when out of range.
    func lineBounds(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        return lineStarts[line - 1]..<contentEnd(ofLine: line)
    }

    /// The offset where a line's break starts (or the end of the file for the last line).
    private func contentEnd(ofLine line: Int) -> Int {
        let start = lineStarts[line - 1]
        guard line < lineStarts.count else { return bytes.count }
        let next = lineStarts[line]
        // A line holds exactly one break, at its end: CRLF, LF, CR, NEL (C2 85), LS/PS (E2 80 A8/A9).
        if next - start >= 2, bytes[next - 2] == 0x0D, bytes[next - 1] == 0x0A { return next - 2 }
        switch bytes[next - 1] {
        case 0x0A, 0x0D: return next - 1
        case 0x85: return next - 2
        default: return next - 3
        }
    }

    /// `columnMarks` for the lines of `bytes` that start at `lineStarts`.
    private static func columnMarks(of bytes: [UInt8], lineStarts: LineStarts) -> [Int: [Int]] {
        var marks: [Int: [Int]] = [:]
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<lineStarts.count {
                let start = lineStarts[index]
                let next = index + 1 < lineStarts.count ? lineStarts[index + 1] : buffer.count
                guard next - start > columnStride else { continue }
                var offsets: [Int] = []
                var scalars = 0
                for i in start..<next where buffer[i] & 0xC0 != 0x80 {
                    if scalars > 0, scalars % columnStride == 0 { offsets.append(i) }
                    scalars += 1
                }
                marks[index] = offsets
            }
        }
        return marks
    }

    /// The file's bytes as on disk (with its byte-order mark, if it had one).
    var rawBytes: [UInt8] {
        byteOrderMarkLength == 0 ? bytes : [0xEF, 0xBB, 0xBF] + bytes
    }
}

/// The part of one source line a diagnostic quotes: the whole line when it is
/// at most `maxColumns` columns long, else a window of that many columns around
/// the column the diagnostic points at, so quoting a long line costs the same
/// as quoting a short one.
struct SourceExcerpt: Sendable, Hashable {
    /// Most columns (Unicode scalars) quoted from one line.
    ///
    /// 200 keeps every line a person writes whole, and a line of many kilobytes
    /// (a flow mapping written on one line, a minified value) as one readable row.
    static let maxColumns = 200
    /// Columns shown before the pointed-at column when the window does not start the line.
    static let leadColumns = 50

    /// The quoted text, without a line break.
    var text: String
    /// The column of the first character of `text`.
    var firstColumn: Int
    /// True when the line has text before `text`.
    var clippedBefore: Bool
    /// True when the line has text after `text`.
    var clippedAfter: Bool
}

extension SourceFile {
    /// The part of `line` to quote for a diagnostic at `column`; nil when the line
    /// does not exist. Reads at most a few `maxColumns` of the line's bytes and
    /// finds the column by `byteOffset(of:)`, never by counting from the line's start.
    func excerpt(line: Int, around column: Int, maxColumns: Int = SourceExcerpt.maxColumns) -> SourceExcerpt? {
        guard let bounds = lineBounds(line) else { return nil }
        let firstWindowEnd = offset(after: maxColumns, from: bounds.lowerBound, end: bounds.upperBound)
        if firstWindowEnd == bounds.upperBound {
            return SourceExcerpt(text: text(bounds), firstColumn: 1, clippedBefore: false, clippedAfter: false)
        }
        // The pointed-at column, clamped to the line (a column past its end marks the end).
        let target = location(ofByte: byteOffset(of: SourceLocation(line: line, column: max(1, column))) ?? bounds.upperBound).column
        let lead = min(SourceExcerpt.leadColumns, maxColumns / 2)
        let first = target <= maxColumns - lead ? 1 : target - lead
        let start = first == 1 ? bounds.lowerBound : byteOffset(of: SourceLocation(line: line, column: first)) ?? bounds.lowerBound
        let end = first == 1 ? firstWindowEnd : offset(after: maxColumns, from: start, end: bounds.upperBound)
        return SourceExcerpt(text: text(start..<end), firstColumn: first,
                             clippedBefore: first > 1, clippedAfter: end < bounds.upperBound)
    }

    /// The offset just past `count` scalars from `start`, or `end` if the text ends first.
    private func offset(after count: Int, from start: Int, end: Int) -> Int {
        var i = start
        var scalars = 0
        while i < end, scalars < count {
            i += 1
            while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
            scalars += 1
        }
        return i
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

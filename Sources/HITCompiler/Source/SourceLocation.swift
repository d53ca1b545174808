/// A position in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars (not bytes, not grapheme clusters), the unit
/// libyaml's marks use; a tab counts as one column.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// A location from 1-based line and column numbers.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A half-open range `[start, end)` in one source file.
public struct SourceRange: Hashable, Sendable, Codable {
    /// The first position in the range.
    var start: SourceLocation
    /// The position just past the range (never before `start`).
    var end: SourceLocation

    /// A range from `start` to `end`; an `end` before `start` is moved to `start`.
    init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at one location.
    init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// A range on one line, `length` columns wide.
    init(line: Int, column: Int, length: Int = 1) {
        self.init(start: SourceLocation(line: line, column: column),
                  end: SourceLocation(line: line, column: column + max(0, length)))
    }
}

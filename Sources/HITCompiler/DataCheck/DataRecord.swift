/// One value of a data row.
public enum DataValue: Sendable, Hashable {
    /// No value: JSON `null`. (An empty CSV cell is `.text("")`.)
    case null
    /// A CSV cell, a JSON string, or a JSON number or boolean as written (`12.50`, `true`).
    case text(String)
    /// A JSON list of strings.
    case list([String])

    /// The value as one text: a list joined with `|` (the CSV form), null as "".
    public var text: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .list(let items): items.joined(separator: "|")
        }
    }
}

/// One named value of a row, in the order the file writes them.
public struct DataEntry: Sendable, Hashable {
    /// The column name (CSV header) or key (JSON Lines).
    public var name: String
    /// The value as read.
    public var value: DataValue
    /// Where the value is written.
    public var range: SourceRange
}

/// One row of a data file, handed to `DataFileChecker`'s row callback (for
/// `hitc batch` and previews) so a file is read once.
public struct DataRecord: Sendable {
    /// 1-based number among the data rows (the CSV header is not a row).
    public var number: Int
    /// Where the row starts.
    public var location: SourceLocation
    /// The byte offset of the row's start in the file (after any byte-order mark).
    public var offset: Int
    /// Every value of the row, columns of unknown names included.
    public var entries: [DataEntry]
    /// True when the row has an error: syntax, a value that does not fit, a
    /// required value missing. A repeated item key is found only once the whole
    /// file is read, so it is in the diagnostics but not here.
    public var hasErrors: Bool

    /// The value named `name`, if the row has it.
    public subscript(name: String) -> DataValue? {
        entries.first { $0.name == name }?.value
    }
}

/// What checking one data file found.
public struct DataCheckResult: Sendable {
    /// The file's diagnostics, sorted by position, capped (see `DataLimits`).
    public var diagnostics: [Diagnostic]
    /// Data rows read (the CSV header is not a row; blank lines are skipped).
    public var rowCount: Int
    /// The format read; nil when the extension is unknown.
    public var format: DataFormat?
    /// The file as a `SourceFile`, so a renderer can quote the lines diagnostics
    /// point at: set only when a diagnostic has a range and the file is at most
    /// `DataLimits.maxQuotedFileBytes` (a huge file is not copied for quoting).
    public var source: SourceFile?

    /// True when at least one diagnostic is an error (the summary of problems not shown included).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

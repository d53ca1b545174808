/// One value of a data row.
enum DataValue: Sendable, Hashable {
    /// No value: JSON `null`. (An empty CSV cell is `.text("")`.)
    case null
    /// A CSV cell, a JSON string, or a JSON number or boolean as written (`12.50`, `true`).
    case text(String)
    /// A JSON list of strings.
    case list([String])

    /// The value as one text: a list joined with `|` (the CSV form), null as "".
    var text: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .list(let items): items.joined(separator: "|")
        }
    }
}

/// One named value of a row, in the order the file writes them.
struct DataEntry: Sendable, Hashable {
    /// The column name (CSV header) or key (JSON Lines).
    var name: String
    /// The value as read.
    var value: DataValue
    /// Where the value is written.
    var range: SourceRange
}

/// One row of a data file, handed to `DataFileChecker`'s row callback (for
/// `hitc batch` and previews) so a file is read once.
struct DataRecord: Sendable {
    /// 1-based number among the data rows (the CSV header is not a row).
    var number: Int
    /// Where the row starts.
    var location: SourceLocation
    /// The byte offset of the row's start in the file (after any byte-order mark).
    var offset: Int
    /// Every value of the row, columns of unknown names included.
    var entries: [DataEntry]
    /// True when the row has an error: syntax, a value that does not fit, a
    /// required value missing. A repeated item key is found only once the whole
    /// file is read, so it is in the diagnostics but not here.
    var hasErrors: Bool

    /// The value named `name`, if the row has it.
    subscript(name: String) -> DataValue? {
        entries.first { $0.name == name }?.value
    }
}

/// What checking one data file found.
struct DataCheckResult: Sendable {
    /// The file's diagnostics, sorted by position, capped (see `DataLimits`).
    var diagnostics: [Diagnostic]
    /// Data rows read (the CSV header is not a row; blank lines are skipped).
    var rowCount: Int
    /// The format read; nil when the extension is unknown.
    var format: DataFormat?
    /// The file as a `SourceFile`, so a renderer can quote the lines diagnostics
    /// point at: set only when a diagnostic has a range and the file is at most
    /// `DataLimits.maxQuotedFileBytes` (a huge file is not copied for quoting).
    var source: SourceFile?

    /// True when at least one diagnostic is an error (the summary of problems not shown included).
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

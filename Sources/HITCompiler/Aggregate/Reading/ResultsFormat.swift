/// A shape of results file `hitc aggregate` reads, named as `--format` names it
/// (`long`, and each platform's own: see `ResultsFormats`).
public struct ResultsFormat: RawRepresentable, Hashable, Sendable, Codable {
    /// The format's `--format` word.
    public let rawValue: String
    /// The format named `rawValue` (registered or not).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// One judgment per row: `item`, `worker`, `question`, `answer`, optional
    /// `seconds` and `assignment` (CSV with a header, or JSON Lines). Not a
    /// platform's: every target's results can be written this way.
    static let long = ResultsFormat(rawValue: "long")

    /// Every format, in `--format` order.
    static var allCases: [ResultsFormat] { ResultsFormats.all.map(\.format) }
}

/// A results format as registered: how it is recognised and read, and how it
/// is named in messages and in `hitc aggregate --help`.
struct ResultsFormatEntry: Sendable {
    let format: ResultsFormat
    /// How a CSV file of this format is recognised and read; nil when it is never CSV.
    let csv: CSVResultsFormat?
    /// Whether a JSON Lines file may hold it (`ResultsReader+JSONLines` tells these apart by their first line).
    let readsJSONLines: Bool
    /// The error when the format is forced on a CSV file and `csv` is nil.
    var notCSV = ""
    /// The error when the format is forced on a JSON Lines file and `readsJSONLines` is false.
    var notJSONLines = ""
    /// The format in `--format`'s help: its name, with a word on it when the name is not enough.
    let optionHelp: String
    /// What the command reads in this format, for its discussion ("a long-format file (...)").
    let about: String
    /// How a JSON document (one array of nested objects, a platform's export)
    /// of this format is recognised and read; nil when it is never one.
    var jsonDocument: JSONDocumentResultsFormat? = nil
    /// The error when the format is forced on a JSON document and `jsonDocument` is nil
    /// (empty: a message naming the format is made up).
    var notJSONDocument = ""
}

/// How a CSV results format is recognised by its header and read.
struct CSVResultsFormat: Sendable {
    let format: ResultsFormat
    /// Whether the header's names fit the format (`--format auto`).
    let recognises: @Sendable ([String]) -> Bool
    /// The header the format expects, for the error when a header fits no format.
    let expected: String
    /// Maps the header's columns (names, their ranges, the header's range),
    /// reporting what is missing; nil when the rows cannot be read.
    let layout: @Sendable (ResultsReadRun, [String], [SourceRange], SourceRange) -> CSVLayout?
}

/// How the rows of a CSV file are read, decided once by its header: the
/// format's own row loop, bound to the header's columns. It is called once per
/// file (or part of one); the loop inside is concrete.
struct CSVLayout: Sendable {
    let format: ResultsFormat
    let readRows: @Sendable (ResultsReadRun, inout DataRowReader<CSVScanner>, inout RawRow) -> Void
    /// The same loop over a tab-separated file (`ResultsReader+TSV`); nil for a format that is only comma-separated.
    var readTabRows: (@Sendable (ResultsReadRun, inout DataRowReader<TSVScanner>, inout RawRow) -> Void)? = nil
}

extension ResultsFormatEntry {
    /// The long format (CSV or JSON Lines), registered beside the platforms' formats.
    static let long = ResultsFormatEntry(
        format: .long,
        csv: CSVResultsFormat(
            format: .long,
            recognises: { names in ["item", "worker", "question", "answer"].allSatisfy(names.contains) },
            expected: "the columns item, worker, question, answer (long format)",
            layout: { run, names, cellRanges, header in
                run.longColumns(names, cellRanges, header).map { columns in
                    CSVLayout(format: .long) { run, rows, row in run.readLongRows(&rows, &row, columns, columnCount: names.count) }
                }
            }),
        readsJSONLines: true,
        optionHelp: "long",
        about: "a long-format file (CSV or JSON Lines: item, worker, question, answer, [seconds], [assignment])")
}

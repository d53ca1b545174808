import Foundation

/// Checks a data file (`data.sample` or `quality.gold.file`) against the spec's
/// data schema and questions, streaming its rows: the file is read once, a
/// window at a time (`DataWindow`), rows are not kept (only the item keys,
/// about 40 bytes each and their bytes).
///
/// Reports: E0402 missing file (or not a regular file), E0403 unknown
/// extension, E0002 too large, E0003 invalid UTF-8, E0020 a file that changed
/// size while read, E0411 a row too long, E0404 / E0405 CSV / JSON Lines syntax, E0406 a
/// required column missing (or, in a gold file, no answer column at all),
/// E0407 a value that does not fit its field, E0408 a required value empty,
/// E0409 an item key used twice (found once the whole file is read), E0410 no
/// rows, E0317 an invalid gold answer, W0012 unknown columns (once per file).
/// At most `DataLimits.maxDiagnosticsPerFile` are listed, then one summary.
///
/// Positions are file:line:column (columns in Unicode scalars, line breaks as
/// `SourceFile` counts them), messages name the data row ("row 4", counting
/// from 1 after any header).
struct DataFileChecker: Sendable {
    /// The schema rows must fit.
    var schema: DataSchema
    /// The questions, whose answers a gold file gives.
    var questions: [Question]
    /// What the file holds.
    var role: DataFileRole
    /// File size and diagnostic limits.
    var limits: DataLimits

    /// A checker for files of one role.
    init(schema: DataSchema, questions: [Question], role: DataFileRole, limits: DataLimits = .default) {
        self.schema = schema
        self.questions = questions
        self.role = role
        self.limits = limits
    }

    /// Reads and checks the file at `url`; `displayPath` is the path as the
    /// user should see it in diagnostics. `onRow` receives every row as read
    /// (for `hitc batch` and previews), so the file is read once. When the
    /// result has an error, rows already handed to `onRow` must not be used.
    func check(fileAt url: URL, displayPath: String,
                      onRow: ((DataRecord) -> Void)? = nil) -> DataCheckResult {
        guard let format = DataFormat(path: url.lastPathComponent) else {
            return DataCheckResult(diagnostics: [unknownFormat(url.lastPathComponent, displayPath)],
                                   rowCount: 0, format: nil, source: nil)
        }
        switch DataFileLoader.open(url.path, displayPath: displayPath, limits: limits) {
        case .failed(let diagnostic):
            return DataCheckResult(diagnostics: [diagnostic], rowCount: 0, format: format, source: nil)
        case .opened(let file):
            let window = DataWindow(file: file, capacity: limits.windowBytes, maxRowBytes: limits.maxRowBytes)
            return check(window, displayPath: displayPath, format: format, onRow: onRow) {
                file.size <= limits.maxQuotedFileBytes ? try? file.readAll(limit: limits.maxQuotedFileBytes) : nil
            }
        }
    }

    /// One-call form of `check(fileAt:displayPath:onRow:)`.
    static func check(url: URL, displayPath: String, schema: DataSchema, questions: [Question],
                             role: DataFileRole, limits: DataLimits = .default,
                             onRow: ((DataRecord) -> Void)? = nil) -> DataCheckResult {
        DataFileChecker(schema: schema, questions: questions, role: role, limits: limits)
            .check(fileAt: url, displayPath: displayPath, onRow: onRow)
    }

    /// Checks bytes already in memory (tests, generated data, standard input).
    func check(bytes: [UInt8], displayPath: String, format: DataFormat,
                      onRow: ((DataRecord) -> Void)? = nil) -> DataCheckResult {
        guard bytes.count <= limits.maxFileBytes else {
            let d = DataFileLoader.diagnostic(.tooLarge(size: bytes.count, limit: limits.maxFileBytes), displayPath)
            return DataCheckResult(diagnostics: [d], rowCount: 0, format: format, source: nil)
        }
        return bytes.withByteSpan { buffer in
            check(DataWindow(memory: buffer), displayPath: displayPath, format: format, onRow: onRow) {
                buffer.count <= limits.maxQuotedFileBytes ? bytes : nil
            }
        }
    }

    /// Checks the rows of `window`; `quotable` gives the whole file for quoting
    /// lines in diagnostics, when it is small enough.
    private func check(_ window: DataWindow, displayPath: String, format: DataFormat,
                       onRow: ((DataRecord) -> Void)?, quotable: () -> [UInt8]?) -> DataCheckResult {
        var run = DataCheckRun(window: window, file: displayPath, format: format, schema: schema,
                               questions: questions, role: role, limits: limits, onRow: onRow)
        switch format {
        case .csv: run.runCSV()
        case .jsonLines: run.runJSONLines()
        }
        if let stop = run.stop {
            // The rows read are no check of the file: only why reading stopped.
            return DataCheckResult(diagnostics: [diagnostic(stop, displayPath)], rowCount: 0, format: format, source: nil)
        }
        run.reportRepeatedKeys()
        let diagnostics = run.sink.finish()
        var source: SourceFile?
        if diagnostics.contains(where: { $0.range != nil }), let bytes = quotable() {
            source = SourceFile(path: displayPath, bytes: bytes)
        }
        return DataCheckResult(diagnostics: diagnostics, rowCount: run.rowCount, format: format, source: source)
    }

    /// The diagnostic of a file whose reading stopped before its end.
    private func diagnostic(_ stop: DataReadStop, _ displayPath: String) -> Diagnostic {
        switch stop {
        case .invalidUTF8(let byte, let offset, let location):
            return Diagnostic(.invalidUTF8, DataReadStop.invalidUTF8Message(byte: byte, offset: offset),
                              file: displayPath, range: SourceRange(start: location, end: location))
        case .readFailed(let error, let location):
            if case .changedSize = error { return DataFileLoader.diagnostic(error, displayPath, at: location) }
            return DataFileLoader.diagnostic(error, displayPath)
        case .rowTooLong(let line):
            return Diagnostic(.rowTooLong,
                              "the row on line \(line) is longer than \(limits.maxRowBytes) bytes, the most one row may hold",
                              file: displayPath, range: SourceRange(line: line, column: 1),
                              notes: [DiagnosticNote("in a CSV file, a quoted cell whose closing '\"' is missing runs to the end of the file")])
        }
    }

    private func unknownFormat(_ name: String, _ displayPath: String) -> Diagnostic {
        var what = "no extension"
        if let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex {
            what = "the extension '\(name[dot...])'"
        }
        return Diagnostic(.unknownDataFormat, "data file '\(displayPath)' has \(what); use .csv, .jsonl or .ndjson",
                          file: displayPath, range: nil)
    }
}

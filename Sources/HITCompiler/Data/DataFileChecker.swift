import Foundation

/// Checks a data file (`data.sample` or `quality.gold.file`) against the spec's
/// data schema and questions, streaming its rows: the file is memory-mapped and
/// read once, rows are not kept (only the item keys, about 40 bytes each).
///
/// Reports: E0402 missing file, E0403 unknown extension, E0002 too large,
/// E0003 invalid UTF-8, E0404 / E0405 CSV / JSON Lines syntax, E0406 a
/// required column missing (or, in a gold file, no answer column at all),
/// E0407 a value that does not fit its field, E0408 a required value empty,
/// E0409 an item key used twice (found once the whole file is read), E0410 no
/// rows, E0317 an invalid gold answer, W0012 unknown columns (once per file).
/// At most `DataLimits.maxDiagnosticsPerFile` are listed, then one summary.
///
/// Positions are file:line:column (columns in Unicode scalars, line breaks as
/// `SourceFile` counts them), messages name the data row ("row 4", counting
/// from 1 after any header).
public struct DataFileChecker: Sendable {
    /// The schema rows must fit.
    public var schema: DataSchema
    /// The questions, whose answers a gold file gives.
    public var questions: [Question]
    /// What the file holds.
    public var role: DataFileRole
    /// File size and diagnostic limits.
    public var limits: DataLimits

    /// A checker for files of one role.
    public init(schema: DataSchema, questions: [Question], role: DataFileRole, limits: DataLimits = .default) {
        self.schema = schema
        self.questions = questions
        self.role = role
        self.limits = limits
    }

    /// Reads and checks the file at `url`; `displayPath` is the path as the
    /// user should see it in diagnostics. `onRow` receives every row as read
    /// (for `hitc batch` and previews), so the file is read once.
    public func check(fileAt url: URL, displayPath: String,
                      onRow: ((DataRecord) -> Void)? = nil) -> DataCheckResult {
        guard let format = DataFormat(path: url.lastPathComponent) else {
            return DataCheckResult(diagnostics: [unknownFormat(url.lastPathComponent, displayPath)],
                                   rowCount: 0, format: nil, source: nil)
        }
        switch DataFileLoader.load(url, displayPath: displayPath, limits: limits) {
        case .failed(let diagnostic):
            return DataCheckResult(diagnostics: [diagnostic], rowCount: 0, format: format, source: nil)
        case .loaded(let data):
            return data.withUnsafeBytes { raw in
                check(raw.bindMemory(to: UInt8.self), displayPath: displayPath, format: format, onRow: onRow)
            }
        }
    }

    /// One-call form of `check(fileAt:displayPath:onRow:)`.
    public static func check(url: URL, displayPath: String, schema: DataSchema, questions: [Question],
                             role: DataFileRole, limits: DataLimits = .default,
                             onRow: ((DataRecord) -> Void)? = nil) -> DataCheckResult {
        DataFileChecker(schema: schema, questions: questions, role: role, limits: limits)
            .check(fileAt: url, displayPath: displayPath, onRow: onRow)
    }

    /// Checks bytes already in memory (tests, generated data, standard input).
    public func check(bytes: [UInt8], displayPath: String, format: DataFormat,
                      onRow: ((DataRecord) -> Void)? = nil) -> DataCheckResult {
        guard bytes.count <= limits.maxFileBytes else {
            let d = Diagnostic(.fileTooLarge, "data file '\(displayPath)' is \(bytes.count) bytes; the limit is \(limits.maxFileBytes)",
                               file: displayPath, range: nil)
            return DataCheckResult(diagnostics: [d], rowCount: 0, format: format, source: nil)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            check(buffer, displayPath: displayPath, format: format, onRow: onRow)
        }
    }

    private func check(_ buffer: UnsafeBufferPointer<UInt8>, displayPath: String, format: DataFormat,
                       onRow: ((DataRecord) -> Void)?) -> DataCheckResult {
        if let bad = Self.firstInvalidUTF8(in: buffer) {
            return DataCheckResult(diagnostics: [invalidUTF8(buffer, at: bad, displayPath)], rowCount: 0,
                                   format: format, source: nil)
        }
        // A UTF-8 byte-order mark is skipped, as `SourceFile` does.
        var body = buffer
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            body = UnsafeBufferPointer(rebasing: buffer[3...])
        }
        var run = DataCheckRun(bytes: body, file: displayPath, format: format, schema: schema,
                               questions: questions, role: role, limits: limits, onRow: onRow)
        switch format {
        case .csv: run.runCSV()
        case .jsonLines: run.runJSONLines()
        }
        run.reportRepeatedKeys()
        let diagnostics = run.sink.finish()
        var source: SourceFile?
        if buffer.count <= limits.maxQuotedFileBytes, diagnostics.contains(where: { $0.range != nil }) {
            source = SourceFile(path: displayPath, bytes: Array(buffer))
        }
        return DataCheckResult(diagnostics: diagnostics, rowCount: run.rowCount, format: format, source: source)
    }

    /// `DataUTF8Validation` over the buffer a chunk at a time (never splitting a
    /// sequence), handing each chunk's pages back once validated (`ReadPages`), so
    /// this first pass over a large mapped file does not keep it all resident.
    static func firstInvalidUTF8(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var pages = ReadPages(buffer)
        var start = 0
        while start < buffer.count {
            var end = min(buffer.count, start + ReadPages.step)
            // Back up to the start of a sequence (at most three continuation bytes).
            var back = 0
            while end < buffer.count, back < 3, buffer[end] & 0xC0 == 0x80 {
                end -= 1
                back += 1
            }
            if let bad = DataUTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: buffer[start..<end])) {
                return start + bad
            }
            pages.readPast(end)
            start = end
        }
        return nil
    }

    private func unknownFormat(_ name: String, _ displayPath: String) -> Diagnostic {
        var what = "no extension"
        if let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex {
            what = "the extension '\(name[dot...])'"
        }
        return Diagnostic(.unknownDataFormat, "data file '\(displayPath)' has \(what); use .csv, .jsonl or .ndjson",
                          file: displayPath, range: nil)
    }

    private func invalidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, _ displayPath: String) -> Diagnostic {
        let bom = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: buffer[bom...])
        let location = DataLocator(bytes: body).location(of: offset - bom, anchorLine: 1, anchorOffset: 0)
        let byte = String(buffer[offset], radix: 16, uppercase: true)
        return Diagnostic(.invalidUTF8,
                          "the file is not valid UTF-8: byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(offset) does not start a valid sequence",
                          file: displayPath, range: SourceRange(start: location, end: location))
    }
}

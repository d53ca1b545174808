/// Reading a results file that is one JSON document: a top-level array of
/// nested objects, as platforms export (Label Studio, SageMaker Ground
/// Truth). `JSONArrayScanner` splits the elements off one at a time through
/// the same window as other files (an element longer than
/// `DataLimits.maxRowBytes` is E0505), `JSONValueParser` parses each (E0405 at
/// the problem's line and column; the next element is still read, unless the
/// array's own structure is broken), and the format's reader
/// (`JSONDocumentResultsFormat`) turns it into judgments. The format is
/// `--format`'s, else the first that recognises the first element.
extension ResultsReadRun {
    func readJSONDocument(_ rows: inout DataRowReader<JSONArrayScanner>) {
        var row = RawRow(maxKeptProblems: sink.limit)
        var read: ((JSONElement) -> Void)?
        if let forced, let entry = ResultsFormats.entry(forced)?.jsonDocument {
            format = forced
            read = entry.reader(self)
        }
        while !stopped, rows.nextRow(into: &row) {
            if row.start == row.end && row.problems.isEmpty { continue }
            self.rows += 1
            tick(rows.bytesRead)
            let bytes = rows.bytes
            if reportDocumentSyntax(row, bytes) {
                if row.isFatal { break }
                continue
            }
            let node: JSONNode
            switch JSONValueParser.parse(bytes, row.start..<row.end) {
            case .failure(let failure):
                sink.report(.malformedJSONLine) {
                    let start = self.elementRange(failure.offset, min(failure.offset + 1, row.end), row, bytes)
                    return Diagnostic(.malformedJSONLine, "element \(self.rows): \(failure.error.message)", file: file, range: start)
                }
                continue
            case .success(let parsed):
                node = parsed
            }
            if read == nil {
                guard let entry = Self.documentFormats.first(where: { $0.recognises(node) }) else {
                    headerFailed = true
                    sink.report(.unrecognisedResults) {
                        Diagnostic(.unrecognisedResults, "the first element fits no results format: expected \(Self.expectedDocuments)",
                                   file: file, range: elementRange(row.start, row.start, row, bytes),
                                   notes: [DiagnosticNote("--format says which is meant, and what is missing is then named")])
                    }
                    return
                }
                format = entry.format
                read = entry.reader(self)
            }
            read?(JSONElement(number: self.rows, root: node, row: row, bytes: bytes))
            rowName = nil
        }
    }

    /// Reports the scanner's problems in an element; true when there were any.
    private func reportDocumentSyntax(_ row: RawRow, _ bytes: ByteSpan) -> Bool {
        guard !row.problems.isEmpty else { return false }
        for problem in row.problems {
            sink.report(.malformedJSONLine) {
                let where_ = elementRange(problem.offset, max(problem.offset, problem.endOffset), row, bytes)
                return Diagnostic(.malformedJSONLine, "element \(rows): \(Self.message(problem.kind))", file: file, range: where_)
            }
        }
        return true
    }

    /// The formats a JSON document may hold, in detection order.
    static var documentFormats: [JSONDocumentResultsFormat] { ResultsFormats.all.compactMap(\.jsonDocument) }

    /// What their elements look like, for the error when the first fits none.
    static var expectedDocuments: String {
        let all = documentFormats.map(\.expected)
        return all.isEmpty ? "no format reads JSON documents" : all.joined(separator: " or ")
    }

    /// The error when `entry` is forced on a JSON document it cannot read.
    static func notDocument(_ entry: ResultsFormatEntry) -> String {
        if !entry.notJSONDocument.isEmpty { return entry.notJSONDocument }
        let kinds = entry.csv != nil && entry.readsJSONLines ? "CSV or JSON Lines" : entry.csv != nil ? "CSV" : "JSON Lines"
        return "this file is a JSON array (it starts with '['), but the \(entry.format.rawValue) format is \(kinds)"
    }
}

/// How a results file is written, decided before it is read.
enum ResultsFileKind {
    case csv, tsv, jsonLines, jsonDocument

    /// `.jsonl`/`.ndjson`: JSON Lines; `.json`, or a file whose first byte
    /// (after a byte-order mark and white space) is `[`: a JSON document;
    /// tab-separated (`ResultsReader.isTabSeparated`): TSV; else CSV.
    init(path: String, file: InputFile) {
        if DataFormat(path: path) == .jsonLines {
            self = .jsonLines
            return
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".json") {
            self = .jsonDocument
            return
        }
        self = Self.startsWithBracket(file) ? .jsonDocument : ResultsReader.isTabSeparated(path: path, file) ? .tsv : .csv
    }

    /// Whether the first byte that is not white space (after a byte-order mark) is `[`.
    private static func startsWithBracket(_ file: InputFile) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var offset = 0
        while true {
            let n = (try? buffer.withUnsafeMutableBytes { raw throws(InputFileError) in
                try file.read(into: raw, at: offset)
            }) ?? 0
            guard n > 0 else { return false }
            var k = 0
            if offset == 0, n >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { k = 3 }
            while k < n, buffer[k] == 0x20 || buffer[k] == 0x09 || buffer[k] == 0x0A || buffer[k] == 0x0D { k += 1 }
            if k < n { return buffer[k] == 0x5B }
            offset += n
            // A file of white space only is not worth reading to its end here.
            if offset >= 1 << 20 { return false }
        }
    }
}

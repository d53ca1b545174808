/// Reading a tab-separated results file (Toloka's assignments export): quoted
/// as CSV is (`TSVScanner`), its header picks the format as a CSV header does,
/// and the format's tab-separated row loop reads the rows.
extension ResultsReadRun {
    func readTSV(_ rows: inout DataRowReader<TSVScanner>) {
        var row = RawRow(maxKeptProblems: sink.limit)
        guard let layout = readCSVHeader(&rows, &row) else { return }
        guard let readTabRows = layout.readTabRows else {
            headerFailed = true
            let name = layout.format.rawValue
            sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, "the file is tab-separated, but the \(name) format is comma-separated (CSV)",
                           file: file, range: nil)
            }
            return
        }
        format = layout.format
        readTabRows(self, &rows, &row)
    }
}

extension ResultsReader {
    /// How many bytes of a file's first line are looked at to tell a tab-separated file.
    static let sniffedBytes = 64 << 10

    /// True for a `.tsv` file, or one whose first line holds a tab and no comma
    /// (a results header names several columns, so a comma-separated header has a comma).
    static func isTabSeparated(path: String, _ file: InputFile) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".tsv") { return true }
        var head = [UInt8](repeating: 0, count: min(sniffedBytes, max(0, file.size)))
        guard !head.isEmpty else { return false }
        let n = (try? head.withUnsafeMutableBytes { buffer throws(InputFileError) in try file.read(into: buffer, at: 0) }) ?? 0
        let line = head.prefix(n).prefix { $0 != 0x0A && $0 != 0x0D }
        return line.contains(0x09) && !line.contains(0x2C)
    }
}

/// The two formats a data file (`data.sample`, `quality.gold.file`) may use,
/// chosen by the file's extension.
enum DataFormat: String, Sendable, CaseIterable {
    /// RFC 4180 comma-separated values with a header row (`.csv`).
    case csv
    /// One JSON object per non-empty line (`.jsonl`, `.ndjson`).
    case jsonLines

    /// The format for a path's extension (case-insensitive); nil when the
    /// extension is neither `.csv` nor `.jsonl`/`.ndjson`.
    init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }
}

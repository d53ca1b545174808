/// Cells of CSV files hitc writes (RFC 4180: a cell holding a comma, a quote
/// or a line break is quoted, quotes doubled).
///
/// Upload files also guard against CSV injection (OWASP): a cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return may be run as a formula by
/// spreadsheet programs, so `encode` gives it a leading `'` (which spreadsheets
/// show as "text follows") and quotes any cell holding a `'`. Result files meant
/// to be joined back (`labels.csv`, `workers.csv`) are written verbatim with
/// `quoted`/`append` (docs/aggregate.md says why).
enum CSVCell {
    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// `text` with a leading `'` when it would start a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// `text` neutralised and quoted as needed, ready to write between commas.
    static func encode(_ text: String) -> String {
        let safe = neutralised(text)
        guard safe.utf8.contains(where: { needsQuotes($0) || $0 == 0x27 }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` as it is, quoted when RFC 4180 needs it.
    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: needsQuotes) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Appends `quoted(text)`'s bytes.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { bytes in
            guard !bytes.contains(where: needsQuotes) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain { return }
        out.append(0x22)
        for b in text.utf8 {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    @inline(__always)
    private static func needsQuotes(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D
    }
}

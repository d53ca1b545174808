/// Cells of upload CSV files: safe to open in a spreadsheet and to read back.
///
/// CSV injection (OWASP): a cell starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return may be run as a formula by spreadsheet programs, so it gets
/// a leading `'` (which spreadsheets show as "text follows"). Then RFC 4180:
/// a cell holding a comma, a quote, a line break or the `'` added above is
/// quoted, quotes doubled.
public enum CSVCell {
    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// `text` with a leading `'` when it would start a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// `text` neutralised and quoted as needed, ready to write between commas.
    public static func encode(_ text: String) -> String {
        let safe = neutralised(text)
        guard safe.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x27 }) else {
            return safe
        }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// DuckDB: standard string literals (a quote doubled, a backslash is a
/// backslash), `chr(n)` for the characters `SQLLiteralText` escapes; steps are
/// temporary tables.
struct DuckDBDialect: SQLDialect {
    let name = "duckdb"
    let client = "duckdb"

    func string(_ text: String) -> String { SQLChrLiteral.quote(text, prefix: "", backslash: "\\") }
    func identifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    let textType = "VARCHAR"
    let integerType = "BIGINT"
    let doubleType = "DOUBLE"

    func createStep(_ name: String) -> String { "CREATE OR REPLACE TEMP TABLE \(name) AS" }
    func createOutput(_ name: String) -> String { "CREATE OR REPLACE TABLE \(name) AS" }
    func dropTable(_ name: String) -> String { "DROP TABLE IF EXISTS \(name)" }

    func md5Prefix32(_ expr: String) -> String { "CAST(('0x' || SUBSTR(MD5(\(expr)), 1, 8)) AS BIGINT)" }
    func intDiv(_ a: String, _ b: String) -> String { "((\(a)) // (\(b)))" }
    func mod(_ a: String, _ b: String) -> String { "((\(a)) % (\(b)))" }
    func tryDouble(_ expr: String) -> String {
        "CASE WHEN REGEXP_MATCHES(\(expr), \(string(numberPattern))) THEN TRY_CAST(\(expr) AS DOUBLE) END"
    }
    func trimBlank(_ expr: String) -> String { "TRIM(\(expr), \(blankCharacters))" }
    func replaceAll(_ expr: String, _ pattern: String, _ replacement: String) -> String {
        "REGEXP_REPLACE(\(expr), \(string(pattern)), \(string(replacement)), 'g')"
    }
    func contains(_ haystack: String, _ needle: String) -> String { "(STRPOS(\(haystack), \(needle)) > 0)" }
    func joinNonNull(_ parts: [String], separator: String) -> String {
        "CONCAT_WS(\(separator), \(parts.joined(separator: ", ")))"
    }
    func orderedJoin(_ value: String, separator: String, orderBy: [String]) -> String {
        "STRING_AGG(\(value), \(separator) ORDER BY \(orderBy.joined(separator: ", ")))"
    }
    func trimTrailingZeros(_ expr: String) -> String { "RTRIM(\(expr), '0')" }
}

/// String literals in the dialects whose quotes are doubled (DuckDB,
/// PostgreSQL): the text between quotes, each escaped character as
/// `' || chr(n) || '`, the whole in parentheses when spliced.
enum SQLChrLiteral {
    /// `prefix` is `E` for a PostgreSQL escape string (then `backslash` is `\\`).
    static func quote(_ text: String, prefix: String, backslash: String) -> String {
        var parts: [String] = []
        var current = ""
        var spliced = false
        for u in text.unicodeScalars {
            if SQLLiteralText.isEscaped(u) {
                parts.append(prefix + "'" + current + "'")
                parts.append("chr(\(u.value))")
                current = ""
                spliced = true
            } else if u == "'" {
                current += "''"
            } else if u == "\\" {
                current += backslash
            } else {
                current.unicodeScalars.append(u)
            }
        }
        parts.append(prefix + "'" + current + "'")
        let kept = parts.filter { $0 != prefix + "''" }
        if !spliced { return parts[0] }
        return "(" + (kept.isEmpty ? "''" : kept.joined(separator: " || ")) + ")"
    }
}

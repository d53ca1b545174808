/// BigQuery (GoogleSQL): string literals with backslash escapes (`\\`, `\'`,
/// and `\UXXXXXXXX` for the characters `SQLLiteralText` escapes); steps are
/// temporary tables of the script, outputs tables of the default dataset
/// (`bq query --dataset_id=...`).
struct BigQueryDialect: SQLDialect {
    let name = "bigquery"
    let client = "bq query"

    func string(_ text: String) -> String {
        SQLBackslashLiteral.quote(text) { "\\U" + SQLHex.eight(Int($0.value)) }
    }
    func identifier(_ name: String) -> String { "`" + name.replacingOccurrences(of: "`", with: "\\`") + "`" }
    /// BigQuery column names hold letters, digits and `_` only (a backquoted dotted
    /// name is read as a path), so `relevance.accuracy` is `relevance__accuracy`.
    func figureColumn(_ question: String, _ figure: String) -> String { "\(question)__\(figure)" }

    let textType = "STRING"
    let integerType = "INT64"
    let doubleType = "FLOAT64"

    func createStep(_ name: String) -> String { "CREATE TEMP TABLE \(name) AS" }
    func createOutput(_ name: String) -> String { "CREATE OR REPLACE TABLE \(name) AS" }
    func dropTable(_ name: String) -> String { "DROP TABLE IF EXISTS \(name)" }

    func md5Prefix32(_ expr: String) -> String { "CAST(CONCAT('0x', SUBSTR(TO_HEX(MD5(\(expr))), 1, 8)) AS INT64)" }
    func intDiv(_ a: String, _ b: String) -> String { "DIV(\(a), \(b))" }
    func mod(_ a: String, _ b: String) -> String { "MOD(\(a), \(b))" }
    func tryDouble(_ expr: String) -> String {
        "CASE WHEN REGEXP_CONTAINS(\(expr), \(string(numberPattern))) THEN SAFE_CAST(\(expr) AS FLOAT64) END"
    }
    func trimBlank(_ expr: String) -> String { "TRIM(\(expr), \(blankCharacters))" }
    func replaceAll(_ expr: String, _ pattern: String, _ replacement: String) -> String {
        "REGEXP_REPLACE(\(expr), \(string(pattern)), \(string(replacement)))"
    }
    func contains(_ haystack: String, _ needle: String) -> String { "(STRPOS(\(haystack), \(needle)) > 0)" }
    func joinNonNull(_ parts: [String], separator: String) -> String {
        "ARRAY_TO_STRING([\(parts.joined(separator: ", "))], \(separator))"
    }
    func orderedJoin(_ value: String, separator: String, orderBy: [String]) -> String {
        "STRING_AGG(\(value), \(separator) ORDER BY \(orderBy.joined(separator: ", ")))"
    }
    func trimTrailingZeros(_ expr: String) -> String { "RTRIM(\(expr), '0')" }
}

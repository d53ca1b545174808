/// Spark SQL: string literals with backslash escapes (`\\`, `\'`, and
/// `\uXXXX` for the characters `SQLLiteralText` escapes and for `;`, which
/// `spark-sql` must never see as the end of a statement); every step is a
/// Parquet table of the session's catalog (`CREATE TABLE ... USING parquet AS`):
/// written once and read back, so a step's plan never holds the plans of the
/// steps before it (cached views would, and twenty EM iterations of them grow
/// past any driver's memory).
struct SparkDialect: SQLDialect {
    let name = "spark"
    let client = "spark-sql"

    func string(_ text: String) -> String {
        SQLBackslashLiteral.quote(text) { u in String(u).utf16.map { "\\u" + SQLHex.four(Int($0)) }.joined() }
    }
    func identifier(_ name: String) -> String { "`" + name.replacingOccurrences(of: "`", with: "``") + "`" }

    let textType = "STRING"
    let integerType = "BIGINT"
    let doubleType = "DOUBLE"

    func createStep(_ name: String) -> String { "CREATE TABLE \(name) USING parquet AS" }
    func createOutput(_ name: String) -> String { "CREATE TABLE \(name) USING parquet AS" }
    func dropTable(_ name: String) -> String { "DROP TABLE IF EXISTS \(name)" }

    func md5Prefix32(_ expr: String) -> String { "CAST(CONV(SUBSTR(MD5(\(expr)), 1, 8), 16, 10) AS BIGINT)" }
    func intDiv(_ a: String, _ b: String) -> String { "((\(a)) DIV (\(b)))" }
    func mod(_ a: String, _ b: String) -> String { "((\(a)) % (\(b)))" }
    /// Java's `$` also matches before a final line break: `\z` is the end of the text.
    func tryDouble(_ expr: String) -> String {
        "CASE WHEN \(expr) RLIKE \(string(String(numberPattern.dropLast()) + "\\z")) THEN TRY_CAST(\(expr) AS DOUBLE) END"
    }
    func trimBlank(_ expr: String) -> String { "TRIM(BOTH \(blankCharacters) FROM \(expr))" }
    func replaceAll(_ expr: String, _ pattern: String, _ replacement: String) -> String {
        "REGEXP_REPLACE(\(expr), \(string(pattern)), \(string(replacement)))"
    }
    func contains(_ haystack: String, _ needle: String) -> String { "(INSTR(\(haystack), \(needle)) > 0)" }
    func joinNonNull(_ parts: [String], separator: String) -> String {
        "CONCAT_WS(\(separator), \(parts.joined(separator: ", ")))"
    }
    func orderedJoin(_ value: String, separator: String, orderBy: [String]) -> String {
        "ARRAY_JOIN(TRANSFORM(ARRAY_SORT(COLLECT_LIST(NAMED_STRUCT(\(orderBy.enumerated().map { "'k\($0.offset)', \($0.element)" }.joined(separator: ", ")), 'v', \(value)))), e -> e.v), \(separator))"
    }
    func trimTrailingZeros(_ expr: String) -> String { "TRIM(TRAILING '0' FROM \(expr))" }
}

/// Hexadecimal digits for escapes.
enum SQLHex {
    static func four(_ v: Int) -> String { pad(String(v, radix: 16, uppercase: true), 4) }
    static func eight(_ v: Int) -> String { pad(String(v, radix: 16, uppercase: true), 8) }
    private static func pad(_ s: String, _ n: Int) -> String { String(repeating: "0", count: max(0, n - s.count)) + s }
}

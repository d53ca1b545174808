/// PostgreSQL: escape strings (`E'...'`, a backslash doubled, a quote doubled),
/// which read the same whatever `standard_conforming_strings` says, and
/// `chr(n)` for the characters `SQLLiteralText` escapes; steps are temporary tables.
struct PostgresDialect: SQLDialect {
    let name = "postgres"
    let client = "psql"

    func string(_ text: String) -> String { SQLChrLiteral.quote(text, prefix: "E", backslash: "\\\\") }
    func identifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    let textType = "TEXT"
    let integerType = "BIGINT"
    let doubleType = "DOUBLE PRECISION"

    func createStep(_ name: String) -> String { "CREATE TEMP TABLE \(name) AS" }
    func createOutput(_ name: String) -> String { "CREATE TABLE \(name) AS" }
    func dropTable(_ name: String) -> String { "DROP TABLE IF EXISTS \(name)" }

    func md5Prefix32(_ expr: String) -> String { "CAST(CAST(('x' || SUBSTR(MD5(\(expr)), 1, 8)) AS BIT(32)) AS BIGINT)" }
    func intDiv(_ a: String, _ b: String) -> String { "((\(a)) / (\(b)))" }
    func mod(_ a: String, _ b: String) -> String { "((\(a)) % (\(b)))" }
    /// PostgreSQL has no `TRY_CAST`: a number is recognised by its shape first.
    func tryDouble(_ expr: String) -> String {
        "CASE WHEN \(expr) ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$' THEN CAST(\(expr) AS DOUBLE PRECISION) END"
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

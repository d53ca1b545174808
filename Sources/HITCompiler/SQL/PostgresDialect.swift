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
    /// PostgreSQL has no `TRY_CAST` and stops on a number beyond a double, so a number is
    /// recognised by its shape, read exactly as NUMERIC first (up to 1000 characters and an
    /// exponent of three digits, so NUMERIC never stops either; longer spellings are NULL),
    /// and cast only when the cast cannot fail: from 2^1024 - 2^970 on a double is infinity
    /// (NULL here), and a non-zero number below half the smallest double (about
    /// 2.4703282292062328e-324) rounds to 0.
    func tryDouble(_ expr: String) -> String {
        let n = "CAST(\(expr) AS NUMERIC)"
        return "CASE WHEN \(expr) ~ '^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$' AND LENGTH(\(expr)) <= 1000 THEN "
            + "CASE WHEN ABS(\(n)) >= \(Self.infinity) THEN NULL "
            + "WHEN \(n) <> 0 AND ABS(\(n)) < 2.4703282292062328e-324 THEN CAST(0 AS DOUBLE PRECISION) "
            + "ELSE CAST(\(expr) AS DOUBLE PRECISION) END END"
    }
    /// 2^1024 - 2^970: a decimal number from here on rounds to infinity as a double.
    static let infinity = "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"
    func trimBlank(_ expr: String) -> String { "BTRIM(\(expr), \(blankCharacters))" }
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

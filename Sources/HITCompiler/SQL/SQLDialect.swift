/// The spellings one SQL engine needs: how a literal is quoted, how a table is
/// made from a query, and the few functions the engines name differently.
/// Every method compiler writes the same statements for every dialect and asks
/// the dialect only for these pieces, so the four scripts are one plan.
protocol SQLDialect: Sendable {
    /// `duckdb`, `spark`, `postgres`, `bigquery`.
    var name: String { get }
    /// The engine's client, for the script's header (`duckdb`, `spark-sql`, `psql`, `bq query`).
    var client: String { get }

    /// A string literal holding exactly `text`, whatever it contains. The ONE
    /// place data from the spec (option values, scale points) becomes SQL.
    func string(_ text: String) -> String
    /// A quoted identifier (a column named after a question: `"q.accuracy"`).
    func identifier(_ name: String) -> String
    /// The name of an output column holding a question's figure (`workers.csv`'s
    /// `<question>.accuracy`): `question.figure` where the engine allows a dot in a
    /// column name, else a spelling it allows (BigQuery: `question__figure`).
    func figureColumn(_ question: String, _ figure: String) -> String

    /// The column types.
    var textType: String { get }
    var integerType: String { get }
    var doubleType: String { get }

    /// The statement head making the intermediate table `name` from a query.
    func createStep(_ name: String) -> String
    /// The statement head making the output table `name` from a query.
    func createOutput(_ name: String) -> String
    /// A statement removing table `name` if it exists (the script's first statements).
    func dropTable(_ name: String) -> String

    /// The first 32 bits of the MD5 of text `expr` (lower-case hex), as an
    /// integer in `0 ..< 2^32`: the seed of the tie draw.
    func md5Prefix32(_ expr: String) -> String
    /// Integer division (truncating) and remainder of integers.
    func intDiv(_ a: String, _ b: String) -> String
    func mod(_ a: String, _ b: String) -> String
    /// Text `expr` as a double when it is spelled as `hitc aggregate` reads a number
    /// (`-?digits[.digits][e[+-]digits]`, `DecimalBytes`), else NULL; a number beyond a
    /// double is ±infinity or NULL, one that underflows is 0, and the script never stops on it.
    func tryDouble(_ expr: String) -> String
    /// Text `expr` without the spaces and tabs around it (as `FieldRules.trimmed`).
    func trimBlank(_ expr: String) -> String
    /// Text `expr` with every match of the regular expression `pattern` (a constant of hitc's,
    /// never data) replaced by the text `replacement`.
    func replaceAll(_ expr: String, _ pattern: String, _ replacement: String) -> String
    /// True when `needle` occurs in `haystack`.
    func contains(_ haystack: String, _ needle: String) -> String
    /// The non-NULL `parts` joined with `separator` (both SQL expressions).
    func joinNonNull(_ parts: [String], separator: String) -> String
    /// `value`s of a group joined with `separator`, in the order of `orderBy` (an aggregate).
    func orderedJoin(_ value: String, separator: String, orderBy: [String]) -> String
    /// Text `expr` with trailing `0` characters removed.
    func trimTrailingZeros(_ expr: String) -> String
}

extension SQLDialect {
    /// `question.figure`, as `workers.csv` names the column.
    func figureColumn(_ question: String, _ figure: String) -> String { "\(question).\(figure)" }

    /// `CAST(expr AS <type>)`.
    func cast(_ expr: String, _ type: String) -> String { "CAST(\(expr) AS \(type))" }
    func double(_ expr: String) -> String { cast(expr, doubleType) }
    func integer(_ expr: String) -> String { cast(expr, integerType) }
    func text(_ expr: String) -> String { cast(expr, textType) }

    /// A number from the spec as a double: written as Swift writes a double
    /// (round-trips exactly), cast so no engine reads it as a decimal type.
    /// The pattern of a number as `hitc aggregate` reads it (`DecimalBytes`), anchored.
    var numberPattern: String { "^-?[0-9]+([.][0-9]+)?([eE][+-]?[0-9]+)?$" }
    /// The characters `trimBlank` removes, as a literal.
    var blankCharacters: String { string(" \t") }

    func number(_ x: Double) -> String {
        guard x.isFinite else { return "CAST(NULL AS \(doubleType))" }
        if x == x.rounded(), abs(x) < 1e15 { return double(String(Int64(x))) }
        return double("\(x)")
    }
}

/// The dialects `hitc sql --dialect` accepts.
public enum SQLDialectName: String, CaseIterable, Sendable {
    case duckdb, spark, postgres, bigquery

    var dialect: any SQLDialect {
        switch self {
        case .duckdb: DuckDBDialect()
        case .spark: SparkDialect()
        case .postgres: PostgresDialect()
        case .bigquery: BigQueryDialect()
        }
    }
}

/// Characters a literal never carries as they are, in any dialect: controls
/// (C0, DEL, C1), bidirectional controls and marks, line and paragraph
/// separators, the byte-order mark. A script holding them raw could read
/// differently on screen than to the engine ("Trojan source"), or be cut by a
/// client at a line break; each dialect writes them as an escape or `chr(n)`.
enum SQLLiteralText {
    static func isEscaped(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x200E...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x061C || v == 0xFEFF
    }
}

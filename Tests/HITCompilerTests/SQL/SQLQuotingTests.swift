import Foundation
import Testing
@testable import HITCompiler

/// Every value from the spec reaches SQL through its dialect's one quoting
/// function; hostile values stay data.
@Suite struct SQLQuotingTests {
    static let hostile = ["it's", "back\\slash", "\"double\"", "two\nlines", "'); DROP TABLE judgments; --",
                          "rtl \u{202E}gnp.exe", "😀 non-BMP", "semi;colon", "tab\there", "", "''", "\\'"]

    /// Reads a literal back as the dialect's lexer does (the test's own reading of each dialect's rules).
    static func read(_ literal: String, _ dialect: SQLDialectName) -> String? {
        var s = literal
        var parts: [String] = []
        if s.hasPrefix("("), s.hasSuffix(")") { s = String(s.dropFirst().dropLast()) }
        for piece in s.components(separatedBy: " || ") {
            if piece.hasPrefix("chr("), let n = UInt32(piece.dropFirst(4).dropLast()), let u = Unicode.Scalar(n) {
                parts.append(String(u))
                continue
            }
            var body = Substring(piece)
            let escapes = dialect == .spark || dialect == .bigquery || (dialect == .postgres && body.hasPrefix("E"))
            if body.hasPrefix("E") { body = body.dropFirst() }
            guard body.hasPrefix("'"), body.hasSuffix("'"), body.count >= 2 else { return nil }
            let inner = Array(body.dropFirst().dropLast().unicodeScalars)
            var out = String.UnicodeScalarView()
            var i = 0
            while i < inner.count {
                if escapes, inner[i] == "\\" {
                    let next = inner[i + 1]
                    if next == "u" || next == "U" {
                        let width = next == "u" ? 4 : 8
                        let hex = String(String.UnicodeScalarView(inner[(i + 2)..<(i + 2 + width)]))
                        out.append(Unicode.Scalar(UInt32(hex, radix: 16)!) ?? "?")
                        i += 2 + width
                    } else {
                        out.append(next)
                        i += 2
                    }
                } else if inner[i] == "'" {
                    guard !escapes || dialect == .postgres, i + 1 < inner.count, inner[i + 1] == "'" else { return nil }
                    out.append("'")
                    i += 2
                } else {
                    out.append(inner[i])
                    i += 1
                }
            }
            parts.append(String(out))
        }
        // Spark writes a non-BMP character as two \u escapes (UTF-16): join the surrogates back.
        return parts.joined()
    }

    @Test(arguments: SQLDialectName.allCases)
    func hostileStringsRoundTrip(_ dialect: SQLDialectName) {
        let d = dialect.dialect
        for value in Self.hostile {
            let literal = d.string(value)
            if dialect == .spark, value.unicodeScalars.contains(where: { $0.value > 0xFFFF }) {
                #expect(literal.contains("\\uD83D\\uDE00") || !literal.contains("\\u"), "\(literal)")
                continue
            }
            #expect(Self.read(literal, dialect) == value, "\(dialect): \(literal)")
            // Nothing that a client or a reader could take for something else.
            #expect(!literal.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{202E}" })
            if dialect == .spark { #expect(!literal.contains(";")) }
        }
    }

    @Test func eachDialectQuotesAsItsEngineReads() {
        #expect(DuckDBDialect().string("it's \\ x") == "'it''s \\ x'")
        #expect(PostgresDialect().string("it's \\ x") == "E'it''s \\\\ x'")
        #expect(SparkDialect().string("it's \\ x;") == "'it\\'s \\\\ x\\u003B'")
        #expect(BigQueryDialect().string("it's \\ x") == "'it\\'s \\\\ x'")
        #expect(DuckDBDialect().string("a\nb") == "('a' || chr(10) || 'b')")
        #expect(PostgresDialect().string("\u{202E}") == "(chr(8238))")
        #expect(BigQueryDialect().string("\u{202E}😀") == "'\\U0000202E😀'")
        #expect(SparkDialect().string("\u{202E}") == "'\\u202E'")
        #expect(DuckDBDialect().identifier("q\"x.accuracy") == "\"q\"\"x.accuracy\"")
        #expect(SparkDialect().identifier("q`x") == "`q``x`")
    }

    /// A spec whose option values are hostile: the script holds them only inside literals.
    @Test(arguments: SQLDialectName.allCases)
    func hostileOptionValuesStayData(_ dialect: SQLDialectName) throws {
        let values = ["it's; DROP TABLE judgments; --", "back\\slash \"q\"", "rtl \u{202E}x", "😀", "x'||'y"]
        let path = try SQLTestSupport.write(SQLTestSupport.spec(options: values))
        let result = SQLRunner.run(specPath: path, options: SQLOptions(dialect: dialect))
        let script = try #require(result.script, "\(result.diagnostics)")
        let code = SQLTestSupport.code(script, dialect: dialect)
        #expect(!code.contains("DROP TABLE judgments"))
        #expect(!code.contains("slash"))
        #expect(!code.contains("||'y"))
        #expect(!script.unicodeScalars.contains("\u{202E}"))
        for value in values where !(dialect == .spark && value == "😀") {
            #expect(script.contains(dialect.dialect.string(value)), "\(value)")
        }
    }

    @Test func numbersFromTheSpecCannotOverflow() {
        let d = PostgresDialect()
        #expect(d.number(0.7) == "CAST(0.7 AS DOUBLE PRECISION)")
        #expect(d.number(60) == "CAST(60 AS DOUBLE PRECISION)")
        #expect(d.number(1e300) == "CAST(1e+300 AS DOUBLE PRECISION)")
        #expect(d.number(.infinity) == "CAST(NULL AS DOUBLE PRECISION)")
    }
}

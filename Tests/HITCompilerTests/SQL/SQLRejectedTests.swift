import Foundation
import Testing
@testable import HITCompiler

/// `hitc_rejected`: the judgments a script leaves out (those `hitc aggregate` refuses), listed with a reason.
@Suite struct SQLRejectedTests {
    static let specs = ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"]

    @Test(arguments: SQLDialectName.allCases)
    func everyDialectWritesTheRejectedTableRightAfterDecoding(_ dialect: SQLDialectName) throws {
        for name in Self.specs {
            let path = Paths.specs.appendingPathComponent("\(name)/spec.yaml").path
            let script = try #require(SQLRunner.run(specPath: path, options: SQLOptions(dialect: dialect)).script)
            let statements = script.components(separatedBy: ";\n")
            let rejected = try #require(statements.firstIndex { $0.contains("hitc_rejected") && $0.contains("AS reason") }, "\(name)")
            #expect(statements[rejected - 1].contains("TABLE hitc_kept"), "\(name): right after the input steps")
            #expect(statements[rejected].contains("WOULD REFUSE THIS RESULTS FILE"))
            #expect(statements[rejected].contains("AS reason"))
            #expect(script.contains("DROP TABLE IF EXISTS hitc_rejected"), "a rerun starts clean")
            #expect(script.contains("hitc_rejected(item, worker, question, answer, reason)"), "the header names it")
        }
    }

    @Test func eachShapeHasItsReasonAndUnknownQuestionsAreListedEvenBlank() throws {
        let path = Paths.specs.appendingPathComponent("answer-helpfulness/spec.yaml").path
        let script = try #require(SQLRunner.run(specPath: path, options: SQLOptions(dialect: .duckdb)).script)
        let step = try #require(script.components(separatedBy: ";\n").first { $0.contains("TABLE hitc_rejected AS") })
        for reason in ["not a question of the spec", "no item or worker", "not an option of the question",
                       "not a scale point of the question", "not a number"] {
            #expect(step.contains("'\(reason)'"), "\(reason)")
        }
        #expect(step.contains("OR question IS NULL OR NOT (question IN ("), "rows of other questions are listed even when blank")
        #expect(step.contains("written AS question"), "the question as the row writes it")
    }

    /// A number is read as `hitc aggregate` reads it (`DecimalBytes`' spelling, the question's
    /// bounds), and a PostgreSQL script never casts text that could stop it.
    @Test(arguments: SQLDialectName.allCases)
    func numbersAreReadAsHitcReadsThem(_ dialect: SQLDialectName) throws {
        let path = Paths.specs.appendingPathComponent("answer-helpfulness/spec.yaml").path
        let script = try #require(SQLRunner.run(specPath: path, options: SQLOptions(dialect: dialect)).script)
        let decoded = try #require(script.components(separatedBy: ";\n").first { $0.contains("TABLE hitc_decoded ") })
        let pattern = dialect == .postgres ? "'^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$'"
            : dialect == .spark ? "'^-?[0-9]+([.][0-9]+)?([eE][+-]?[0-9]+)?\\\\z'" : "'^-?[0-9]+([.][0-9]+)?([eE][+-]?[0-9]+)?$'"
        #expect(decoded.contains(pattern), "\(dialect): the native spelling of a number")
        #expect(decoded.contains("BETWEEN CAST(0 AS \(dialect.dialect.doubleType)) AND CAST(10 AS \(dialect.dialect.doubleType))"),
                "\(dialect): errors_a's min and max")
        if dialect == .postgres {
            #expect(decoded.contains(">= \(PostgresDialect.infinity) THEN NULL"), "beyond a double: no cast")
        }
    }

    @Test func aSetWithAnUnknownOptionDecodesToNothing() throws {
        let path = Paths.specs.appendingPathComponent("product-categorisation/spec.yaml").path
        let script = try #require(SQLRunner.run(specPath: path, options: SQLOptions(dialect: .postgres)).script)
        let decoded = try #require(script.components(separatedBy: ";\n").first { $0.contains("TEMP TABLE hitc_decoded AS") })
        // 'vegan|kosher' has two pieces and one known option: refused natively, left out (and listed) here.
        #expect(decoded.contains("- LENGTH(REPLACE(TRIM(j.answer), '|', '')) + 1") || decoded.contains("- LENGTH(REPLACE(j.answer, '|', '')) + 1"), "pieces counted")
        #expect(script.contains("'not a set of the question''s options'") || script.contains("E'not a set of the question''s options'"))
    }
}

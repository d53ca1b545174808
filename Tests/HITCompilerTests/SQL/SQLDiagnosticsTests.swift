import Foundation
import Testing
@testable import HITCompiler

/// What `hitc sql` says about a spec: the check's errors, and the questions it leaves out.
@Suite struct SQLDiagnosticsTests {
    @Test(arguments: ["wawa", "one_coin", "zero_based_skill", "glad", "mace"])
    func anUncompiledMethodLeavesTheQuestionOutWithAWarning(_ method: String) throws {
        let path = try SQLTestSupport.write(SQLTestSupport.spec(options: ["a", "b"], method: method))
        let result = SQLRunner.run(specPath: path, options: SQLOptions(dialect: .duckdb))
        let script = try #require(result.script)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("question 'label'") == true)
        #expect(result.warnings.first?.contains("'\(method)'") == true)
        // A coded warning (W0020) at the rule's method, with a method that compiles in its note.
        let leftOut = try #require(result.diagnostics.only)
        #expect(leftOut.code == .sqlQuestionLeftOut && leftOut.severity == .warning)
        #expect(leftOut.file == path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("method: \(method)") })
        let column = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)[line].range(of: method))
        let lineText = text.split(separator: "\n", omittingEmptySubsequences: false)[line]
        #expect(leftOut.range?.start.line == line + 1)
        #expect(leftOut.range?.start.column == lineText.unicodeScalars.distance(from: lineText.startIndex, to: column.lowerBound) + 1)
        #expect(leftOut.message.contains("question 'label'") && leftOut.message.contains("'\(method)'"))
        #expect(leftOut.notes.first?.message.contains("majority, weighted_majority or dawid_skene") == true)
        #expect(script.contains("--   label (single_choice): NOT IN THIS SCRIPT (\(method) is not compiled to SQL"))
        #expect(script.contains("-- Warnings:"))
        // No step labels it: no method column names it, no answered item is listed for it.
        #expect(!script.contains("THEN '\(method)'"))
        #expect(script.contains("WHERE is_gold = 0 AND (1 = 0)"))
    }

    @Test func compiledMethodsHaveNoWarnings() throws {
        for method in ["majority", "weighted_majority", "dawid_skene"] {
            let path = try SQLTestSupport.write(SQLTestSupport.spec(options: ["a", "b"], method: method))
            let result = SQLRunner.run(specPath: path, options: SQLOptions(dialect: .postgres))
            #expect(result.script != nil && result.warnings.isEmpty && result.diagnostics.isEmpty, "\(method)")
        }
    }

    @Test func aSpecWithErrorsGivesTheCheckDiagnosticsAndNoScript() throws {
        let path = try SQLTestSupport.write(SQLTestSupport.spec(options: ["a", "a"]))
        let result = SQLRunner.run(specPath: path, options: SQLOptions(dialect: .spark))
        let check = Pipeline.check(path: path)
        #expect(result.script == nil)
        #expect(!result.diagnostics.isEmpty)
        #expect(result.diagnostics == check.diagnostics.filter { $0.severity == .error })
    }

    @Test func warningsAsErrorsGiveNoScript() throws {
        let path = try SQLTestSupport.write(SQLTestSupport.spec(options: ["a", "b"], method: "glad"))
        let strict = SQLRunner.run(specPath: path, options: SQLOptions(dialect: .duckdb), warningsAsErrors: true)
        #expect(strict.script == nil)
        #expect(strict.diagnostics.contains { $0.code == .sqlQuestionLeftOut })
    }
}

extension Array {
    /// The one element, or nil when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}

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
            #expect(result.script != nil && result.warnings.isEmpty, "\(method)")
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
}

import Foundation
import Testing
@testable import HITCompiler

/// The scripts of the example specs, per dialect, are the spec of `hitc sql`'s
/// output: `Tests/Golden/sql/<spec>.<dialect>.sql` (`HITC_UPDATE_GOLDEN=1` rewrites them).
@Suite struct SQLGoldenTests {
    static let golden = Paths.root.appendingPathComponent("Tests/Golden/sql")

    @Test(arguments: SQLDialectName.allCases)
    func exampleSpecsMatchTheirGoldens(_ dialect: SQLDialectName) throws {
        #expect(!Paths.exampleSpecs.isEmpty)
        for spec in Paths.exampleSpecs {
            let name = spec.deletingLastPathComponent().lastPathComponent
            let result = SQLRunner.run(specPath: spec.path, options: SQLOptions(dialect: dialect))
            let script = try #require(result.script, "\(name): \(result.diagnostics)")
            let url = Self.golden.appendingPathComponent("\(name).\(dialect.rawValue).sql")
            if Paths.updatingGoldens {
                try script.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(script == expected, "\(url.lastPathComponent) is stale: run HITC_UPDATE_GOLDEN=1 swift test --filter SQLGoldenTests")
        }
    }

    /// The same plan in every dialect: the same statements, named the same, in the same order, each with its comment.
    @Test func everyDialectHasTheSamePlan() throws {
        for spec in Paths.exampleSpecs {
            let check = Pipeline.check(path: spec.path)
            let checked = try #require(check.checked)
            let plans = SQLDialectName.allCases.map { dialect in
                SQLCompiler(checked, options: SQLOptions(dialect: dialect, iterations: 3, seconds: true, assignment: true,
                                                         orderColumn: "seq")).script(warnings: []).statements
            }
            let names = plans.map { $0.map { $0.name ?? "-" } }
            #expect(names.allSatisfy { $0 == names[0] }, "\(spec.path)")
            #expect(Set(names[0].filter { $0 != "-" }).count == names[0].filter { $0 != "-" }.count, "a step name twice")
            #expect(names[0].contains("hitc_labels") && names[0].contains("hitc_workers") && names[0].contains("hitc_agreement"))
            for plan in plans { #expect(plan.allSatisfy { $0.name == nil || !$0.comment.isEmpty }, "every step says what it computes") }
        }
    }

    /// `--iterations N` writes N M-steps and N E-steps, and the labels read the last posteriors.
    @Test func dawidSkeneRunsExactlyTheIterationsAsked() throws {
        let path = try SQLTestSupport.write(SQLTestSupport.spec(options: ["a", "b"], method: "dawid_skene"))
        let script = try #require(SQLRunner.run(specPath: path, options: SQLOptions(dialect: .duckdb, iterations: 7)).script)
        #expect(script.contains("TABLE hitc_ds_post_7 AS"))
        #expect(!script.contains("TABLE hitc_ds_post_8 AS"))
        #expect(script.contains("FROM hitc_ds_post_7 p JOIN counted"))
        #expect(script.components(separatedBy: "Iteration ").count - 1 == 3 * 7 + 2, "prior, conf and post per iteration, and the last counts")
    }
}

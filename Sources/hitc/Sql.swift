import ArgumentParser
import Foundation
import HITCompiler

/// `hitc sql SPEC --dialect D [-o FILE]`: the spec's aggregation as one SQL script.
struct Sql: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Write the spec's aggregation as one SQL script for DuckDB, Spark, PostgreSQL or BigQuery.",
        discussion: """
            The script reads a table or view judgments(item, worker, question, answer) (text columns; \
            multi_choice answers joined by '|'; optionally seconds, assignment and a row-order column), and, \
            when the spec has gold, gold(item, question, answer). It writes hitc_labels(question, item, label, \
            confidence, status, judgments, method, best), hitc_workers (the columns of workers.csv) and \
            hitc_agreement(question, metric, value), the same labels hitc aggregate writes to labels.csv, and \
            hitc_rejected(item, worker, question, answer, reason): the judgments left out as invalid (if any, \
            hitc aggregate would refuse the answers). \
            dawid_skene runs exactly --iterations EM iterations (hitc aggregate --iterations N computes the same). \
            A question whose method is not compiled is left out with warning W0020 (located at its method). See docs/sql.md.
            Exit status: 0 done, 1 errors in the spec (nothing written), 64 usage error.
            """
    )

    @Argument(help: "The spec whose aggregation to compile.")
    var spec: String

    @Option(help: "The SQL dialect: duckdb, spark, postgres or bigquery.")
    var dialect: String

    @Option(name: .shortAndLong, help: "Write the script to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Dawid-Skene EM iterations, exactly (each an M-step and an E-step).")
    var iterations: Int = SQLOptions.defaultIterations

    @Flag(help: "judgments has a seconds column (implied by quality.checks.min_seconds_per_hit).")
    var seconds = false

    @Flag(help: "judgments has an assignment column: timing counts once per assignment.")
    var assignment = false

    @Option(name: .customLong("order-column"), help: "A column of judgments giving the results file's row order (first answer counts, collect order).")
    var orderColumn: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard SQLDialectName(rawValue: dialect) != nil else {
            throw ValidationError("--dialect must be one of: \(SQLDialectName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if diagnostics.format != .text && output == nil {
            throw ValidationError("with --diagnostics-format \(diagnostics.format.rawValue), standard output holds the diagnostics: write the script with -o FILE")
        }
        if iterations < 1 || iterations > 1000 { throw ValidationError("--iterations must be from 1 to 1000") }
        if let orderColumn, orderColumn.range(of: "^[A-Za-z_][A-Za-z0-9_]{0,62}$", options: .regularExpression) == nil {
            throw ValidationError("--order-column must be a plain column name (letters, digits, _)")
        }
    }

    func run() throws {
        let options = SQLOptions(dialect: SQLDialectName(rawValue: dialect)!, iterations: iterations, seconds: seconds,
                                 assignment: assignment, orderColumn: orderColumn)
        let result = SQLRunner.run(specPath: spec, options: options, check: diagnostics.checkOptions,
                                   warningsAsErrors: diagnostics.warningsAsErrors)
        let failed = diagnostics.emit(result.diagnostics, sources: result.sources)
        guard !failed, let script = result.script else { throw ExitCode.failure }
        guard let output else {
            Output.stdout(script)
            return
        }
        do {
            // `.atomic`: written to a temporary file beside it, then renamed: never half a script.
            try Data(script.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Output.stderr("hitc: error: cannot write '\(TerminalText.escaped(output))': \(TerminalText.escaped(error.localizedDescription))\n")
            throw ExitCode.failure
        }
    }
}

import ArgumentParser
import Foundation
import HITCompiler

/// `hitc aggregate SPEC --results FILE [-o DIR]`: answers in, labels, worker
/// scores and agreement figures out.
struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn workers' answers into final labels, worker scores and agreement figures.",
        discussion: """
            Reads \(PlatformHelp.aggregateInputs) and writes \
            labels.csv, labels.jsonl, workers.csv and summary.json into the output folder (default: out/<spec id>/aggregate). See docs/aggregate.md.
            Exit status: 0 done, 1 errors in the spec or the results (nothing written), 64 usage error.
            """
    )

    /// `--format`: `auto` (detect from the header), or a registered format's name.
    struct FormatChoice: ExpressibleByArgument {
        var rawValue: String
        init?(argument: String) {
            guard PlatformHelp.formatWords.contains(argument) else { return nil }
            rawValue = argument
        }
        static var allValueStrings: [String] { PlatformHelp.formatWords }
        var defaultValueDescription: String { rawValue }
        static let auto = FormatChoice(argument: "auto")!
    }

    @Argument(help: "The spec whose answers these are.")
    var spec: String

    @Option(help: "The results file (.csv; .tsv for Toloka; .jsonl/.ndjson for the long format or submissions).")
    var results: String

    @Option(help: "The data file the items were batched from: pairwise questions ranked by bradley_terry or noisy_bt read their compared objects from it.")
    var data: String?

    @Option(name: .shortAndLong, help: "Output folder (default: out/<spec id>/aggregate).")
    var output: String?

    @Option(help: ArgumentHelp(PlatformHelp.formatOption))
    var format: FormatChoice = .auto

    @Option(name: .customLong("max-iterations"), help: "Most iterations of an iterative method (default: 500).")
    var maxIterations: Int?

    @Option(help: "An iterative method stops when the log-likelihood improves by less than this fraction of itself (default: 1e-7).")
    var tolerance: Double?

    @Option(help: "Run every iterative method for exactly this many iterations, with no convergence stop (as `hitc sql` does).")
    var iterations: Int?

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if let maxIterations, maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
        if let tolerance, !(tolerance >= 0) { throw ValidationError("--tolerance must be a number ≥ 0") }
        if let iterations {
            if iterations < 1 { throw ValidationError("--iterations must be at least 1") }
            if maxIterations != nil || tolerance != nil {
                throw ValidationError("--iterations runs a fixed number of iterations: it cannot be used with --max-iterations or --tolerance")
            }
        }
    }

    private static func show(_ progress: AggregateProgress, on line: ProgressLine) {
        switch progress {
        case .reading(let done, let total): line.show("reading results", done, total)
        case .readingFinished: line.clear()
        }
    }

    func run() throws {
        let line = diagnostics.progressLine(forFile: results)
        var progress: (@Sendable (AggregateProgress) -> Void)?
        if let line { progress = { Aggregate.show($0, on: line) } }
        let options = AggregateOptions(outputDirectory: output, format: format.rawValue == "auto" ? nil : ResultsFormat(rawValue: format.rawValue),
                                       dawidSkene: DawidSkene(maxIterations: maxIterations ?? 500, tolerance: tolerance ?? 1e-7,
                                                              fixedIterations: iterations),
                                       warningsAsErrors: diagnostics.warningsAsErrors, check: diagnostics.checkOptions,
                                       progress: progress, dataPath: data)
        let result = AggregateRunner.run(specPath: spec, results: results, options: options)
        // Printed once even when empty: with json, standard output is one JSON document.
        var failed = diagnostics.emit(result.diagnostics, sources: result.sources)
        if let failure = result.failure {
            Output.stderr("hitc: error: \(TerminalText.escaped(failure))\n")
            failed = true
        }
        guard !failed, let summary = result.summary, let folder = result.folder else { throw ExitCode.failure }
        diagnostics.printHumanSummary(SummaryPrinter.render(summary, folder: folder))
    }
}

/// The short human summary (printed by `DiagnosticOptions.printHumanSummary`:
/// standard output with text diagnostics, standard error with json or github). Worker ids come from the
/// results file, question ids from the spec and paths from the command line:
/// all are printed through `TerminalText.escaped`, so no byte of them is
/// obeyed by the terminal.
enum SummaryPrinter {
    static func render(_ s: AggregateSummary, folder: String) -> String {
        var out = "Aggregated \(Plural.count(s.judgments, "judgment")) from \(TerminalText.escaped(s.results)) (\(s.format) format): "
        out += "\(Plural.count(s.items, "item")), \(Plural.count(s.goldItems, "gold item")), \(Plural.count(s.workers, "worker"))"
        if s.blankAnswers > 0 { out += ", \(Plural.count(s.blankAnswers, "blank answer"))" }
        if s.rejectedAssignments > 0 { out += ", \(Plural.count(s.rejectedAssignments, "rejected assignment")) skipped" }
        if s.repeatedJudgments > 0 { out += ", \(Plural.count(s.repeatedJudgments, "repeated judgment")) left out" }
        out += "\n"
        for q in s.questions {
            var method = q.method
            if let iterations = q.iterations {
                method += ", \(Plural.count(iterations, "iteration"))\(q.converged == true ? ", converged" : ", NOT converged")"
            }
            var counts = "\(Plural.count(q.labels, "label")), \(q.undecided) undecided, \(Plural.count(q.ties, "tie"))"
            if q.noAnswers > 0 { counts += ", \(q.noAnswers) without kept answers" }
            out += "  \(TerminalText.escaped(q.question)) (\(q.type), \(method)): \(counts)\n"
            if let a = q.agreement {
                var parts = ["Krippendorff's alpha (\(a.alphaLevel)) \(show(a.krippendorffAlpha))"]
                parts.append("Fleiss' kappa \(show(a.fleissKappa))")
                parts.append("percent agreement \(show(a.percentAgreement))")
                var line = "    agreement: " + parts.joined(separator: ", ")
                if let pass = a.pass { line += pass ? " — pass" : " — FAIL" }
                out += line + "\n"
            }
        }
        if let check = s.agreement, let min = check.min {
            let verdict = check.pass.map { $0 ? "pass" : "FAIL (\(check.failing.map(TerminalText.escaped).joined(separator: ", ")))" } ?? "not measurable"
            out += "Agreement (\(check.metric) ≥ \(min)): \(verdict)\n"
        }
        if !s.droppedWorkers.isEmpty {
            let names = s.droppedWorkers.prefix(10).map { TerminalText.escaped($0.worker) }.joined(separator: ", ")
            let more = s.droppedWorkers.count > 10 ? " and \(s.droppedWorkers.count - 10) more" : ""
            out += "Dropped \(Plural.count(s.droppedWorkers.count, "worker")) below gold min_accuracy: \(names)\(more)\n"
        }
        if let min = s.minSecondsPerHit, s.fastHits > 0 {
            out += "Flagged \(Plural.count(s.fastHits, "HIT")) faster than \(min) s, by \(Plural.count(s.fastWorkers.count, "worker"))\n"
        }
        out += "Wrote \(AggregateWriter.fileNames(of: s).map { TerminalText.escaped((folder as NSString).appendingPathComponent($0)) }.joined(separator: ", "))\n"
        return out
    }

    static func show(_ x: Double?) -> String {
        guard let x else { return "n/a" }
        return String(format: "%.3f", x)
    }
}

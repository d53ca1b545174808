import ArgumentParser
import Foundation
import HITCompiler

/// `hitc batch SPEC --data FILE [-o DIR] [--seed N]`: items in, the platform's upload files out.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split items into HITs with gold mixed in and write the platforms' upload files.",
        discussion: """
            Checks the spec (as `hitc check`) and every row of the data file (CSV with a header, or JSON \
            Lines), shuffles the rows with the seed, deals them into HITs of items_per_hit with \
            quality.gold.per_hit gold items at random slots, and writes \(PlatformHelp.batchFiles) into the output \
            folder (default: out/<spec id>/batch). See docs/batch.md.
            Exit status: 0 written, 1 errors in the spec or the data (nothing written), 64 usage error.
            """
    )

    @Argument(help: "The spec of the task.")
    var spec: String

    @Option(help: "The items: a CSV file with a header, or JSON Lines (.jsonl/.ndjson).")
    var data: String

    @Option(name: .shortAndLong, help: "Output folder (default: out/<spec id>/batch).")
    var output: String?

    @Option(help: "Seed of the shuffle and the gold slots (default \(BatchOptions.defaultSeed)); the same seed gives the same files.")
    var seed: UInt64 = BatchOptions.defaultSeed

    @Flag(help: "Replace an existing output folder even if hitc batch did not create it.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    private static func show(_ progress: BatchProgress, on line: ProgressLine) {
        switch progress {
        case .reading(let done, let total): line.show("checking data", done, total)
        case .writing(let done, let total): line.show("writing HITs", done, total)
        }
    }

    func run() throws {
        let line = diagnostics.progressLine(forFile: data)
        var progress: (@Sendable (BatchProgress) -> Void)?
        if let line { progress = { Batch.show($0, on: line) } }
        let options = BatchOptions(dataPath: data, outputDirectory: output, seed: seed, force: force,
                                   warningsAsErrors: diagnostics.warningsAsErrors, check: diagnostics.checkOptions, progress: progress)
        let result = BatchBuilder.run(specPath: spec, options: options)
        line?.clear()
        var failed = diagnostics.emit(result.check.diagnostics, sources: result.check.sources)
        if let failure = result.failure {
            Output.stderr("hitc: error: \(TerminalText.escaped(failure))\n")
            failed = true
        }
        guard !failed, let summary = result.summary, let folder = result.folder else { throw ExitCode.failure }
        diagnostics.printHumanSummary(BatchSummaryPrinter.render(summary, folder: folder))
    }
}

/// The short human summary of a batch (printed by `DiagnosticOptions.printHumanSummary`:
/// standard output with text diagnostics, standard error with json or github). The data path and
/// the output folder come from the command line, the currency from the spec:
/// every piece of such text is printed through `TerminalText.escaped`, so no
/// byte of it is obeyed by the terminal.
enum BatchSummaryPrinter {
    static func render(_ s: BatchSummary, folder: String) -> String {
        var out = "Batch of \(Plural.count(s.items, "item")) from \(TerminalText.escaped(s.data)) (seed \(s.seed)): \(Plural.count(s.hits, "HIT"))"
        out += " of \(Plural.count(s.itemsPerHIT, "slot")) (\(Plural.count(s.itemsPerHIT - s.goldPerHIT, "item")) + \(s.goldPerHIT) gold)"
        if s.hits > 0, s.lastHITItems < s.itemsPerHIT - s.goldPerHIT {
            out += ", the last with \(Plural.count(s.lastHITItems, "item"))"
        }
        out += "\n"
        out += "\(Plural.count(s.goldSlots, "gold slot")) filled from \(Plural.count(s.goldPool, "gold item")); "
        out += "\(Plural.count(s.assignments, "assignment")) (\(s.judgmentsPerItem) per HIT)\n"
        if let cost = s.cost {
            let currency = TerminalText.escaped(cost.currency)
            out += "Cost estimate: \(cost.reward) \(currency) reward + \(cost.fee) \(currency) fee "
            out += "(\(Int((cost.feeRate * 100).rounded()))%) = \(cost.total) \(currency)\n"
        }
        let paths = s.files.map { TerminalText.escaped((folder as NSString).appendingPathComponent($0)) }
        out += "Wrote \(paths.joined(separator: ", "))\n"
        return out
    }
}

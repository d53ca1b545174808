import ArgumentParser
import Foundation
import HITCompiler

/// `hitc aggregate SPEC --results FILE [-o DIR]`: answers in, labels, worker
/// scores and agreement figures out.
struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn workers' answers into final labels, worker scores and agreement figures.",
        discussion: """
            Reads an MTurk batch results CSV, a long-format file (CSV or JSON Lines: item, worker, \
            question, answer, [seconds], [assignment]) or JSON Lines of submitted pages (the objects the \
            page sends to a generic or Prolific submit_url, with worker or PROLIFIC_PID) and writes \
            labels.csv, labels.jsonl, workers.csv and summary.json into the output folder (default: out/<spec id>/aggregate). See docs/aggregate.md.
            Exit status: 0 done, 1 errors in the spec or the results (nothing written), 64 usage error.
            """
    )

    /// `--format`: detect from the header, or force one.
    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, mturk, long, submissions
    }

    @Argument(help: "The spec whose answers these are.")
    var spec: String

    @Option(help: "The results file (.csv, or .jsonl/.ndjson for the long format or submissions).")
    var results: String

    @Option(name: .shortAndLong, help: "Output folder (default: out/<spec id>/aggregate).")
    var output: String?

    @Option(help: "auto (from the header or first line), mturk, long or submissions (JSON Lines of submitted pages).")
    var format: FormatChoice = .auto

    @Option(name: .customLong("max-iterations"), help: "Most Dawid-Skene EM iterations.")
    var maxIterations: Int = 500

    @Option(help: "Dawid-Skene stops when the log-likelihood improves by less than this fraction of itself.")
    var tolerance: Double = 1e-7

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
        if !(tolerance >= 0) { throw ValidationError("--tolerance must be a number ≥ 0") }
    }

    func run() throws {
        let checked = Pipeline.check(path: spec)
        guard let parsed = checked.spec, !checked.hasErrors else {
            _ = diagnostics.emit(checked.diagnostics.filter { $0.severity == .error }, sources: checked.sources)
            throw ExitCode.failure
        }
        let progress = ProgressLine.forFile(results)
        var callback: (@Sendable (Int, Int) -> Void)?
        if let progress { callback = { read, total in progress.show("reading results", read, total) } }
        let forced: ResultsFormat? = format == .auto ? nil : ResultsFormat(rawValue: format.rawValue)
        let reader = ResultsReader(questions: parsed.hit.questions, format: forced, progress: callback)
        var reading = reader.read(path: results, displayPath: results)
        progress?.clear()
        var sources = checked.sources
        if let source = reading.source { sources[results] = source }
        if !reading.diagnostics.isEmpty, diagnostics.emit(reading.diagnostics, sources: sources) {
            throw ExitCode.failure
        }
        let gold = GoldAnswers.read(spec: parsed, specPath: spec, store: &reading.store)
        let aggregator = Aggregator(spec: parsed, dawidSkene: DawidSkene(maxIterations: maxIterations, tolerance: tolerance))
        let report = aggregator.run(reading, gold: gold, resultsPath: results)
        let folder = output ?? "out/\(parsed.id?.value ?? "task")/aggregate"
        do {
            try AggregateWriter.write(report, to: URL(fileURLWithPath: folder))
        } catch {
            Output.stderr("hitc: error: cannot write '\(terminalSafe(folder))': \(terminalSafe(error.localizedDescription))\n")
            throw ExitCode.failure
        }
        if !diagnostics.quiet {
            Output.stdout(SummaryPrinter.render(report.summary, folder: folder))
        }
    }
}

/// The short human summary on standard output. Worker ids come from the
/// results file and paths from the command line: both are printed through
/// `terminalSafe`, so no byte of them is obeyed by the terminal.
enum SummaryPrinter {
    static func render(_ s: AggregateSummary, folder: String) -> String {
        var out = "Aggregated \(s.judgments) judgment\(s.judgments == 1 ? "" : "s") from \(terminalSafe(s.results)) (\(s.format) format): "
        out += "\(s.items) items, \(s.goldItems) gold items, \(s.workers) workers"
        if s.blankAnswers > 0 { out += ", \(s.blankAnswers) blank answers" }
        if s.rejectedAssignments > 0 { out += ", \(s.rejectedAssignments) rejected assignments skipped" }
        if s.repeatedJudgments > 0 {
            out += ", \(s.repeatedJudgments) repeated judgment\(s.repeatedJudgments == 1 ? "" : "s") left out"
        }
        out += "\n"
        for q in s.questions {
            var method = q.method
            if let iterations = q.iterations {
                method += ", \(iterations) iteration\(iterations == 1 ? "" : "s")\(q.converged == true ? ", converged" : ", NOT converged")"
            }
            var counts = "\(q.labels) labels, \(q.undecided) undecided, \(q.ties) ties"
            if q.noAnswers > 0 { counts += ", \(q.noAnswers) without kept answers" }
            out += "  \(q.question) (\(q.type), \(method)): \(counts)\n"
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
            let verdict = check.pass.map { $0 ? "pass" : "FAIL (\(check.failing.joined(separator: ", ")))" } ?? "not measurable"
            out += "Agreement (\(check.metric) ≥ \(min)): \(verdict)\n"
        }
        if !s.droppedWorkers.isEmpty {
            let names = s.droppedWorkers.prefix(10).map { terminalSafe($0.worker) }.joined(separator: ", ")
            let more = s.droppedWorkers.count > 10 ? " and \(s.droppedWorkers.count - 10) more" : ""
            out += "Dropped \(s.droppedWorkers.count) worker\(s.droppedWorkers.count == 1 ? "" : "s") below gold min_accuracy: \(names)\(more)\n"
        }
        if let min = s.minSecondsPerHit, s.fastHits > 0 {
            out += "Flagged \(s.fastHits) HIT\(s.fastHits == 1 ? "" : "s") faster than \(min) s, by \(s.fastWorkers.count) worker\(s.fastWorkers.count == 1 ? "" : "s")\n"
        }
        out += "Wrote \(AggregateWriter.fileNames.map { terminalSafe((folder as NSString).appendingPathComponent($0)) }.joined(separator: ", "))\n"
        return out
    }

    static func show(_ x: Double?) -> String {
        guard let x else { return "n/a" }
        return String(format: "%.3f", x)
    }
}

/// Text from a results file or the command line made safe to print: control
/// characters (C0, DEL, C1) and bidirectional overrides escaped, so an ESC or
/// BEL in a worker id is shown, not obeyed.
///
/// A stand-in for `TerminalText.escaped` (Text/TerminalText.swift, on the
/// `diag` branch): once that is merged, this function's body is that call.
func terminalSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        if needsEscape(scalar) {
            out += scalar.value < 0x80 ? "\\x" + hexDigits(scalar.value, 2) : "\\u{" + hexDigits(scalar.value, 4) + "}"
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Whether `terminalSafe` escapes `scalar`.
private func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
}

/// `value` in upper-case hexadecimal, at least `digits` digits.
private func hexDigits(_ value: UInt32, _ digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}

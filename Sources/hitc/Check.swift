import ArgumentParser
import HITCompiler

/// `hitc check SPEC...`: validate, print diagnostics and the pre-flight checklist.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate specs and print diagnostics and the pre-flight checklist.",
        discussion: "Exit status: 0 when no errors, 1 when errors, 64 on a usage error."
    )

    @Argument(help: "Spec files to check.")
    var specs: [String]

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if specs.isEmpty { throw ValidationError("name at least one spec file") }
    }

    func run() throws {
        let options = diagnostics.checkOptions
        var all: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        var summaries: [String] = []
        for path in specs {
            let result = Pipeline.check(path: path, options: options)
            all += result.diagnostics
            sources.merge(result.sources) { a, _ in a }
            if let checklist = result.checklist {
                summaries.append(ChecklistPrinter.render(checklist, for: path))
            }
        }
        let failed = diagnostics.emit(all, sources: sources)
        if diagnostics.printsHumanSummary {
            let counts = (diagnostics.warningsAsErrors ? all.promotingWarnings() : all).problemCounts
            diagnostics.printHumanSummary(summaries.joined())
            diagnostics.printHumanSummary("\(Plural.count(specs.count, "spec")) checked: \(Plural.count(counts.errors, "error")), \(Plural.count(counts.warnings, "warning"))\n")
        }
        if failed { throw ExitCode.failure }
    }
}

/// Prints the pre-flight checklist: in full (`hitc check`) or in short (`hitc build` on a terminal).
/// Its reasons name spec text (question ids), so they are escaped for the terminal.
enum ChecklistPrinter {
    static func render(_ checklist: PreflightChecklist, for path: String) -> String {
        var out = "Pre-flight checklist for \(TerminalText.escaped(path)):\n"
        for step in checklist.steps {
            out += "  [\(step.passed ? "x" : " ")] \(step.number). \(step.name): \(TerminalText.escaped(step.reason))\n"
        }
        return out
    }

    /// The short form under a built bundle: how many steps are done and, for
    /// each open one, what is missing.
    static func summary(_ checklist: PreflightChecklist) -> String {
        let total = checklist.steps.count
        let open = checklist.steps.filter { !$0.passed }
        if open.isEmpty { return "  checklist: all \(total) steps done\n" }
        var out = "  checklist: \(total - open.count) of \(total) steps done; still open:\n"
        for step in open {
            out += "    \(step.number). \(step.name): \(TerminalText.escaped(step.reason))\n"
        }
        return out
    }
}

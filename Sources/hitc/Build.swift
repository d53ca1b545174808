import ArgumentParser
import Foundation
import HITCompiler

/// `hitc build SPEC... [-o DIR]`: check, then write each spec's bundle.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: PlatformHelp.buildAbstract,
        discussion: "Each bundle is written to DIR/<id>/ atomically. Exit status: 0 built, 1 errors, 64 usage."
    )

    @Argument(help: "Spec files to build.")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Folder to write bundles into (one subfolder per spec id).")
    var output: String = "out"

    @Option(help: "Folder of templates overriding the built-in ones by name (see Templates/).")
    var templates: String?

    @Flag(help: "Replace an existing output folder even if hitc did not create it.")
    var force = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if specs.isEmpty { throw ValidationError("name at least one spec file") }
    }

    func run() throws {
        var options = BuildOptions(outputDirectory: output, force: force, check: diagnostics.checkOptions)
        if let templates {
            do {
                options.templates = try TemplateSet.loading(overrides: templates)
            } catch {
                Output.stderr("hitc: error: \(error)\n")
                throw ExitCode.failure
            }
        }
        // A person at a terminal also gets each bundle's checklist in short; scripts
        // reading a pipe or a file keep one line per bundle.
        let showChecklist = diagnostics.humanSummaryIsTerminal
        var all: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        var lines: [String] = []
        var failed = false
        for path in specs {
            // Promote warnings before building, so --warnings-as-errors writes nothing on a warning.
            let result = BundleBuilder.build(path: path, options: options, treatWarningsAsErrors: diagnostics.warningsAsErrors)
            all += result.check.diagnostics
            sources.merge(result.check.sources) { a, _ in a }
            for note in result.notes { Output.stderr("hitc: note: \(TerminalText.escaped(note))\n") }
            if let failure = result.failure {
                Output.stderr("hitc: error: \(TerminalText.escaped(path)): \(TerminalText.escaped(failure))\n")
                failed = true
            }
            if let bundle = result.bundle {
                let bytes = result.files.reduce(0) { $0 + $1.bytes }
                lines.append("built \(TerminalText.escaped(bundle))/ (\(Plural.count(result.files.count, "file")), \(Plural.count(bytes, "byte")))\n")
                if showChecklist, let checklist = result.check.checklist {
                    lines.append(ChecklistPrinter.summary(checklist))
                }
            } else {
                failed = true
            }
        }
        if diagnostics.emit(all, sources: sources) { failed = true }
        diagnostics.printHumanSummary(lines.joined())
        if failed { throw ExitCode.failure }
    }
}

import ArgumentParser
import Foundation
import HITCompiler

/// `hitc diff OLD NEW`: classify every change between two versions of a spec.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of a spec and classify every change: breaking, needs review, cosmetic.",
        discussion: """
            Each spec is a file or REV:path, a spec as committed in git (git show REV:path, run in the \
            folder of the other spec). See docs/diff.md. Exit status: 0 when nothing breaks, 1 when a \
            change breaks the labels, the version lint fails or a spec has errors, 64 on a usage error.
            """
    )

    @Argument(help: "The old spec: a file or REV:path (e.g. main:spec.yaml).")
    var old: String

    @Argument(help: "The new spec: a file or REV:path.")
    var new: String

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let result = SpecDiff.run(old: old, new: new, options: diagnostics.checkOptions)
        let failed = diagnostics.emit(result.diagnostics, sources: result.sources)
        diagnostics.printHumanSummary(result.summary)
        if failed { throw ExitCode.failure }
    }
}

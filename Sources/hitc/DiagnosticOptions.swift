import ArgumentParser
import Foundation
import HITCompiler

/// How diagnostics are printed: `text`, `json` or `github`.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
}

/// When to colour text output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Options every command that reports diagnostics shares.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("diagnostics-format"), help: "text, json or github.")
    var format: DiagnosticsFormat = .text

    @Flag(name: .customLong("warnings-as-errors"), help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Option(help: "Colour text diagnostics: auto (only on a terminal), always or never.")
    var color: ColorMode = .auto

    @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
    var quiet = false

    @Option(name: .customLong("max-spec-bytes"), help: "Largest spec file accepted, in bytes.")
    var maxSpecBytes: Int = YAMLLimits.default.maxInputBytes

    func validate() throws {
        if maxSpecBytes < 1 { throw ValidationError("--max-spec-bytes must be at least 1") }
    }

    /// The settings of checking a spec that these options choose (the spec size limit);
    /// every command that checks a spec passes them on.
    var checkOptions: CheckOptions {
        var options = CheckOptions()
        options.yamlLimits.maxInputBytes = maxSpecBytes
        return options
    }

    /// True when the command prints its human summary (checklists, counts, "built ..."
    /// lines, progress): always but with `--quiet`. Where it goes: `printHumanSummary`.
    var printsHumanSummary: Bool { !quiet }

    /// Prints human summary lines by the one rule every command follows: on standard
    /// output with `text` diagnostics (which go to standard error); on standard error
    /// with `json` or `github`, so that standard output holds only the machine
    /// output; nowhere with `--quiet`.
    func printHumanSummary(_ text: String) {
        guard printsHumanSummary, !text.isEmpty else { return }
        if format == .text { Output.stdout(text) } else { Output.stderr(text) }
    }

    /// A progress line for reading `path` (`ProgressLine.forFile`: large files,
    /// standard error a terminal), or nil with `--quiet`: progress is human output too.
    func progressLine(forFile path: String) -> ProgressLine? {
        printsHumanSummary ? ProgressLine.forFile(path) : nil
    }

    /// True when the human summary goes to a terminal (for what only a person reads).
    var humanSummaryIsTerminal: Bool {
        printsHumanSummary && isatty(format == .text ? STDOUT_FILENO : STDERR_FILENO) == 1
    }

    /// Prints diagnostics in the chosen format; returns true when any is an error.
    func emit(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> Bool {
        let shown = warningsAsErrors ? diagnostics.promotingWarnings() : diagnostics
        switch format {
        case .text:
            let useColor = color == .always || (color == .auto && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
            Output.stderr(TextRenderer(color: useColor).render(shown, sources: sources))
        case .json:
            Output.stdout(JSONRenderer().render(shown))
        case .github:
            Output.stdout(GitHubRenderer().render(shown))
        }
        return shown.contains { $0.severity == .error }
    }
}

/// Unbuffered writes to the standard streams.
enum Output {
    static func stdout(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func stderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

import Foundation

/// What `hitc sql` produced.
public struct SQLRunResult: Sendable {
    /// The spec's errors (all its diagnostics with `warningsAsErrors`) and the W0020 warning of
    /// each question the script leaves out, located at the question's method.
    public var diagnostics: [Diagnostic]
    /// Files `diagnostics` point into.
    public var sources: [String: SourceFile]
    /// The script; nil when the spec has errors (or, with `warningsAsErrors`, any diagnostic).
    public var script: String?
    /// The messages of the W0020 warnings (also in the script's header).
    public var warnings: [String]
}

/// `hitc sql`: check the spec (as `hitc check`), then compile its aggregation
/// to one SQL script (`SQLCompiler`).
public enum SQLRunner {
    public static func run(specPath: String, options: SQLOptions, check checkOptions: CheckOptions = CheckOptions(),
                           warningsAsErrors: Bool = false) -> SQLRunResult {
        let check = Pipeline.check(path: specPath, options: checkOptions)
        let specDiagnostics = warningsAsErrors ? check.diagnostics : check.diagnostics.filter { $0.severity == .error }
        guard let checked = check.checked, !check.diagnostics.contains(where: { $0.severity == .error }) else {
            return SQLRunResult(diagnostics: specDiagnostics, sources: check.sources, script: nil, warnings: [])
        }
        let compiler = SQLCompiler(checked, options: options)
        let leftOut = SQLWarnings.of(compiler, file: checked.paths.spec)
        let diagnostics = specDiagnostics + leftOut
        let script = compiler.script(warnings: leftOut.map(\.message)).text
        return SQLRunResult(diagnostics: diagnostics, sources: check.sources,
                            script: warningsAsErrors && !diagnostics.isEmpty ? nil : script,
                            warnings: leftOut.map(\.message))
    }
}

/// What the script leaves out (W0020), said once per question, at its method in the spec.
enum SQLWarnings {
    /// The methods a categorical question can use instead, all compiled.
    static let compiled = "majority, weighted_majority or dawid_skene"

    static func of(_ compiler: SQLCompiler, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for q in compiler.questions {
            if q.treatment == .unsupported {
                out.append(Diagnostic(.sqlQuestionLeftOut,
                    "question '\(q.id)': method '\(q.method.rawValue)' is not compiled to SQL; the script leaves the question out (hitc aggregate labels it)",
                    file: file, range: q.methodRange,
                    notes: [DiagnosticNote("use a method the script computes (\(compiled)), or label '\(q.id)' with hitc aggregate")]))
            } else if q.method == .bradley_terry || q.method == .noisy_bt {
                out.append(Diagnostic(.sqlQuestionLeftOut,
                    "question '\(q.id)': the \(q.method.rawValue) ranking is not compiled to SQL; the script gives its majority labels, as labels.csv does",
                    file: file, range: q.methodRange,
                    notes: [DiagnosticNote("for the ranking (ranking.csv), run hitc aggregate; or set 'method: majority' for '\(q.id)' to say the labels are all you need")]))
            }
        }
        return out
    }
}

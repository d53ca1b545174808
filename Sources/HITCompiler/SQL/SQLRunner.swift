import Foundation

/// What `hitc sql` produced.
public struct SQLRunResult: Sendable {
    /// The spec's errors (all its diagnostics with `warningsAsErrors`) when it stops the run.
    public var diagnostics: [Diagnostic]
    /// Files `diagnostics` point into.
    public var sources: [String: SourceFile]
    /// The script; nil when the spec has errors.
    public var script: String?
    /// Questions left out of the script, and other things it does not do as `hitc aggregate` does.
    public var warnings: [String]
}

/// `hitc sql`: check the spec (as `hitc check`), then compile its aggregation
/// to one SQL script (`SQLCompiler`).
public enum SQLRunner {
    public static func run(specPath: String, options: SQLOptions, check checkOptions: CheckOptions = CheckOptions(),
                           warningsAsErrors: Bool = false) -> SQLRunResult {
        let check = Pipeline.check(path: specPath, options: checkOptions)
        let blocking = warningsAsErrors ? !check.diagnostics.isEmpty : check.diagnostics.contains { $0.severity == .error }
        guard let checked = check.checked, !blocking else {
            return SQLRunResult(diagnostics: warningsAsErrors ? check.diagnostics : check.diagnostics.filter { $0.severity == .error },
                                sources: check.sources, script: nil, warnings: [])
        }
        return SQLRunResult(diagnostics: [], sources: check.sources, script: nil, warnings: [])
            .with(compile(checked, options: options))
    }

    /// The script for a checked spec, and its warnings.
    static func compile(_ checked: CheckedSpec, options: SQLOptions) -> (script: String, warnings: [String]) {
        let compiler = SQLCompiler(checked, options: options)
        let warnings = SQLWarnings.of(compiler)
        return (compiler.script(warnings: warnings).text, warnings)
    }
}

extension SQLRunResult {
    fileprivate func with(_ compiled: (script: String, warnings: [String])) -> SQLRunResult {
        var copy = self
        copy.script = compiled.script
        copy.warnings = compiled.warnings
        return copy
    }
}

/// What the script leaves out, said once per question.
enum SQLWarnings {
    static func of(_ compiler: SQLCompiler) -> [String] {
        var out: [String] = []
        for q in compiler.questions {
            if q.treatment == .unsupported {
                out.append("question '\(q.id)': method '\(q.method.rawValue)' is not compiled to SQL; the script leaves the question out (hitc aggregate labels it)")
            } else if q.method == .bradley_terry || q.method == .noisy_bt {
                out.append("question '\(q.id)': the \(q.method.rawValue) ranking is not compiled to SQL; the script gives its majority labels, as labels.csv does")
            }
        }
        return out
    }
}

/// Collects diagnostics while a stage runs, so one run reports every problem.
struct DiagnosticBag: Sendable {
    private(set) var diagnostics: [Diagnostic] = []

    init() {}

    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// True when at least one error was reported.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Counts of errors and warnings, those a summary stands for included.
    var counts: (errors: Int, warnings: Int) { diagnostics.problemCounts }
}

extension Array where Element == Diagnostic {
    /// The same diagnostics with every warning promoted to an error (`--warnings-as-errors`).
    public func promotingWarnings() -> [Diagnostic] {
        map { d in
            var d = d
            d.severity = .error
            d.summarized?.warningsCountAsErrors = true
            return d
        }
    }

    /// Errors and warnings found, each summary counting the problems it stands
    /// for (`Diagnostic.problemCounts`): the totals a command prints.
    public var problemCounts: (errors: Int, warnings: Int) {
        reduce(into: (0, 0)) { acc, d in
            let c = d.problemCounts
            acc.0 += c.errors
            acc.1 += c.warnings
        }
    }
}

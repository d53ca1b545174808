/// Collects diagnostics while a stage runs, so one run reports every problem.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// True when at least one error was reported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Counts of errors and warnings.
    public var counts: (errors: Int, warnings: Int) {
        diagnostics.reduce(into: (0, 0)) { acc, d in
            if d.severity == .error { acc.0 += 1 } else { acc.1 += 1 }
        }
    }
}

extension Array where Element == Diagnostic {
    /// The same diagnostics with every warning promoted to an error (`--warnings-as-errors`).
    public func promotingWarnings() -> [Diagnostic] {
        map { d in
            var d = d
            d.severity = .error
            return d
        }
    }
}

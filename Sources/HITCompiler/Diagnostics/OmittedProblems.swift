/// Problems found in one file beyond those kept as diagnostics of their own,
/// counted by code, and the one diagnostic that stands for them
/// ("300 more problems in this file not shown (E0103 ×300); ...").
///
/// That diagnostic carries the counts (`Diagnostic.summarized`), so the totals a
/// command prints and the renderers' W0013 line count every problem found, not
/// the diagnostics kept.
struct OmittedProblems: Hashable, Sendable {
    /// Problems counted, by code.
    private(set) var byCode: [DiagnosticCode: Int] = [:]
    /// True when warnings count as errors (`--warnings-as-errors`).
    var warningsCountAsErrors = false

    /// No problems counted.
    init() {}

    /// Counts `count` more problems of `code`.
    mutating func add(_ code: DiagnosticCode, count: Int = 1) {
        if count > 0 { byCode[code, default: 0] += count }
    }

    /// Every problem counted.
    var total: Int { byCode.values.reduce(0, +) }

    /// True when nothing was counted.
    var isEmpty: Bool { byCode.isEmpty }

    /// The problems counted as errors and as warnings.
    var counts: (errors: Int, warnings: Int) {
        byCode.reduce(into: (0, 0)) { acc, entry in
            if entry.key.severity == .error || warningsCountAsErrors { acc.0 += entry.value } else { acc.1 += entry.value }
        }
    }

    /// The diagnostic closing the diagnostics kept from `file` (`limit` of them):
    /// how many more were found, by code, the most frequent first. It has the code
    /// of the most frequent problem (the catalogue has no code for "summary"), no
    /// range, and these counts. Nil when nothing was counted.
    func summary(file: String, limit: Int) -> Diagnostic? {
        guard !isEmpty else { return nil }
        let byCount = byCode.sorted { a, b in a.value != b.value ? a.value > b.value : a.key.rawValue < b.key.rawValue }
        let counts = byCount.map { "\($0.key.code) ×\($0.value)" }.joined(separator: ", ")
        var summary = Diagnostic(byCount[0].key,
                                 "\(Plural.count(total, "more problem")) in this file not shown (\(counts)); \(limit == 1 ? "only the first is listed" : "only the first \(limit) are listed")",
                                 file: file, range: nil)
        summary.summarized = self
        return summary
    }
}

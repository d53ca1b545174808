/// Collects the diagnostics of one data file: the first `limit` are kept, the
/// rest only counted, and `finish()` closes with one summary diagnostic
/// ("N more problems in this file not shown") so a bad million-row file
/// prints a readable page, not a million lines.
///
/// Builders are closures so a problem that will not be shown costs no message.
/// The summary carries the code of the most frequent problem not shown (there
/// is no catalogue code for "summary"), no range, and its counts per code.
///
/// A group of diagnostics can be held back (`hold`) and later released or
/// dropped: a JSON Lines row without a required key is held until the key is
/// seen in some row; a key that no row has becomes one E0406 instead.
///
/// A class, so that builders may read the checker that owns the sink while
/// the sink changes.
final class DataDiagnosticSink {
    let file: String
    let limit: Int
    private var shown: [Diagnostic] = []
    private var notShown: [DiagnosticCode: Int] = [:]
    private var held: [Int: HeldGroup] = [:]

    private struct HeldGroup {
        var diagnostics: [Diagnostic] = []
        var overflow: [DiagnosticCode: Int] = [:]
    }

    init(file: String, limit: Int) {
        self.file = file
        self.limit = limit
    }

    /// Reports a problem; `build` runs only if it will be shown.
    func report(_ code: DiagnosticCode, _ build: () -> Diagnostic) {
        if shown.count < limit {
            shown.append(build())
        } else {
            notShown[code, default: 0] += 1
        }
    }

    /// True when nothing was reported or held.
    var isEmpty: Bool { shown.isEmpty && notShown.isEmpty && held.isEmpty }

    /// How many more problems would be shown.
    var room: Int { max(0, limit - shown.count) }

    /// Counts `n` problems that are not shown.
    func countNotShown(_ code: DiagnosticCode, _ n: Int) {
        if n > 0 { notShown[code, default: 0] += n }
    }

    /// Holds a problem back in `group` until `release` or `drop`.
    func hold(group: Int, _ code: DiagnosticCode, _ build: () -> Diagnostic) {
        var entry = held.removeValue(forKey: group) ?? HeldGroup()
        if entry.diagnostics.count < limit {
            entry.diagnostics.append(build())
        } else {
            entry.overflow[code, default: 0] += 1
        }
        held[group] = entry
    }

    /// Reports everything held in `group`.
    func release(group: Int) {
        guard let entry = held.removeValue(forKey: group) else { return }
        for diagnostic in entry.diagnostics {
            report(diagnostic.code) { diagnostic }
        }
        for (code, n) in entry.overflow { notShown[code, default: 0] += n }
    }

    /// Forgets everything held in `group`.
    func drop(group: Int) {
        held.removeValue(forKey: group)
    }

    /// The kept diagnostics sorted by position, then the summary of those not shown
    /// (`OmittedProblems.summary`, which carries their counts for the totals).
    /// Groups still held are released first.
    func finish() -> [Diagnostic] {
        for group in held.keys.sorted() { release(group: group) }
        var omitted = OmittedProblems()
        for (code, n) in notShown { omitted.add(code, count: n) }
        return Diagnostic.sortedByPosition(shown) + [omitted.summary(file: file, limit: limit)].compactMap { $0 }
    }
}

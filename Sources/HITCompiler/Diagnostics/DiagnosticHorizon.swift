/// Whether a diagnostic of one severity about to be reported in the first file
/// printed (a spec) could still be printed. Renderers print at most
/// `DiagnosticSelection.defaultLimit` errors, and warnings only while there is
/// room, in print order (`Diagnostic.sortedByPosition`: that file first, by
/// position); so an error with that many errors of the file before it is never
/// printed, nor a warning with that many warnings before it.
///
/// Work done only for a message (a did-you-mean search over every name, a path in
/// a note) is skipped for an error past the horizon, so a spec of thousands of
/// misspelt names costs a few hundred searches, not one per name; a warning past
/// it is only counted.
///
/// Conservative: it knows only the diagnostics recorded, so it may call printable
/// one that will not be printed, never the reverse.
struct DiagnosticHorizon {
    /// The file whose diagnostics are recorded.
    let file: String
    /// The severity of the diagnostics recorded.
    let severity: Severity
    /// How many diagnostics are printed at most.
    let limit: Int
    /// The earliest positions of the errors recorded, ascending, at most `limit`.
    private var earliest: [SourceLocation] = []

    init(file: String, severity: Severity = .error, limit: Int = DiagnosticSelection.defaultLimit) {
        self.file = file
        self.severity = severity
        self.limit = limit
    }

    /// Records the diagnostics of `severity` found in `file` (others do not move the horizon).
    mutating func record(_ diagnostics: some Sequence<Diagnostic>) {
        for d in diagnostics where d.severity == severity && d.file == file {
            guard let at = d.range?.start else { continue }
            record(at)
        }
    }

    /// Records a diagnostic at `location`.
    mutating func record(_ location: SourceLocation) {
        if earliest.count == limit {
            guard let last = earliest.last, location < last else { return }
            earliest.removeLast()
        }
        // Errors are mostly found in order: search from the end.
        var i = earliest.count
        while i > 0, location < earliest[i - 1] { i -= 1 }
        earliest.insert(location, at: i)
    }

    /// True unless `limit` diagnostics were recorded before `location`.
    func canPrint(at location: SourceLocation) -> Bool {
        guard earliest.count == limit, let last = earliest.last else { return true }
        return location <= last
    }
}

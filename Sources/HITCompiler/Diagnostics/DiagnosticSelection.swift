/// The diagnostics a renderer prints in one run: at most `limit`, errors chosen
/// before warnings, in their given order, and a count of the rest.
///
/// Every renderer applies it, so however many problems an input has, the output
/// stays a readable page: the first 200 errors (and, while there is room,
/// warnings), then one W0013 line saying how many more errors and warnings were
/// found. The exit status and the command's totals still count every diagnostic.
public struct DiagnosticSelection: Sendable {
    /// Most diagnostics printed in one run.
    ///
    /// 200 is far more than a spec being written has at once (the invalid-spec
    /// corpus peaks at a few dozen), and bounds the output of any input: 200
    /// diagnostics with 200-column excerpts are at most a few hundred kilobytes.
    public static let defaultLimit = 200

    /// The diagnostics to print, in the order given.
    var shown: [Diagnostic]
    /// Errors found but not printed.
    var omittedErrors: Int
    /// Warnings found but not printed.
    var omittedWarnings: Int
    /// The limit the selection was made with.
    var limit: Int
    /// The file of the first diagnostic not printed.
    private var firstOmittedFile = ""

    /// Keeps the first `limit` errors, then the first warnings while fewer than
    /// `limit` diagnostics are kept; counts the others (a file's summary not
    /// printed counts as the problems it stands for, `Diagnostic.summarized`).
    init(_ diagnostics: [Diagnostic], limit: Int = DiagnosticSelection.defaultLimit) {
        self.limit = max(0, limit)
        let errors = diagnostics.count { $0.severity == .error }
        var errorRoom = min(errors, self.limit)
        var warningRoom = min(diagnostics.count - errors, self.limit - errorRoom)
        omittedErrors = 0
        omittedWarnings = 0
        if errorRoom + warningRoom == diagnostics.count {
            shown = diagnostics
            return
        }
        shown = []
        shown.reserveCapacity(errorRoom + warningRoom)
        var firstOmitted: String?
        for d in diagnostics {
            if d.severity == .error ? errorRoom > 0 : warningRoom > 0 {
                shown.append(d)
                if d.severity == .error { errorRoom -= 1 } else { warningRoom -= 1 }
            } else {
                let counts = d.problemCounts
                omittedErrors += counts.errors
                omittedWarnings += counts.warnings
                if firstOmitted == nil { firstOmitted = d.file }
            }
        }
        firstOmittedFile = firstOmitted ?? ""
    }

    /// The W0013 diagnostic that closes the output when some were not printed;
    /// nil when all are. It names the file of the first diagnostic not printed.
    var omissionSummary: Diagnostic? {
        guard omittedErrors + omittedWarnings > 0 else { return nil }
        var parts: [String] = []
        if omittedErrors > 0 { parts.append(Plural.count(omittedErrors, "more error")) }
        if omittedWarnings > 0 { parts.append(Plural.count(omittedWarnings, "more warning")) }
        return Diagnostic(.diagnosticsOmitted,
                          "\(parts.joined(separator: " and ")) not shown; at most \(limit) diagnostics are printed",
                          file: firstOmittedFile, range: nil)
    }
}

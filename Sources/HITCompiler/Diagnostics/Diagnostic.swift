/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    /// A warning sorts before an error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A suggested edit: replace the text in `range` by `replacement`.
public struct FixIt: Hashable, Sendable, Codable {
    var range: SourceRange
    var replacement: String

    init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A secondary message attached to a diagnostic, optionally pointing elsewhere.
public struct DiagnosticNote: Hashable, Sendable {
    var message: String
    /// The file the note points into; nil means the diagnostic's own file.
    var file: String?
    var range: SourceRange?

    init(_ message: String, file: String? = nil, range: SourceRange? = nil) {
        self.message = message
        self.file = file
        self.range = range
    }
}

/// One problem found in the input: a catalogue code, a message, where, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Error {
    var code: DiagnosticCode
    /// Error or warning, as the code is.
    public var severity: Severity
    var message: String
    /// The file the problem is in, as the user named it.
    var file: String
    /// Where in the file; nil for whole-file problems (a missing file, say).
    var range: SourceRange?
    var notes: [DiagnosticNote]
    var fixIts: [FixIt]
    /// For the diagnostic closing a file's list, the problems found there and not
    /// kept one by one (`OmittedProblems`); nil for every other diagnostic.
    var summarized: OmittedProblems?

    init(_ code: DiagnosticCode, _ message: String, file: String, range: SourceRange?,
                notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        self.code = code
        self.severity = code.severity
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    /// How many problems the diagnostic stands for: itself, or for a summary the problems it counts.
    public var problemCounts: (errors: Int, warnings: Int) {
        if let summarized { return summarized.counts }
        return severity == .error ? (1, 0) : (0, 1)
    }

    /// The order diagnostics are printed in, its one home: the files of `fileOrder`
    /// first, in that order (a spec, then the files it names in the order they are
    /// checked: section files, sample, gold), then any other file in the order it
    /// first appears. Within a file: whole-file problems, then by position, then by
    /// code, and the summary of problems not shown (`summarized`) last. Stable.
    static func sortedByPosition(_ diagnostics: [Diagnostic], fileOrder: [String] = []) -> [Diagnostic] {
        var rank: [String: Int] = [:]
        for file in fileOrder where rank[file] == nil { rank[file] = rank.count }
        for d in diagnostics where rank[d.file] == nil { rank[d.file] = rank.count }
        let origin = SourceLocation(line: 0, column: 0)
        return diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return rank[x.file]! < rank[y.file]! }
            if (x.summarized == nil) != (y.summarized == nil) { return x.summarized == nil }
            let px = x.range?.start ?? origin, py = y.range?.start ?? origin
            if px != py { return px < py }
            if x.code != y.code { return x.code.rawValue < y.code.rawValue }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A suggested edit: replace the text in `range` by `replacement`.
public struct FixIt: Hashable, Sendable, Codable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A secondary message attached to a diagnostic, optionally pointing elsewhere.
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    /// The file the note points into; nil means the diagnostic's own file.
    public var file: String?
    public var range: SourceRange?

    public init(_ message: String, file: String? = nil, range: SourceRange? = nil) {
        self.message = message
        self.file = file
        self.range = range
    }
}

/// One problem found in the input: a catalogue code, a message, where, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Error {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    /// The file the problem is in, as the user named it.
    public var file: String
    /// Where in the file; nil for whole-file problems (a missing file, say).
    public var range: SourceRange?
    public var notes: [DiagnosticNote]
    public var fixIts: [FixIt]

    public init(_ code: DiagnosticCode, _ message: String, file: String, range: SourceRange?,
                notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        self.code = code
        self.severity = code.severity
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    /// Orders by file, then position, then code, so output is stable.
    public static func sortedByPosition(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            let px = x.range?.start ?? SourceLocation(line: 0, column: 0)
            let py = y.range?.start ?? SourceLocation(line: 0, column: 0)
            if px != py { return px < py }
            return a.offset < b.offset
        }.map(\.element)
    }
}

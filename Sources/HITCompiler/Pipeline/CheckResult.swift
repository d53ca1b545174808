/// What checking one spec produced.
public struct CheckResult: Sendable {
    /// The path as given.
    var path: String
    /// The typed spec when it could be parsed (possibly with errors in it).
    var spec: Spec?
    /// The spec with its defaults applied and its files read, for the later
    /// stages; set only when the spec and its files have no error.
    var checked: CheckedSpec?
    /// Every diagnostic, in print order (see `add`).
    public var diagnostics: [Diagnostic]
    /// Files diagnostics point into, by path, for quoting source lines.
    public var sources: [String: SourceFile]
    /// The pre-flight checklist, when the spec could be parsed.
    public var checklist: PreflightChecklist?
    /// The files diagnostics print in the order of: the spec, then the files it
    /// names in the order they are checked (section files, sample, gold).
    var fileOrder: [String]

    /// Adds diagnostics found on the spec or its files (by a later stage too:
    /// build, batch) and keeps them all in print order (`Diagnostic.sortedByPosition`).
    mutating func add(_ more: [Diagnostic]) {
        diagnostics = Diagnostic.sortedByPosition(diagnostics + more, fileOrder: fileOrder)
    }

    /// True when any diagnostic is an error.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

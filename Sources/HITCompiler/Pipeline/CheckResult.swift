/// What checking one spec produced.
public struct CheckResult: Sendable {
    /// The path as given.
    public var path: String
    /// The typed spec when it could be parsed (possibly with errors in it).
    public var spec: Spec?
    /// Every diagnostic, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// Files diagnostics point into, by path, for quoting source lines.
    public var sources: [String: SourceFile]
    /// The pre-flight checklist, when the spec could be parsed.
    public var checklist: PreflightChecklist?

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// What the load stage produced: a spec file's bytes, or why it cannot be read.
public struct SpecSource: Sendable {
    /// The path as given.
    public var path: String
    /// The file's text; nil when it could not be read.
    public var file: SourceFile?
    /// Why it could not be read (one diagnostic), or nothing.
    public var diagnostics: [Diagnostic]
}

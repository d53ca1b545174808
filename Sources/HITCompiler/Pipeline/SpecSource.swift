/// What the load stage produced: a spec file's bytes, or why it cannot be read.
struct SpecSource: Sendable {
    /// The path as given.
    var path: String
    /// The file's text; nil when it could not be read.
    var file: SourceFile?
    /// Why it could not be read (one diagnostic), or nothing.
    var diagnostics: [Diagnostic]
}

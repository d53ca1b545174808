/// What the parse stage produced: the YAML composed and read into a typed `Spec`.
struct ParsedSpec: Sendable {
    /// The path as given.
    var path: String
    /// The spec file's text.
    var file: SourceFile
    /// The typed spec; nil when the YAML has no document or the parser found no spec in it.
    var spec: Spec?
    /// The YAML's and the parser's diagnostics, in the order found.
    var diagnostics: [Diagnostic]
}

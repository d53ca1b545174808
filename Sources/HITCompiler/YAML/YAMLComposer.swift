/// Builds a `YAMLNode` tree from libyaml's events and enforces the rules a spec
/// file must follow on top of YAML itself: one document, no duplicate keys,
/// only core tags, no merge keys, scalar keys, bounded alias expansion and depth.
///
/// Recoverable problems (a duplicate key, a bad tag) are reported and parsing
/// goes on; syntax errors and exceeded limits stop it.
struct YAMLComposer {
    /// Bounds on input size, nesting and alias expansion.
    var limits: YAMLLimits

    /// A composer with the given limits (the documented defaults if omitted).
    init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// The result of composing one file.
    struct Result: Sendable {
        /// The root node; nil when the file could not be read as one document.
        var root: YAMLNode?
        /// Every problem found, sorted by position (past 200, the rest are counted
        /// in one last diagnostic).
        var diagnostics: [Diagnostic]
    }

    /// Parses `source` into a tree; never throws, every problem is a diagnostic.
    func compose(_ source: SourceFile) -> Result {
        var state = ComposerState(source: source, limits: limits)
        state.run()
        return Result(root: state.root, diagnostics: state.finishDiagnostics())
    }
}

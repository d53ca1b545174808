/// Runs every cross-reference check and lint on a parsed spec.
///
/// File-based checks (paths, sample and gold rows, section files) run in
/// `FileChecks`, which needs the spec's folder.
public struct SpecChecker {
    public init() {}

    /// Diagnostics for `spec`, read from the file named `file`.
    public func check(_ spec: Spec, file: String) -> [Diagnostic] {
        var ctx = CheckContext(spec: spec, file: file)
        LayoutChecks.run(&ctx)
        OptionChecks.run(&ctx)
        VisibleIfChecks.run(&ctx)
        QualityChecks.run(&ctx)
        NameChecks.run(&ctx)
        PayChecks.run(&ctx)
        MTurkChecks.run(&ctx)
        ExampleChecks.run(&ctx)
        Lints.run(&ctx)
        return ctx.diagnostics
    }
}

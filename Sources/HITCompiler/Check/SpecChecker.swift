/// Runs every cross-reference check and lint on a parsed spec.
///
/// File-based checks (paths, sample and gold rows, section files) run in
/// `FileChecks`, which needs the spec's folder.
struct SpecChecker {
    init() {}

    /// Diagnostics for `spec`, read from the file named `file`.
    func check(_ spec: Spec, file: String) -> [Diagnostic] {
        run(spec, file: file).diagnostics
    }

    /// The diagnostics for `spec` and the questions whose `visible_if` cannot be
    /// decided (which data checks treat as optional). `earlier` are the
    /// diagnostics already found in `file`: past the 200th error there, messages
    /// skip their did-you-mean searches (`DiagnosticHorizon`).
    func run(_ spec: Spec, file: String, earlier: [Diagnostic] = []) -> (diagnostics: [Diagnostic], undecidedVisibility: Set<String>) {
        var ctx = CheckContext(spec: spec, file: file, earlier: earlier)
        LayoutChecks.run(&ctx)
        OptionChecks.run(&ctx)
        SharedKeyChecks.run(&ctx)
        PairwiseChecks.run(&ctx)
        VisibleIfChecks.run(&ctx)
        QualityChecks.run(&ctx)
        NameChecks.run(&ctx)
        PayChecks.run(&ctx)
        for target in TargetRegistry.present(in: spec) { target.target.check(target.settings, &ctx) }
        ExampleChecks.run(&ctx)
        UIStringChecks.run(&ctx)
        Lints.run(&ctx)
        CatalogueLints.run(&ctx)
        HotkeyLints.run(&ctx)
        return (ctx.finishDiagnostics(), ctx.undecidedVisibility)
    }
}

import Foundation

/// The stages hitc runs, each a function from one value type to the next:
///
///     path ─load→ SpecSource ─parse→ ParsedSpec ─check→ CheckResult (CheckedSpec)
///          ─lower→ BundleModel ─render→ RenderedBundle ─write→ bundle folder
///
/// `hitc check` runs load, parse and check; `hitc build` all six; `hitc batch`
/// (`BatchBuilder`) and `hitc aggregate` (`AggregateRunner`) run the first three,
/// then their own steps on the `CheckedSpec`. A pipeline is a value holding the
/// stages as closures: `standard` is hitc's, and a test can replace one stage.
public struct Pipeline: Sendable {
    /// Reads a spec file (size limit, regular file) before anything parses it.
    var load: @Sendable (_ path: String, _ limits: YAMLLimits) -> SpecSource
    /// YAML → typed spec.
    var parse: @Sendable (_ file: SourceFile, _ path: String, _ limits: YAMLLimits) -> ParsedSpec
    /// Checks the spec and the files it names; a clean spec becomes a `CheckedSpec`.
    var check: @Sendable (_ parsed: ParsedSpec, _ options: CheckOptions) -> CheckResult
    /// A checked spec → the view models of every output.
    var lower: @Sendable (_ checked: CheckedSpec, _ checklist: PreflightChecklist?) -> BundleModel
    /// View models → the files' bytes, with the templates.
    var render: @Sendable (_ model: BundleModel, _ templates: PreparedTemplates) throws -> RenderedBundle
    /// Files → the bundle folder, atomically; returns notes for the user (`BundleWriter`).
    var write: @Sendable (_ files: [(path: String, data: Data)], _ destination: URL, _ force: Bool) throws -> [String]

    /// hitc's stages.
    static let standard = Pipeline(
        load: SpecLoader.source, parse: SpecParsing.parse, check: SpecChecking.check,
        lower: BundleLowering.lower, render: { model, templates in try BundleRendering.render(model, prepared: templates) },
        write: { files, destination, force in try BundleWriter.write(files, to: destination, force: force) })

    /// Load, parse and check one spec file; never throws, every problem is a diagnostic.
    func check(path: String, options: CheckOptions = CheckOptions()) -> CheckResult {
        let source = load(path, options.yamlLimits)
        guard let file = source.file else {
            return CheckResult(path: path, spec: nil, checked: nil, diagnostics: source.diagnostics, sources: [:],
                               checklist: nil, fileOrder: [path])
        }
        return check(parse(file, path, options.yamlLimits), options)
    }

    /// `standard.check(path:options:)`.
    public static func check(path: String, options: CheckOptions = CheckOptions()) -> CheckResult {
        standard.check(path: path, options: options)
    }
}

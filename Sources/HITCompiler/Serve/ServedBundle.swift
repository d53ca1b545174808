import Foundation

/// One build of a served spec, held in memory: what `hitc serve` answers every
/// request from until the next build replaces it (`ServeBuilder`).
public struct ServedBundle: Sendable {
    /// 1 for the first build, then one more per rebuild; pages carry it so a page
    /// that missed a rebuild (its event stream was reconnecting) still reloads.
    public let generation: Int
    /// The spec file as given.
    public let specPath: String
    /// The bundle's files by path in the bundle (`task.html`, `mturk/question.xml`);
    /// empty when the spec has errors.
    let files: [String: Data]
    /// The bundle's paths in the order `hitc build` lists them.
    let paths: [String]
    /// Every diagnostic of the spec, in `hitc check`'s order, and the files to quote.
    public let diagnostics: [Diagnostic]
    public let sources: [String: SourceFile]
    /// A problem that is not about the spec (the templates).
    public let failure: String?
    /// The files this build read, to watch: the spec, then its section files, sample and gold.
    public let inputs: [String]
    /// The targets the spec has, by key (`mturk`, `prolific`, ...), in registry order.
    let targetKeys: [String]
    /// The sample dealt into HITs as `hitc batch` deals it, made on first use.
    public let hits: ServedHITs

    /// True when the bundle could be built: pages are served; otherwise the error page is.
    public var isBuilt: Bool { !files.isEmpty }

    /// The number of errors (warnings do not stop serving).
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}

extension ServedBundle {
    /// This build, not served: `failure` (the templates could not be read) is shown instead.
    public func failing(_ failure: String) -> ServedBundle {
        ServedBundle(generation: generation, specPath: specPath, files: [:], paths: [], diagnostics: diagnostics,
                     sources: sources, failure: failure, inputs: inputs, targetKeys: [], hits: hits)
    }
}

extension ServeBuilder {
    /// Generation 0: nothing built yet (before the first build is swapped in).
    public static let placeholder = ServedBundle(
        generation: 0, specPath: "", files: [:], paths: [], diagnostics: [], sources: [:], failure: "starting",
        inputs: [], targetKeys: [], hits: ServedHITs(checked: nil, specPath: "", check: CheckOptions()))
}

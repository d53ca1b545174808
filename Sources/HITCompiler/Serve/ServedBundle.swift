import Foundation

/// One build of a served spec, held in memory: what `hitc serve` answers every
/// request from until the next build replaces it (`ServeBuilder`).
public struct ServedBundle: Sendable {
    /// 1 for the first build, then one more per rebuild; pages carry it so a page
    /// that missed a rebuild (its event stream was reconnecting) still reloads.
    public let generation: Int
    /// The spec file as given.
    public let specPath: String
    /// The bundle's files by path in the bundle (`task.html`, `mturk/question.xml`):
    /// the two pages at once, the others once rendered (`ServedFiles`); none when
    /// the spec has errors.
    let files: ServedFiles
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

    /// How long the build took until the pages could be served (check, lower,
    /// the two pages), in milliseconds.
    public let milliseconds: (check: Int, lower: Int, pages: Int)

    /// True when the bundle could be built: pages are served; otherwise the error page is.
    public var isBuilt: Bool { !files.pages.isEmpty }

    /// The bundle's paths in the order `hitc build` lists them (waits for the rest of the bundle).
    var paths: [String] { files.complete().paths }

    /// The number of errors (warnings do not stop serving).
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}

extension ServedBundle {
    /// This build, not served: `failure` (the templates could not be read) is shown instead.
    public func failing(_ failure: String) -> ServedBundle {
        ServedBundle(generation: generation, specPath: specPath, files: ServedFiles(pages: [:], render: nil), diagnostics: diagnostics,
                     sources: sources, failure: failure, inputs: inputs, targetKeys: [], hits: hits, milliseconds: milliseconds)
    }

    /// Starts rendering the files other than the pages (a request for one of them would start it too).
    public func renderRest() { files.start() }

    /// This build once its whole bundle is rendered: itself when the rest rendered
    /// without error (its warnings added to `diagnostics`), else a bundle of the
    /// next generation that is not served and says why. Waits for the rendering.
    public func completed() -> (bundle: ServedBundle, restMilliseconds: Int) {
        guard isBuilt else { return (self, 0) }
        let whole = files.complete()
        let all = diagnostics + whole.diagnostics
        if whole.files.isEmpty {
            let failed = ServedBundle(generation: generation + 1, specPath: specPath, files: ServedFiles(pages: [:], render: nil),
                                      diagnostics: all, sources: sources, failure: whole.failure, inputs: inputs, targetKeys: [],
                                      hits: hits, milliseconds: milliseconds)
            return (failed, whole.milliseconds)
        }
        guard !whole.diagnostics.isEmpty else { return (self, whole.milliseconds) }
        let warned = ServedBundle(generation: generation, specPath: specPath, files: files, diagnostics: all, sources: sources,
                                  failure: failure, inputs: inputs, targetKeys: targetKeys, hits: hits, milliseconds: milliseconds)
        return (warned, whole.milliseconds)
    }
}

extension ServeBuilder {
    /// Generation 0: nothing built yet (before the first build is swapped in).
    public static let placeholder = ServedBundle(
        generation: 0, specPath: "", files: ServedFiles(pages: [:], render: nil), diagnostics: [], sources: [:], failure: "starting",
        inputs: [], targetKeys: [], hits: ServedHITs(checked: nil, specPath: "", check: CheckOptions()), milliseconds: (0, 0, 0))
}

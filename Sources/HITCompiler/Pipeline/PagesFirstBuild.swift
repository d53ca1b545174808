import Foundation

/// `renderInMemory` in two steps, for `hitc serve`: load, parse, check, lower and
/// the pages being viewed (`task.html`, `preview.html`, or both side by side)
/// first, so open pages can reload as soon as they are ready; then `rest()`
/// renders every other file, reusing those pages. The files are the same bytes as
/// `renderInMemory` gives (`BundleRendering.render` with the pages passed in).
struct PagesFirstBuild: Sendable {
    /// The check of the spec (the rendering's own diagnostics come with `rest()`).
    var result: BuildResult
    /// The checked spec, when the check found no error.
    var checked: CheckedSpec?
    /// The pages rendered first (`task.html`, `preview.html` or both); empty when the spec has errors or the templates failed (`result.failure`).
    var pages: [String: Data]
    /// How long each step took, in milliseconds.
    var milliseconds: (check: Int, lower: Int, pages: Int)
    /// What `rest()` needs; nil when there is nothing more to render.
    private var model: BundleModel?
    private var prepared: PreparedTemplates?
    private var pageTexts: [String: String] = [:]

    /// The whole bundle in `hitc build`'s order, or nil with the diagnostics or
    /// the failure that stopped the rendering.
    struct Rest: Sendable {
        var files: [(path: String, data: Data)]?
        var diagnostics: [Diagnostic]
        var failure: String?
    }

    init(result: BuildResult, checked: CheckedSpec?, pages: [String: Data], milliseconds: (check: Int, lower: Int, pages: Int),
         model: BundleModel? = nil, prepared: PreparedTemplates? = nil, pageTexts: [String: String] = [:]) {
        self.result = result
        self.checked = checked
        self.pages = pages
        self.milliseconds = milliseconds
        self.model = model
        self.prepared = prepared
        self.pageTexts = pageTexts
    }

    /// Renders the files other than the pages (the guidelines, `aggregation.json`,
    /// the targets' files, the manifest) and gives the whole bundle. One file at a
    /// time: the author may save again meanwhile, and the next build's pages then
    /// have a core of their own (side by side, this took both cores of a two-core
    /// machine and delayed the next reload of a 1,000-question spec by a third).
    func rest() -> Rest {
        guard let model, let prepared else { return Rest(files: nil, diagnostics: [], failure: result.failure) }
        do {
            let rendered = try BundleRendering.render(model, prepared: prepared, pages: pageTexts, sideBySide: false)
            let stopped = rendered.diagnostics.contains { $0.severity == .error }
            return Rest(files: stopped ? nil : rendered.files, diagnostics: rendered.diagnostics, failure: nil)
        } catch let error as TemplateError {
            return Rest(files: nil, diagnostics: [], failure: error.description)
        } catch {
            return Rest(files: nil, diagnostics: [], failure: "\(error)")
        }
    }
}

extension Pipeline {
    /// Load, parse, check and lower one spec and render the pages named by `first`
    /// (of `BundleRendering.pageNames`; both when none is) with `prepared`
    /// (templates parsed once and reused across builds); the other files are
    /// rendered by the result's `rest()`. Warnings never stop it.
    func renderPagesFirst(path: String, options: BuildOptions, prepared: PreparedTemplates,
                          first: Set<String> = Set(BundleRendering.pageNames)) -> PagesFirstBuild {
        var clock = StageClock()
        let check = check(path: path, options: options.check)
        let checkTime = clock.lap()
        let result = BuildResult(check: check, bundle: nil, files: [], failure: nil)
        guard !check.hasErrors, let checked = check.checked else {
            return PagesFirstBuild(result: result, checked: check.checked, pages: [:], milliseconds: (checkTime, 0, 0))
        }
        let model = lower(checked, check.checklist)
        let lowerTime = clock.lap()
        let chosen = BundleRendering.pageNames.filter(first.contains)
        let names = chosen.isEmpty ? BundleRendering.pageNames : chosen
        do {
            let texts = try ParallelWork.run(names.map { name in { try BundleRendering.page(name, model, prepared: prepared) } })
            let pageTexts = Dictionary(uniqueKeysWithValues: zip(names, texts))
            return PagesFirstBuild(result: result, checked: checked, pages: pageTexts.mapValues { Data($0.utf8) },
                                   milliseconds: (checkTime, lowerTime, clock.lap()),
                                   model: model, prepared: prepared, pageTexts: pageTexts)
        } catch {
            var failed = result
            failed.failure = (error as? TemplateError)?.description ?? "\(error)"
            return PagesFirstBuild(result: failed, checked: checked, pages: [:], milliseconds: (checkTime, lowerTime, clock.lap()))
        }
    }
}

/// Milliseconds between laps, on the monotonic clock.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Milliseconds since the last lap (or since the clock was made).
    mutating func lap() -> Int {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Int((now - last) / 1_000_000)
    }
}

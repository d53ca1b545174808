import Foundation

/// The render stage: a bundle's view models → its files. The pages, the
/// guidelines, `aggregation.json` and each target's files made from the spec
/// render side by side (`ParallelWork.run`); then each target makes its files from
/// the rendered pages (its diagnostics may stop the rendering); last, the
/// manifest lists every file with its digest.
enum BundleRendering {
    /// The files whose text `page(_:_:prepared:)` renders on its own (hitc serve renders them first).
    static let pageNames = ["task.html", "preview.html"]

    /// One of `pageNames` rendered alone: the same text the whole bundle's rendering gives it.
    static func page(_ name: String, _ model: BundleModel, prepared: PreparedTemplates) throws -> String {
        try TaskPageRenderer.render(name == "preview.html" ? model.preview : model.task, prepared: prepared)
    }

    /// Every file of the bundle. `pages` are texts of `pageNames` already rendered
    /// (by `page`), used as they are instead of being rendered again. `sideBySide`
    /// false renders the files one after another, on one core (`hitc serve`'s rest of
    /// a build, which must leave a core to the next build's pages).
    static func render(_ model: BundleModel, prepared: PreparedTemplates, pages done: [String: String] = [:],
                       sideBySide: Bool = true) throws -> RenderedBundle {
        var files: [(path: String, data: Data)] = []
        func add(_ name: String, _ text: String) { files.append((name, Data(text.utf8))) }
        let checked = model.checked

        // Every file below depends only on the models: rendered side by side, added in this order.
        MarkdownRenderer.registerExtensions()
        var jobs: [BundleFileJob] = [
            { ("task.html", try done["task.html"] ?? page("task.html", model, prepared: prepared)) },
            { ("preview.html", try done["preview.html"] ?? page("preview.html", model, prepared: prepared)) },
            { ("guidelines.html", try GuidelinesRenderer.html(model.guidelinesHTML, prepared: prepared)) },
            { ("guidelines.md", try GuidelinesRenderer.markdown(model.guidelinesMarkdown, prepared: prepared)) },
            { ("aggregation.json", JSONText.encode(model.aggregation)) },
        ]
        let bundleFiles = jobs.count
        // Each target's own files rendered from the spec, after the pages.
        var targetJobs: [Range<Int>] = []
        for target in checked.targets.all {
            let start = jobs.count
            jobs += target.specFiles(checked)
            targetJobs.append(start..<jobs.count)
        }
        let rendered = sideBySide ? try ParallelWork.run(jobs) : try jobs.map { try $0() }
        let pages = RenderedPages(task: rendered[0].1, guidelinesHTML: rendered[2].1, guidelinesMarkdown: rendered[3].1,
                                  taskModel: model.task, renderTask: { try TaskPageRenderer.render($0, prepared: prepared) })
        for (name, text) in rendered.prefix(bundleFiles) { add(name, text) }

        // Then what each target makes from the task page, and its rendered files.
        var diagnostics: [Diagnostic] = []
        var manifest = model.manifest
        for (target, slice) in zip(checked.targets.all, targetJobs) {
            let made = try target.pageFiles(pages, checked, file: checked.paths.spec)
            diagnostics += made.diagnostics
            if made.diagnostics.contains(where: { $0.severity == .error }) {
                return RenderedBundle(files: [], diagnostics: diagnostics)
            }
            for (name, text) in made.files { add(name, text) }
            for (name, text) in rendered[slice] { add(name, text) }
            if let entry = made.manifest, let key = target.key { manifest.targets.append((key, entry)) }
        }
        manifest.files = files.map { Manifest.FileEntry(path: $0.path, sha256: Digest.sha256Hex($0.data), bytes: $0.data.count) }
            .sorted { $0.path < $1.path }
        add("manifest.json", JSONText.encode(manifest))
        return RenderedBundle(files: files, diagnostics: diagnostics)
    }
}

import Foundation

/// Builds a `ServedBundle` with the same stages as `hitc build`
/// (`Pipeline.renderPagesFirst`, the files' bytes those of `renderInMemory`),
/// kept in memory instead of written. The pages open in a browser come first:
/// `start` returns as soon as they are rendered, so they can reload; the other
/// files render after (`ServedBundle.renderRest`, or on the first request for one).
/// The templates are parsed once and reused while they are the same.
public enum ServeBuilder {
    /// Checks the spec at `path` and renders its pages; never throws: problems are the
    /// bundle's diagnostics or `failure`, and the bundle is then not built.
    /// `first`: the pages open in a browser (`task.html`, `preview.html`), rendered
    /// before the reload is sent; the other one renders with the rest. Both when empty.
    public static func start(path: String, options: BuildOptions, generation: Int, first: Set<String> = []) -> ServedBundle {
        let prepared: PreparedTemplates
        do {
            prepared = try ServeTemplates.shared.prepared(options.templates)
        } catch {
            let check = Pipeline.standard.check(path: path, options: options.check)
            let memory = PagesFirstBuild(result: BuildResult(check: check, bundle: nil, files: [], failure: nil),
                                         checked: check.checked, pages: [:], milliseconds: (0, 0, 0))
            return bundle(memory, path: path, options: options, generation: generation)
                .failing((error as? TemplateError)?.description ?? "\(error)")
        }
        let memory = Pipeline.standard.renderPagesFirst(path: path, options: options, prepared: prepared, first: first)
        return bundle(memory, path: path, options: options, generation: generation)
    }

    /// `start`, then the rest of the bundle, waited for (`ServedBundle.completed`).
    public static func build(path: String, options: BuildOptions, generation: Int) -> ServedBundle {
        start(path: path, options: options, generation: generation).completed().bundle
    }

    private static func bundle(_ memory: PagesFirstBuild, path: String, options: BuildOptions, generation: Int) -> ServedBundle {
        let check = memory.result.check
        var inputs = check.fileOrder
        for path in check.sources.keys.sorted() where !inputs.contains(path) { inputs.append(path) }
        if let checked = memory.checked {
            for url in [checked.paths.sample, checked.paths.gold].compactMap({ $0 }) + checked.paths.sections.values.sorted(by: { $0.path < $1.path }) {
                if !inputs.contains(url.path) { inputs.append(url.path) }
            }
        }
        let built = !memory.pages.isEmpty
        let checked = built ? memory.checked : nil
        var render: (@Sendable () -> ServedFiles.Whole)?
        if built { render = { @Sendable in ServeBuilder.rest(memory) } }
        let files = ServedFiles(pages: memory.pages, render: render)
        return ServedBundle(
            generation: generation, specPath: path, files: files,
            diagnostics: check.diagnostics, sources: check.sources, failure: memory.result.failure,
            inputs: inputs,
            targetKeys: checked?.targets.all.compactMap(\.key) ?? [],
            hits: ServedHITs(checked: checked, specPath: path, check: options.check,
                             specText: check.sources[path].map { String(decoding: $0.bytes, as: UTF8.self) }),
            milliseconds: memory.milliseconds)
    }
}

extension ServeBuilder {
    /// The whole bundle of a build whose pages are rendered (`PagesFirstBuild.rest`).
    static func rest(_ memory: PagesFirstBuild) -> ServedFiles.Whole {
        var clock = StageClock()
        let rest = memory.rest()
        let files = rest.files ?? []
        var byPath: [String: Data] = [:]
        for file in files { byPath[file.path] = file.data }
        return ServedFiles.Whole(files: byPath, paths: files.map(\.path), diagnostics: rest.diagnostics, failure: rest.failure,
                                 milliseconds: clock.lap())
    }
}

/// The templates parsed once (`PreparedTemplates`) and reused by every build
/// while the set is the same (the built-in set, or the same `--templates` files).
final class ServeTemplates: @unchecked Sendable {
    static let shared = ServeTemplates()
    private let lock = NSLock()
    private var last: (set: TemplateSet, prepared: PreparedTemplates)?

    func prepared(_ set: TemplateSet) throws -> PreparedTemplates {
        lock.lock()
        defer { lock.unlock() }
        if let last, last.set.templates == set.templates, last.set.assets == set.assets { return last.prepared }
        let prepared = try PreparedTemplates(set)
        last = (set, prepared)
        return prepared
    }
}

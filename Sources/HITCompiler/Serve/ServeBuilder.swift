import Foundation

/// Builds a `ServedBundle`: the same stages as `hitc build` (`Pipeline.renderInMemory`),
/// the files kept in memory instead of written.
public enum ServeBuilder {
    /// Checks and renders the spec at `path`; never throws: problems are the bundle's
    /// diagnostics or `failure`, and the bundle is then not built.
    public static func build(path: String, options: BuildOptions, generation: Int) -> ServedBundle {
        let memory = Pipeline.standard.renderInMemory(path: path, options: options, treatWarningsAsErrors: false)
        let check = memory.result.check
        let files = memory.files ?? []
        var inputs = check.fileOrder
        for path in check.sources.keys.sorted() where !inputs.contains(path) { inputs.append(path) }
        if let checked = memory.checked {
            for url in [checked.paths.sample, checked.paths.gold].compactMap({ $0 }) + checked.paths.sections.values.sorted(by: { $0.path < $1.path }) {
                if !inputs.contains(url.path) { inputs.append(url.path) }
            }
        }
        let checked = memory.files == nil ? nil : memory.checked
        return ServedBundle(
            generation: generation, specPath: path,
            files: Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a }),
            paths: files.map(\.path),
            diagnostics: check.diagnostics, sources: check.sources, failure: memory.result.failure,
            inputs: inputs,
            targetKeys: checked?.targets.all.compactMap(\.key) ?? [],
            hits: ServedHITs(checked: checked, specPath: path, check: options.check,
                             specText: check.sources[path].map { String(decoding: $0.bytes, as: UTF8.self) }))
    }
}

/// The stages from a path to a checked spec: load → YAML → spec → checks → files → `CheckedSpec`.
public enum Pipeline {
    /// Checks one spec file; never throws, every problem is a diagnostic.
    public static func check(path: String, options: CheckOptions = CheckOptions()) -> CheckResult {
        var result = CheckResult(path: path, spec: nil, checked: nil, diagnostics: [], sources: [:], checklist: nil, fileOrder: [path])
        let source: SourceFile
        switch SpecLoader.load(path, limits: options.yamlLimits) {
        case .success(let s): source = s
        case .failure(let d):
            result.diagnostics = [d]
            return result
        }
        result.sources[path] = source
        let composed = YAMLComposer(limits: options.yamlLimits).compose(source)
        var diagnostics = composed.diagnostics
        guard let root = composed.root else {
            result.add(diagnostics)
            return result
        }
        let parsed = SpecParser().parse(root, file: path)
        diagnostics += parsed.diagnostics
        var read: CheckedFiles?
        if let spec = parsed.spec {
            let checked = SpecChecker().run(spec, file: path, earlier: diagnostics)
            diagnostics += checked.diagnostics
            var files = FileChecks(spec: spec, specPath: path, checkData: options.checkDataFiles,
                                   undecidedVisibility: checked.undecidedVisibility)
            files.run()
            read = files.read
            diagnostics += files.diagnostics
            for (p, s) in files.sources { result.sources[p] = s }
            result.fileOrder += files.checkedFiles.map(\.path)
            result.spec = spec
            result.checklist = PreflightChecklist.evaluate(spec, diagnostics: diagnostics, specFile: path,
                                                           fileSections: Dictionary(files.checkedFiles, uniquingKeysWith: { a, _ in a }))
        }
        result.add(diagnostics)
        if !result.hasErrors, let spec = result.spec, let read {
            result.checked = CheckedSpec(spec: spec, source: source, files: read)
        }
        return result
    }
}

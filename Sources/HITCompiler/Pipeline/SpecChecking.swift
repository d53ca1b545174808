/// The check stage: the spec's rules (`SpecChecker`), then the files it names
/// (`FileChecks`: section files, sample, gold), then the pre-flight checklist;
/// a spec with no error becomes a `CheckedSpec` with those files' contents.
enum SpecChecking {
    static func check(_ parsed: ParsedSpec, options: CheckOptions) -> CheckResult {
        let path = parsed.path
        var result = CheckResult(path: path, spec: nil, checked: nil, diagnostics: [], sources: [path: parsed.file],
                                 checklist: nil, fileOrder: [path])
        var diagnostics = parsed.diagnostics
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
            result.checked = CheckedSpec(spec: spec, source: parsed.file, files: read)
        }
        return result
    }
}

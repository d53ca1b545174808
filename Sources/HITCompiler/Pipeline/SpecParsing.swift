/// The parse stage: the spec file's YAML composed (with its limits) and read into a typed `Spec`.
enum SpecParsing {
    static func parse(_ file: SourceFile, path: String, limits: YAMLLimits) -> ParsedSpec {
        let composed = YAMLComposer(limits: limits).compose(file)
        guard let root = composed.root else {
            return ParsedSpec(path: path, file: file, spec: nil, diagnostics: composed.diagnostics)
        }
        let parsed = SpecParser().parse(root, file: path)
        return ParsedSpec(path: path, file: file, spec: parsed.spec, diagnostics: composed.diagnostics + parsed.diagnostics)
    }
}

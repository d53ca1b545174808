import Foundation

/// `hitc build`: check a spec, render every file of the bundle in memory, and
/// write them atomically as `<output>/<id>/`. Nothing is written when the spec
/// or the rendering has an error.
public enum BundleBuilder {
    /// Builds one spec with the standard stages. With `treatWarningsAsErrors`, a warning stops the build too.
    public static func build(path: String, options: BuildOptions, treatWarningsAsErrors: Bool = false) -> BuildResult {
        Pipeline.standard.build(path: path, options: options, treatWarningsAsErrors: treatWarningsAsErrors)
    }
}

extension Pipeline {
    /// `hitc build` of one spec: load, parse, check, lower, render (`renderInMemory`), write.
    func build(path: String, options: BuildOptions, treatWarningsAsErrors: Bool) -> BuildResult {
        let memory = renderInMemory(path: path, options: options, treatWarningsAsErrors: treatWarningsAsErrors)
        var result = memory.result
        guard let files = memory.files, let checked = memory.checked else { return result }
        do {
            let destination = URL(fileURLWithPath: options.outputDirectory).appendingPathComponent(checked.id)
            result.notes = try write(files, destination, options.force)
            // As the user wrote it ('out/my-task'), so messages show their own path.
            result.bundle = (options.outputDirectory as NSString).appendingPathComponent(checked.id)
            result.files = files.map { ($0.path, $0.data.count) }
        } catch let error as BundleWriter.Failure {
            result.failure = error.description
        } catch {
            result.failure = "\(error)"
        }
        return result
    }

    /// Load, parse, check, lower and render one spec, writing nothing: the
    /// bundle's files in memory (`hitc build` writes them, `hitc serve` serves
    /// them). `files` is nil when the spec or the rendering has an error (the
    /// diagnostics are in `result.check`) or the templates fail (`result.failure`).
    func renderInMemory(path: String, options: BuildOptions, treatWarningsAsErrors: Bool)
        -> (result: BuildResult, files: [(path: String, data: Data)]?, checked: CheckedSpec?) {
        // Parsing the templates does not depend on the spec: it runs while the spec is checked.
        let templates = options.templates
        let preparing = Background { try PreparedTemplates(templates) }
        var check = check(path: path, options: options.check)
        var result = BuildResult(check: check, bundle: nil, files: [], failure: nil)
        let blocking = treatWarningsAsErrors ? !check.diagnostics.isEmpty : check.hasErrors
        guard !blocking, let checked = check.checked else {
            return (result, nil, check.checked)
        }
        do {
            let model = lower(checked, check.checklist)
            let rendered = try render(model, try preparing.value())
            check.add(rendered.diagnostics)
            result.check = check
            if rendered.diagnostics.contains(where: { $0.severity == .error || treatWarningsAsErrors }) {
                return (result, nil, checked)
            }
            return (result, rendered.files, checked)
        } catch let error as TemplateError {
            result.failure = error.description
        } catch {
            result.failure = "\(error)"
        }
        result.check = check
        return (result, nil, checked)
    }
}

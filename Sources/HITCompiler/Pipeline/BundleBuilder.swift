import Foundation

/// `hitc build`: check a spec, render every file of the bundle in memory, and
/// write them atomically as `<output>/<id>/`. Nothing is written when the spec
/// or the rendering has an error.
public enum BundleBuilder {
    /// Builds one spec. With `treatWarningsAsErrors`, a warning stops the build too.
    public static func build(path: String, options: BuildOptions, treatWarningsAsErrors: Bool = false) -> BuildResult {
        // Parsing the templates does not depend on the spec: it runs while the spec is checked.
        let templates = options.templates
        let preparing = Background { try PreparedTemplates(templates) }
        var check = Pipeline.check(path: path, options: options.check)
        var result = BuildResult(check: check, bundle: nil, files: [], failure: nil)
        let blocking = treatWarningsAsErrors ? !check.diagnostics.isEmpty : check.hasErrors
        guard !blocking, let checked = check.checked else {
            return result
        }
        do {
            var files: [(path: String, data: Data)] = []
            func add(_ name: String, _ text: String) { files.append((name, Data(text.utf8))) }

            let items = checked.previewItems
            let guidelines = GuidelinesLowering(checked).document()
            let prepared = try preparing.value()
            // Every file below depends only on the spec: rendered side by side (see `Concurrently`),
            // added in this order.
            MarkdownRenderer.registerExtensions()
            var jobs: [@Sendable () throws -> (String, String)] = [
                { ("task.html", try TaskPageRenderer.render(checked, mode: .task, items: items, prepared: prepared)) },
                { ("preview.html", try TaskPageRenderer.render(checked, mode: .preview, items: items, prepared: prepared)) },
                { ("guidelines.html", try GuidelinesRenderer.html(checked, prepared: prepared, document: guidelines)) },
                { ("guidelines.md", try GuidelinesRenderer.markdown(checked, prepared: prepared, document: guidelines)) },
                { ("aggregation.json", JSONText.encode(AggregationConfig(checked))) },
            ]
            let bundleFiles = jobs.count
            // Each target's own files rendered from the spec, after the pages.
            var targetJobs: [Range<Int>] = []
            for target in checked.targets.all {
                let start = jobs.count
                jobs += target.specFiles(checked)
                targetJobs.append(start..<jobs.count)
            }
            let rendered = try Concurrently.run(jobs)
            let task = rendered[0].1
            for (name, text) in rendered.prefix(bundleFiles) { add(name, text) }

            // Then what each target makes from the task page (it may stop the build), and its rendered files.
            var manifestEntries: [(key: String, value: any Encodable & Sendable)] = []
            for (target, slice) in zip(checked.targets.all, targetJobs) {
                let made = try target.pageFiles(task: task, checked, file: path)
                check.add(made.diagnostics)
                if made.diagnostics.contains(where: { $0.severity == .error || treatWarningsAsErrors }) {
                    result.check = check
                    return result
                }
                for (name, text) in made.files { add(name, text) }
                for (name, text) in rendered[slice] { add(name, text) }
                if let entry = made.manifest, let key = target.key { manifestEntries.append((key, entry)) }
            }
            let source = checked.source
            let manifest = Manifest(
                hitcVersion: HITCVersion.current,
                task: AggregationConfig.Task(checked),
                spec: Manifest.FileEntry(path: checked.paths.specFileName, sha256: Digest.sha256Hex(source.rawBytes),
                                         bytes: source.rawBytes.count),
                files: files.map { Manifest.FileEntry(path: $0.path, sha256: Digest.sha256Hex($0.data), bytes: $0.data.count) }
                    .sorted { $0.path < $1.path },
                checklist: check.checklist, cost: CostEstimate(checked), targets: manifestEntries)
            add("manifest.json", JSONText.encode(manifest))

            let id = checked.id
            let destination = URL(fileURLWithPath: options.outputDirectory).appendingPathComponent(id)
            result.notes = try BundleWriter.write(files, to: destination, force: options.force)
            // As the user wrote it ('out/my-task'), so messages show their own path.
            result.bundle = (options.outputDirectory as NSString).appendingPathComponent(id)
            result.files = files.map { ($0.path, $0.data.count) }
        } catch let error as BundleWriter.Failure {
            result.failure = error.description
        } catch let error as TemplateError {
            result.failure = error.description
        } catch {
            result.failure = "\(error)"
        }
        result.check = check
        return result
    }
}

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
        let spec = checked.spec
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
            if checked.mturk != nil {
                jobs.append { ("mturk/hit-type.json", JSONText.encode(MTurkHITType(checked))) }
                jobs.append { ("mturk/review-policy.json", JSONText.encode(MTurkReviewPolicy(checked))) }
            }
            let rendered = try Concurrently.run(jobs)
            let task = rendered[0].1
            for (name, text) in rendered.prefix(bundleFiles) { add(name, text) }

            var mturkInfo: Manifest.MTurkInfo?
            if let mturk = checked.mturk {
                let xml = try MTurkQuestion.xml(page: task, frameHeight: mturk.frameHeight)
                let bytes = xml.utf8.count
                let diagnostics = sizeDiagnostics(bytes, spec: spec, file: path)
                check.add(diagnostics)
                if diagnostics.contains(where: { $0.severity == .error || treatWarningsAsErrors }) {
                    result.check = check
                    return result
                }
                add("mturk/question.xml", xml)
                for (name, text) in rendered.dropFirst(bundleFiles) { add(name, text) }
                mturkInfo = Manifest.MTurkInfo(questionBytes: bytes, questionLimit: MTurkQuestion.byteLimit,
                                               maxAssignments: checked.judgmentsPerItem,
                                               lifetimeInSeconds: mturk.lifetimeSeconds)
            }
            let source = checked.source
            let manifest = Manifest(
                hitcVersion: HITCVersion.current,
                task: AggregationConfig.Task(checked),
                spec: Manifest.FileEntry(path: checked.paths.specFileName, sha256: Digest.sha256Hex(source.rawBytes),
                                         bytes: source.rawBytes.count),
                files: files.map { Manifest.FileEntry(path: $0.path, sha256: Digest.sha256Hex($0.data), bytes: $0.data.count) }
                    .sorted { $0.path < $1.path },
                checklist: check.checklist, cost: CostEstimate(checked), mturk: mturkInfo)
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

    /// W0010 above 80% of MTurk's limit, E0601 over it, at `targets.mturk`.
    static func sizeDiagnostics(_ bytes: Int, spec: Spec, file: String) -> [Diagnostic] {
        let range = spec.sectionRanges["targets"]
        let limit = MTurkQuestion.byteLimit
        if bytes > limit {
            return [Diagnostic(.questionOverLimit,
                               "mturk/question.xml would be \(bytes) bytes, over MTurk's limit of \(limit)",
                               file: file, range: range,
                               notes: [DiagnosticNote("shorten the guidelines shown in the page, or fewer items per HIT")])]
        }
        if Double(bytes) > Double(limit) * MTurkQuestion.warningShare {
            return [Diagnostic(.questionNearLimit,
                               "mturk/question.xml is \(bytes) bytes, \(bytes * 100 / limit)% of MTurk's limit of \(limit)",
                               file: file, range: range)]
        }
        return []
    }
}

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
        guard !blocking, let spec = check.spec, let id = spec.id?.value, let source = check.sources[path] else {
            return result
        }
        do {
            let items = SampleItems.load(spec, specPath: path)
            var files: [(path: String, data: Data)] = []
            func add(_ name: String, _ text: String) { files.append((name, Data(text.utf8))) }

            let sections = TaskPageRenderer.sectionBodies(spec, specPath: path)
            let sectionProblems = forbiddenCharacterDiagnostics(spec, sectionBodies: sections, specPath: path)
            if !sectionProblems.isEmpty {
                for problem in sectionProblems { check.sources[problem.file.path] = problem.file }
                check.add(sectionProblems.map(\.diagnostic))
                result.check = check
                return result
            }
            let guidelines = GuidelinesLowering(spec: spec, sectionBodies: sections).document()
            let prepared = try preparing.value()
            // Every file below depends only on the spec: rendered side by side (see `Concurrently`),
            // added in this order.
            MarkdownRenderer.registerExtensions()
            var jobs: [@Sendable () throws -> (String, String)] = [
                { ("task.html", try TaskPageRenderer.render(spec, mode: .task, items: items, prepared: prepared, sectionBodies: sections)) },
                { ("preview.html", try TaskPageRenderer.render(spec, mode: .preview, items: items, prepared: prepared, sectionBodies: sections)) },
                { ("guidelines.html", try GuidelinesRenderer.html(spec, prepared: prepared, document: guidelines)) },
                { ("guidelines.md", try GuidelinesRenderer.markdown(spec, prepared: prepared, document: guidelines)) },
                { ("aggregation.json", JSONText.encode(AggregationConfig(spec))) },
            ]
            let bundleFiles = jobs.count
            if spec.targets?.mturk != nil {
                jobs.append { ("mturk/hit-type.json", JSONText.encode(MTurkHITType(spec))) }
                jobs.append { ("mturk/review-policy.json", JSONText.encode(MTurkReviewPolicy(spec))) }
            }
            let rendered = try Concurrently.run(jobs)
            let task = rendered[0].1
            for (name, text) in rendered.prefix(bundleFiles) { add(name, text) }

            var mturkInfo: Manifest.MTurkInfo?
            if let mturk = spec.targets?.mturk {
                let xml = try MTurkQuestion.xml(page: task, frameHeight: mturk.frameHeight ?? 0)
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
                                               maxAssignments: spec.quality?.judgmentsPerItem.value ?? 1,
                                               lifetimeInSeconds: mturk.lifetime?.value.seconds ?? 7 * 86_400)
            }
            let manifest = Manifest(
                hitcVersion: HITCVersion.current,
                task: AggregationConfig.Task(id: id, version: spec.version?.value.description ?? ""),
                spec: Manifest.FileEntry(path: (path as NSString).lastPathComponent, sha256: Digest.sha256Hex(source.rawBytes),
                                         bytes: source.rawBytes.count),
                files: files.map { Manifest.FileEntry(path: $0.path, sha256: Digest.sha256Hex($0.data), bytes: $0.data.count) }
                    .sorted { $0.path < $1.path },
                checklist: check.checklist, cost: CostEstimate(spec), mturk: mturkInfo)
            add("manifest.json", JSONText.encode(manifest))

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

    /// E0602 for each guideline section file holding a character XML 1.0 forbids,
    /// at the character, with the file to quote. The check reports these too
    /// (`FileChecks`); this guard catches a file changed since, so the build never
    /// stops on the page's last guard with no location.
    static func forbiddenCharacterDiagnostics(_ spec: Spec, sectionBodies: [String: String],
                                              specPath: String) -> [(diagnostic: Diagnostic, file: SourceFile)] {
        sectionBodies.sorted(by: { $0.key < $1.key }).compactMap { relative, text in
            FileChecks.forbiddenCharacter(in: text, display: FileChecks.displayPath(relative, specPath: specPath))
        }
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

import Foundation

/// What `hitc batch` produced.
public struct BatchResult: Sendable {
    /// The check of the spec, with the data file's diagnostics and the batch's own added.
    public var check: CheckResult
    /// The counts and files; nil when nothing was written.
    public var summary: BatchSummary?
    /// The folder written, as given (or the default `out/<id>/batch`); nil when nothing was written.
    public var folder: String?
    /// A problem that is not about the spec or the data (the file system).
    public var failure: String?
}

/// `hitc batch`: check the spec (as `hitc check`), check every data row while
/// scattering the rows into a seeded external shuffle, then deal them into
/// HITs with gold mixed in and write the upload files. Any error in the spec
/// or the data stops the run before anything is written.
///
/// Files (relative to the output folder): `hits.jsonl` (one line per HIT: the
/// upload file of the targets that fetch their items by HIT, and the batch's
/// manifest), each target's own upload files (`TargetBatchFiles`), and `summary.json`.
public enum BatchBuilder {
    /// Runs a batch for the spec at `specPath`.
    public static func run(specPath: String, options: BatchOptions) -> BatchResult {
        let check = Pipeline.check(path: specPath, options: options.check)
        var result = BatchResult(check: check, summary: nil, folder: nil, failure: nil)
        guard let checked = check.checked, !blocks(check.diagnostics, options) else { return result }
        let spec = checked.spec

        let gold = GoldPool(checked)
        let specProblems = specDiagnostics(spec, gold: gold, file: specPath)
        result.check.diagnostics += specProblems
        guard !blocks(specProblems, options), let keyField = spec.data.key?.value else {
            result.check.diagnostics = Diagnostic.sortedByPosition(result.check.diagnostics)
            return result
        }

        let path = options.outputDirectory ?? "out/\(checked.id)/batch"
        let folder: BatchFolder
        do {
            folder = try BatchFolder(URL(fileURLWithPath: path), force: options.force)
        } catch {
            result.failure = error.description
            return result
        }
        do {
            let written = try write(checked, keyField: keyField, gold: gold, folder: folder, options: options,
                                    result: &result)
            guard let summary = written else {
                folder.discard()
                result.check.diagnostics = Diagnostic.sortedByPosition(result.check.diagnostics)
                return result
            }
            try folder.commit()
            result.summary = summary
            result.folder = path
        } catch let problem as BatchItemProblem {
            folder.discard()
            result.check.diagnostics.append(problem.diagnostic(checked, keyField: keyField, options: options))
        } catch let failure as BatchFolder.Failure {
            folder.discard()
            result.failure = failure.description
        } catch {
            folder.discard()
            result.failure = "cannot write '\(path)': \(error.localizedDescription)"
        }
        result.check.diagnostics = Diagnostic.sortedByPosition(result.check.diagnostics)
        return result
    }

    /// True when `diagnostics` stop the run: any error, or any warning with `--warnings-as-errors`.
    static func blocks(_ diagnostics: [Diagnostic], _ options: BatchOptions) -> Bool {
        options.warningsAsErrors ? !diagnostics.isEmpty : diagnostics.contains { $0.severity == .error }
    }

    /// `a × b`, or `Int.max` when the product does not fit (a count shown, never a trap).
    static func saturatingProduct(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : product
    }

    /// E0701 without `data.key`; E0702 when the gold file cannot fill `per_hit` slots with different items.
    static func specDiagnostics(_ spec: Spec, gold: GoldPool, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if spec.data.key == nil {
            out.append(Diagnostic(.batchNeedsKey, "'hitc batch' needs 'data.key': the page sends each item's key back with its answers",
                                  file: file, range: spec.sectionRanges["data"],
                                  notes: [DiagnosticNote("name the field that identifies an item, e.g. 'key: item_id'")]))
        }
        // Without a key no gold row can be read; E0701 says why.
        if spec.data.key != nil, let g = spec.quality?.gold, g.perHit.value > gold.items.count {
            out.append(Diagnostic(.goldPoolTooSmall,
                                  "each HIT needs \(g.perHit.value) different gold item\(g.perHit.value == 1 ? "" : "s"), but '\(g.file.value)' has \(gold.items.count)",
                                  file: file, range: g.perHit.range,
                                  notes: [DiagnosticNote("add gold rows, or lower 'per_hit'")]))
        }
        return out
    }

    /// Reads, checks and shuffles the data, then writes every file into `folder`.
    /// Nil (with diagnostics in `result`) when the data has a problem.
    private static func write(_ checked: CheckedSpec, keyField: String, gold: GoldPool, folder: BatchFolder, options: BatchOptions,
                              result: inout BatchResult) throws -> BatchSummary? {
        let spec = checked.spec
        let dataURL = URL(fileURLWithPath: options.dataPath)
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: dataURL.path)[.size] as? NSNumber)?.intValue ?? 0
        let shuffle = try ExternalShuffle(folder: folder.staging.appendingPathComponent(".shuffle"),
                                          bucketCount: options.bucketCount ?? ExternalShuffle.bucketCount(forFileBytes: fileBytes),
                                          random: SeededRandom(seed: options.seed, stream: 1))
        defer { shuffle.discard() }
        var keyCheck = ItemKeyCheck(goldKeys: gold.keys, keyField: keyField, file: options.dataPath,
                                    limit: options.limits.maxDiagnosticsPerFile, joinsKeys: checked.targets.itemKeyJoinReason)
        let fields = spec.data.fields.map(\.name)
        var writeError: Error?
        var rowErrors = false
        let progress = options.progress
        var reading = ProgressSteps(total: fileBytes, progress.map { report in { report(.reading(done: $0, total: fileBytes)) } })
        let dataCheck = DataFileChecker.check(url: dataURL, displayPath: options.dataPath, schema: spec.data,
                                            questions: spec.hit.questions, role: .sample, limits: options.limits) { record in
            reading.update(record.offset)
            guard !record.hasErrors else { rowErrors = true; return }
            guard keyCheck.accept(record), !rowErrors, writeError == nil else { return }
            do {
                try shuffle.add(key: record[keyField]?.text ?? "", object: ItemPayload.object(record, fields: fields))
            } catch {
                writeError = error
            }
        }
        reading.finish()
        if let writeError { throw writeError }
        let dataProblems = dataCheck.diagnostics + keyCheck.diagnostics()
        result.check.diagnostics += dataProblems
        if let source = dataCheck.source { result.check.sources[options.dataPath] = source }
        if blocks(dataProblems, options) || rowErrors { return nil }

        let itemsPerHIT = checked.itemsPerHit
        let goldPerHIT = checked.goldPerHit
        let judgments = checked.judgmentsPerItem
        var assembler = HITAssembler(regularPerHIT: itemsPerHIT - goldPerHIT, goldPerHIT: goldPerHIT, gold: gold,
                                     random: SeededRandom(seed: options.seed, stream: 3))
        // The targets' own upload files, resolved once; each gets every HIT.
        let targetFiles = checked.targets.all.compactMap { $0.batchFiles(checked, gold: gold) }
        var files = ["hits.jsonl", "summary.json"]
        for target in targetFiles {
            files += target.names
            try target.start(folder)
        }

        var goldSlots = 0
        var lastHITItems = 0
        func emit(_ hit: BatchHIT) throws {
            goldSlots += hit.goldSlots.count
            lastHITItems = hit.slots.count - hit.goldSlots.count
            try folder.append(BatchOutput.hitLine(hit, assignments: judgments), to: "hits.jsonl")
            for target in targetFiles { try target.append(hit, folder) }
        }
        var random = SeededRandom(seed: options.seed, stream: 2)
        let items = shuffle.count
        var writing = ProgressSteps(total: items, progress.map { report in { report(.writing(done: $0, total: items)) } })
        var dealt = 0
        try shuffle.drain(random: &random) { item in
            if let hit = assembler.add(key: item.key, object: item.object) { try emit(hit) }
            dealt += 1
            writing.update(dealt)
        }
        writing.finish()
        if let hit = assembler.finish() { try emit(hit) }
        for target in targetFiles { try target.finish(folder) }

        let summary = BatchSummary(task: checked.id, data: options.dataPath, seed: options.seed, items: shuffle.count,
                                   goldSlots: goldSlots, goldPool: gold.items.count, hits: assembler.hits,
                                   assignments: Self.saturatingProduct(assembler.hits, judgments), itemsPerHIT: itemsPerHIT, goldPerHIT: goldPerHIT,
                                   judgmentsPerItem: judgments, lastHITItems: lastHITItems, files: files.sorted(),
                                   cost: CostEstimate(checked, items: shuffle.count))
        try folder.write(Data(JSONText.encode(summary).utf8), to: "summary.json")
        return summary
    }
}

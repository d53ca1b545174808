import Foundation

/// Settings for `hitc aggregate`.
public struct AggregateOptions: Sendable {
    /// The folder to write; nil for `out/<spec id>/aggregate`.
    public var outputDirectory: String?
    /// The results format, or nil to detect it from the header or first line.
    public var format: ResultsFormat?
    /// Dawid-Skene settings (most iterations, tolerance).
    public var dawidSkene: DawidSkene
    /// Treat warnings (spec or results) as errors: nothing is written on one.
    public var warningsAsErrors: Bool
    /// How the spec is checked (the spec size limit, data files).
    public var check: CheckOptions
    /// Told how far the run is (for a progress line); nil for none.
    public var progress: (@Sendable (AggregateProgress) -> Void)?
    /// The data file the items came from (`--data`): the compared objects of pairwise questions.
    public var dataPath: String?
    /// Write `report.html` too (`--no-report` turns it off).
    public var report = true

    /// The default settings, or the ones given.
    public init(outputDirectory: String? = nil, format: ResultsFormat? = nil, dawidSkene: DawidSkene = DawidSkene(),
                warningsAsErrors: Bool = false, check: CheckOptions = CheckOptions(),
                progress: (@Sendable (AggregateProgress) -> Void)? = nil, dataPath: String? = nil) {
        self.dataPath = dataPath
        self.outputDirectory = outputDirectory
        self.format = format
        self.dawidSkene = dawidSkene
        self.warningsAsErrors = warningsAsErrors
        self.check = check
        self.progress = progress
    }
}

/// How far `hitc aggregate` is, for a progress line.
public enum AggregateProgress: Sendable, Equatable {
    /// Reading the results file: bytes read of its size.
    case reading(done: Int, total: Int)
    /// The results file is read (with or without problems): the reading progress is over.
    case readingFinished
}

/// What `hitc aggregate` produced.
public struct AggregateRunResult: Sendable {
    /// The check of the spec, every diagnostic in it.
    var check: CheckResult
    /// The diagnostics the run reports, in print order: the spec's errors (all of
    /// its diagnostics with `warningsAsErrors`) when the spec stops the run, else
    /// the results file's (possibly none). The spec's warnings alone are not
    /// repeated: `hitc check` and `hitc build` report them.
    public var diagnostics: [Diagnostic]
    /// Files `diagnostics` point into, by path (the spec's files, the results file).
    public var sources: [String: SourceFile]
    /// The counts and figures of `summary.json`; nil when nothing was written.
    public var summary: AggregateSummary?
    /// The folder written, as given (or the default `out/<id>/aggregate`); nil when nothing was written.
    public var folder: String?
    /// A problem that is not about the spec or the results (the file system).
    public var failure: String?
    /// Whether `report.html` was written.
    public var wroteReport = false
}

/// `hitc aggregate`: check the spec (as `hitc check`), read the results file,
/// decode the spec's gold answers into the same store, aggregate (`Aggregator`)
/// and write `labels.csv`, `labels.jsonl`, `workers.csv` and `summary.json`
/// (`AggregateWriter`), then `report.html` unless turned off (`ReportWriter`). An error in the spec or the results, or with
/// `warningsAsErrors` any warning, stops the run before anything is written.
public enum AggregateRunner {
    /// Aggregates the answers in `results` (the path as the user named it) to the spec at `specPath`.
    public static func run(specPath: String, results: String, options: AggregateOptions) -> AggregateRunResult {
        let check = Pipeline.check(path: specPath, options: options.check)
        var result = AggregateRunResult(check: check, diagnostics: [], sources: check.sources, summary: nil, folder: nil,
                                        failure: nil)
        guard let checked = check.checked, !blocks(check.diagnostics, options) else {
            result.diagnostics = options.warningsAsErrors ? check.diagnostics : check.diagnostics.filter { $0.severity == .error }
            return result
        }

        let progress = options.progress
        var reported: (@Sendable (Int, Int) -> Void)?
        if let progress { reported = { done, total in progress(.reading(done: done, total: total)) } }
        var reader = ResultsReader(questions: checked.spec.hit.questions, format: options.format, progress: reported)
        reader.itemKeyField = checked.spec.data.key?.value
        var reading = reader.read(path: results, displayPath: results)
        progress?(.readingFinished)
        if let source = reading.source { result.sources[results] = source }
        result.diagnostics = reading.diagnostics
        if blocks(reading.diagnostics, options) { return result }

        let gold = GoldAnswers(checked, store: &reading.store)
        var aggregator = Aggregator(checked, dawidSkene: options.dawidSkene)
        aggregator.keepsReportInputs = options.report
        let quality = checked.spec.quality
        if let ranked = checked.spec.hit.questions.first(where: { PairwiseRanking.ranks($0, method: Aggregator.method(for: $0, in: quality)) }) {
            guard let dataPath = options.dataPath else {
                result.failure = "question '\(ranked.id)' ranks the objects it compares: give the data file the items came from with --data FILE"
                return result
            }
            let (objects, dataCheck) = PairwiseObjects.read(path: dataPath, spec: checked.spec)
            result.diagnostics += dataCheck.diagnostics
            if let source = dataCheck.source { result.sources[dataPath] = source }
            if blocks(dataCheck.diagnostics, options) { return result }
            aggregator.pairwiseObjects = objects
        }
        let report = aggregator.run(reading, gold: gold, resultsPath: results)
        let folder = options.outputDirectory ?? "out/\(checked.id)/aggregate"
        do {
            // The report's page is built while the other files are written (its own core), then written last.
            let directory = URL(fileURLWithPath: folder)
            let wantsReport = options.report, checklist = check.checklist
            let jobs: [@Sendable () throws -> [UInt8]?] = [
                { try AggregateWriter.write(report, to: directory); return nil },
                { wantsReport ? ReportWriter.page(report, checked: checked, checklist: checklist) : nil },
            ]
            if let page = try ParallelWork.run(jobs)[1] {
                try ReportWriter.write(page: page, to: directory)
                result.wroteReport = true
            }
        } catch {
            result.failure = "cannot write '\(folder)': \(error.localizedDescription)"
            return result
        }
        result.summary = report.summary
        result.folder = folder
        return result
    }

    /// True when `diagnostics` stop the run: any error, or any warning with `warningsAsErrors`.
    static func blocks(_ diagnostics: [Diagnostic], _ options: AggregateOptions) -> Bool {
        options.warningsAsErrors ? !diagnostics.isEmpty : diagnostics.contains { $0.severity == .error }
    }
}

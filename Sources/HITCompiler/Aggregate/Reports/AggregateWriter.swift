import Foundation

/// Writes an `AggregateReport` into a folder: `labels.csv`, `labels.jsonl`,
/// `workers.csv` and `summary.json`. Output is deterministic: rows in order of
/// first appearance in the results file (labels by question in spec order,
/// then item), numbers with at most six decimals, JSON keys sorted.
public enum AggregateWriter {
    /// The files written, in order.
    public static let fileNames = ["labels.csv", "labels.jsonl", "workers.csv", "summary.json"]

    /// The files a run with `summary` wrote: `fileNames`, then a ranking file per ranked question,
    /// then `report.html` when `report` (it was written).
    public static func fileNames(of summary: AggregateSummary, report: Bool = false) -> [String] {
        let ranked = summary.questions.filter { $0.ranking != nil }.map(\.question)
        return fileNames + ranked.map { PairwiseRanking.fileName(question: $0, several: ranked.count > 1) }
            + (report ? [ReportWriter.fileName] : [])
    }

    /// Writes the four files into `directory` (created if needed); each file is
    /// written to a temporary name and renamed into place, so a reader never
    /// sees half a file.
    /// The two label files are written at the same time, one task each.
    public static func write(_ report: AggregateReport, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let labels = report.labels
        let errors = ParallelWork.collect(2) { k -> (any Error)? in
            do {
                if k == 0 {
                    let file = try OutputFile(directory.appendingPathComponent("labels.csv"))
                    try LabelFiles.csv(labels) { try file.append($0) }
                    try file.finish()
                } else {
                    let file = try OutputFile(directory.appendingPathComponent("labels.jsonl"))
                    try LabelFiles.jsonLines(labels) { try file.append($0) }
                    try file.finish()
                }
            } catch {
                return error
            }
            return nil
        }
        if let error = errors.compactMap({ $0 }).first { throw error }
        let workers = try OutputFile(directory.appendingPathComponent("workers.csv"))
        try workersCSV(count: report.workers.count, figureColumns: report.workers.figureColumns,
                       row: { report.workers[$0] }) { try workers.append($0) }
        try workers.finish()
        let summary = try OutputFile(directory.appendingPathComponent("summary.json"))
        try summary.append(Array(try summaryJSON(report.summary)))
        try summary.finish()
        for ranking in report.rankings {
            let name = PairwiseRanking.fileName(question: ranking.question, several: report.rankings.count > 1)
            let file = try OutputFile(directory.appendingPathComponent(name))
            try file.append(ranking.csv())
            try file.finish()
        }
    }

    /// `item,question,label,confidence,judgments,method,status`: a set-of-options
    /// label joins its options with `|`, a `collect` label is a JSON array of the
    /// answers; no label unless `status` is `decided` or `tie`.
    static func labelsCSV(_ rows: [LabelRow]) -> String {
        var out: [UInt8] = []
        LabelFiles.csv(LabelTable(rows: rows)) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// One JSON object per label; the same keys as the CSV (`label` only with a
    /// label, `confidence` only with one), `best` for an undecided label; `label`
    /// and `best` are lists for sets of options and `collect`. Each line is
    /// byte-for-byte what `JSONEncoder` with sorted keys writes for `LabelLine`.
    static func labelsJSONLines(_ rows: [LabelRow]) -> Data {
        var out: [UInt8] = []
        LabelFiles.jsonLines(LabelTable(rows: rows)) { out += $0 }
        return Data(out)
    }

    /// `worker,answers,gold_answers,gold_correct,gold_accuracy,agreement,median_seconds,fast_hits,flags,status`,
    /// then one column per method figure (`<question>.<figure>`, `WorkerFigure`).
    static func workersCSV(_ rows: [WorkerRow], figureColumns: [String] = []) -> String {
        var out: [UInt8] = []
        workersCSV(count: rows.count, figureColumns: figureColumns, row: { rows[$0] }) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// `workers.csv` of rows `0 ..< count`, each made by `row` only when written,
    /// handed to `sink` in pieces of about `LabelFiles.pieceSize` bytes.
    static func workersCSV(count: Int, figureColumns: [String] = [], row: (Int) -> WorkerRow,
                           _ sink: ([UInt8]) throws -> Void) rethrows {
        var out = Array("worker,answers,gold_answers,gold_correct,gold_accuracy,agreement,median_seconds,fast_hits,flags,status".utf8)
        for column in figureColumns {
            out.append(0x2C)
            CSVCell.append(column, to: &out)
        }
        out.append(0x0A)
        func number(_ x: Double?) {
            if let x { JSONBytes.appendNumber(QuestionAggregation.rounded(x), to: &out) }
            out.append(0x2C)
        }
        for w in 0..<count {
            let r = row(w)
            CSVCell.append(r.worker, to: &out)
            for n in [r.answers, r.goldAnswers, r.goldCorrect] {
                out.append(0x2C)
                JSONBytes.appendInteger(n, to: &out)
            }
            out.append(0x2C)
            number(r.goldAccuracy)
            number(r.agreement)
            number(r.medianSeconds)
            JSONBytes.appendInteger(r.fastHits, to: &out)
            out.append(0x2C)
            out += r.flags.joined(separator: ";").utf8
            out += (r.kept ? ",kept" : ",dropped").utf8
            for figure in r.figures {
                out.append(0x2C)
                if let figure { JSONBytes.appendNumber(QuestionAggregation.rounded(figure), to: &out) }
            }
            out.append(0x0A)
            if out.count >= LabelFiles.pieceSize {
                try sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try sink(out)
    }

    /// `summary.json`: `JSONEncoder`, sorted keys, pretty-printed, a final newline.
    static func summaryJSON(_ summary: AggregateSummary) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(summary)
        data.append(0x0A)
        return data
    }
}

/// The `Codable` shape of one line of `labels.jsonl`, the reference for `JSONLine`.
struct LabelLine: Codable, Equatable {
    var item: String
    var question: String
    var status: LabelStatus
    var label: LabelJSON?
    var best: LabelJSON?
    var confidence: Double?
    var judgments: Int
    var method: String

    /// A label: a string, or a list of strings.
    enum LabelJSON: Codable, Equatable {
        case value(String)
        case list([String])

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .value(let v): try container.encode(v)
            case .list(let l): try container.encode(l)
            }
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let v = try? container.decode(String.self) { self = .value(v) } else { self = .list(try container.decode([String].self)) }
        }

        init(_ label: LabelValue) {
            switch label {
            case .value(let v): self = .value(v)
            case .list(let l): self = .list(l)
            }
        }
    }

    init(_ row: LabelRow) {
        item = row.item
        question = row.question
        status = row.status
        label = row.label.map(LabelJSON.init)
        best = row.best.map(LabelJSON.init)
        confidence = row.confidence
        judgments = row.judgments
        method = row.method
    }
}

/// Lines of `labels.jsonl` as `JSONEncoder` writes a `LabelLine` (sorted keys,
/// `/` escaped, integral doubles without `.0`), through `JSONBytes`, without
/// its per-call cost: the file can have millions of lines (`LabelFiles` writes
/// them). Tests compare the two on awkward values.
enum JSONLine {
    /// One line of `labels.jsonl`, without its line break.
    static func encode(_ row: LabelRow) -> String {
        var out: [UInt8] = []
        LabelFiles.jsonLines(LabelTable(rows: [row])) { out += $0 }
        return String(decoding: out.dropLast(), as: UTF8.self)
    }

    static func appendValue(_ label: LabelValue, to out: inout [UInt8]) {
        switch label {
        case .value(let v): JSONBytes.appendString(v, to: &out)
        case .list: appendList(label, to: &out)
        }
    }

    /// A label as a JSON array (one value becomes a one-element array).
    static func appendList(_ label: LabelValue, to out: inout [UInt8]) {
        out.append(0x5B)
        switch label {
        case .value(let v): JSONBytes.appendString(v, to: &out)
        case .list(let items):
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(0x2C) }
                JSONBytes.appendString(item, to: &out)
            }
        }
        out.append(0x5D)
    }
}

/// A file written through a buffer to a temporary name, renamed into place by `finish`.
final class OutputFile {
    private let url: URL
    private let temporary: URL
    private let handle: FileHandle

    init(_ url: URL) throws {
        self.url = url
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        handle = try FileHandle(forWritingTo: temporary)
    }

    func append(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
    }

    func finish() throws {
        try handle.close()
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: reason])
        }
    }
}

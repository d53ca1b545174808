import Foundation
import Dispatch

/// Writes an `AggregateReport` into a folder: `labels.csv`, `labels.jsonl`,
/// `workers.csv` and `summary.json`. Output is deterministic: rows in order of
/// first appearance in the results file (labels by question in spec order,
/// then item), numbers with at most six decimals, JSON keys sorted.
public enum AggregateWriter {
    /// The files written, in order.
    public static let fileNames = ["labels.csv", "labels.jsonl", "workers.csv", "summary.json"]

    /// Writes the four files into `directory` (created if needed); each file is
    /// written to a temporary name and renamed into place, so a reader never
    /// sees half a file.
    /// The two label files are written at the same time, one task each.
    public static func write(_ report: AggregateReport, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let errors = PartSlots<any Error>(count: 2)
        let labels = report.labels
        DispatchQueue.concurrentPerform(iterations: 2) { k in
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
                errors.set(k, error)
            }
        }
        if let error = errors.take().compactMap({ $0 }).first { throw error }
        let workers = try OutputFile(directory.appendingPathComponent("workers.csv"))
        try workers.append(Array(workersCSV(report.workers).utf8))
        try workers.finish()
        let summary = try OutputFile(directory.appendingPathComponent("summary.json"))
        try summary.append(Array(try summaryJSON(report.summary)))
        try summary.finish()
    }

    /// `item,question,label,confidence,judgments,method,status`: a `multi_choice`
    /// label joins its options with `|`, a `collect` label is a JSON array of the
    /// answers; no label unless `status` is `decided` or `tie`.
    public static func labelsCSV(_ rows: [LabelRow]) -> String {
        var out: [UInt8] = []
        LabelFiles.csv(LabelTable(rows: rows)) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// One JSON object per label; the same keys as the CSV (`label` only with a
    /// label, `confidence` only with one), `best` for an undecided label; `label`
    /// and `best` are lists for `multi_choice` and `collect`. Each line is
    /// byte-for-byte what `JSONEncoder` with sorted keys writes for `LabelLine`.
    public static func labelsJSONLines(_ rows: [LabelRow]) -> Data {
        var out: [UInt8] = []
        LabelFiles.jsonLines(LabelTable(rows: rows)) { out += $0 }
        return Data(out)
    }

    /// `worker,answers,gold_answers,gold_correct,gold_accuracy,agreement,median_seconds,fast_hits,flags,status`.
    public static func workersCSV(_ rows: [WorkerRow]) -> String {
        var out = "worker,answers,gold_answers,gold_correct,gold_accuracy,agreement,median_seconds,fast_hits,flags,status\n"
        for w in rows {
            let cells = [CSVCell.quoted(w.worker), String(w.answers), String(w.goldAnswers), String(w.goldCorrect),
                         w.goldAccuracy.map { JSONBytes.number(QuestionAggregation.rounded($0)) } ?? "",
                         w.agreement.map { JSONBytes.number(QuestionAggregation.rounded($0)) } ?? "",
                         w.medianSeconds.map { JSONBytes.number(QuestionAggregation.rounded($0)) } ?? "",
                         String(w.fastHits), w.flags.joined(separator: ";"), w.kept ? "kept" : "dropped"]
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    /// `summary.json`: `JSONEncoder`, sorted keys, pretty-printed, a final newline.
    public static func summaryJSON(_ summary: AggregateSummary) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(summary)
        data.append(0x0A)
        return data
    }
}

/// The `Codable` shape of one line of `labels.jsonl`, the reference for `JSONLine`.
public struct LabelLine: Codable, Equatable {
    public var item: String
    public var question: String
    public var status: LabelStatus
    public var label: LabelJSON?
    public var best: LabelJSON?
    public var confidence: Double?
    public var judgments: Int
    public var method: String

    /// A label: a string, or a list of strings.
    public enum LabelJSON: Codable, Equatable {
        case value(String)
        case list([String])

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .value(let v): try container.encode(v)
            case .list(let l): try container.encode(l)
            }
        }

        public init(from decoder: Decoder) throws {
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

    public init(_ row: LabelRow) {
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

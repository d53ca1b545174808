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

    /// `item,question,label,confidence,judgments,method`: a `multi_choice` label
    /// joins its options with `|`, a `collect` label is a JSON array of the answers.
    public static func labelsCSV(_ rows: [LabelRow]) -> String {
        var out: [UInt8] = []
        LabelFiles.csv(LabelTable(rows: rows)) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// One JSON object per label; the same keys as the CSV, `label` (and `best`,
    /// for an undecided label) a list for `multi_choice` and `collect`. Each line
    /// is byte-for-byte what `JSONEncoder` with sorted keys writes for `LabelLine`.
    public static func labelsJSONLines(_ rows: [LabelRow]) -> Data {
        var out: [UInt8] = []
        LabelFiles.jsonLines(LabelTable(rows: rows)) { out += $0 }
        return Data(out)
    }

    /// `worker,answers,gold_answers,gold_correct,gold_accuracy,agreement,median_seconds,fast_hits,flags,status`.
    public static func workersCSV(_ rows: [WorkerRow]) -> String {
        var out = "worker,answers,gold_answers,gold_correct,gold_accuracy,agreement,median_seconds,fast_hits,flags,status\n"
        for w in rows {
            let cells = [CSVText.cell(w.worker), String(w.answers), String(w.goldAnswers), String(w.goldCorrect),
                         w.goldAccuracy.map { JSONLine.number(QuestionAggregation.rounded($0)) } ?? "",
                         w.agreement.map { JSONLine.number(QuestionAggregation.rounded($0)) } ?? "",
                         w.medianSeconds.map { JSONLine.number(QuestionAggregation.rounded($0)) } ?? "",
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

/// RFC 4180 cells: quoted when they hold a comma, a quote or a line break.
enum CSVText {
    /// Appends `text` as a cell.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain { return }
        let utf8 = text.utf8
        out.append(0x22)
        for b in utf8 {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    static func cell(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The `Codable` shape of one line of `labels.jsonl`, the reference for `JSONLine`.
public struct LabelLine: Codable, Equatable {
    public var item: String
    public var question: String
    public var label: LabelJSON
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
        label = LabelJSON(row.label)
        best = row.best.map(LabelJSON.init)
        confidence = row.confidence
        judgments = row.judgments
        method = row.method
    }
}

/// JSON as JSONEncoder writes it (sorted keys, `/` escaped, integral doubles
/// without `.0`), without its per-call cost: `labels.jsonl` can have millions
/// of lines (`LabelFiles` writes them). Tests compare the two on awkward values.
enum JSONLine {
    /// One line of `labels.jsonl`, without its line break.
    static func encode(_ row: LabelRow) -> String {
        var out: [UInt8] = []
        LabelFiles.jsonLines(LabelTable(rows: [row])) { out += $0 }
        return String(decoding: out.dropLast(), as: UTF8.self)
    }

    static func appendValue(_ label: LabelValue, to out: inout [UInt8]) {
        switch label {
        case .value(let v): appendString(v, to: &out)
        case .list: appendList(label, to: &out)
        }
    }

    /// A label as a JSON array (one value becomes a one-element array).
    static func appendList(_ label: LabelValue, to out: inout [UInt8]) {
        out.append(0x5B)
        switch label {
        case .value(let v): appendString(v, to: &out)
        case .list(let items):
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(0x2C) }
                appendString(item, to: &out)
            }
        }
        out.append(0x5D)
    }

    /// A double as `JSONEncoder` writes it: Swift's shortest form, `.0` dropped.
    static func number(_ x: Double) -> String {
        let text = "\(x)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `number(x)`'s bytes; values with six decimals or fewer from 0.001 up
    /// (confidences, accuracies) are written directly, without a `String`.
    @inline(__always)
    static func appendNumber(_ x: Double, to out: inout [UInt8]) {
        let scaled = (x * 1_000_000).rounded()
        guard x >= 0.001, x < 1e9, scaled / 1_000_000 == x else {
            out += number(x).utf8
            return
        }
        let n = Int(scaled)
        appendInteger(n / 1_000_000, to: &out)
        var fraction = n % 1_000_000
        guard fraction > 0 else { return }
        var digits = 6
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        out.append(0x2E)
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// A whole number in decimal, as `String(n)` writes it.
    @inline(__always)
    static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0 else {
            out += String(n).utf8
            return
        }
        if n < 10 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + n))
            return
        }
        var divisor = 10
        while divisor <= n / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + n / divisor % 10))
            divisor /= 10
        }
    }

    /// The bytes of `s` as they are.
    @inline(__always)
    static func appendRaw(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// A JSON string with `JSONEncoder`'s escapes.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        let plain = s.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F }) else { return false }
            out.append(0x22)
            out.append(contentsOf: bytes)
            out.append(0x22)
            return true
        }
        if !plain { appendEscaped(s, to: &out) }
    }

    private static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x2F: out += [0x5C, 0x2F]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
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

/// Writes `labels.csv` and `labels.jsonl` from a `LabelTable`, straight into
/// byte buffers: the bytes of each distinct label, question and method are
/// made once, items are copied from the item table, numbers are written by
/// `JSONLine.appendNumber`. Each JSON line is byte for byte what `JSONEncoder`
/// with sorted keys writes for `LabelLine` (tests compare the two).
enum LabelFiles {
    /// Pieces are handed to `sink` at about this size.
    static let pieceSize = 1 << 20

    /// `item,question,label,confidence,judgments,method,status`: a set-of-options
    /// label joins its options with `|`, a `collect` label is a JSON array of the
    /// answers; the label is empty unless `status` is `decided` or `tie`.
    static func csv(_ table: LabelTable, _ sink: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = Array("item,question,label,confidence,judgments,method,status\n".utf8)
        out.reserveCapacity(pieceSize + 4096)
        // ",question," and ",method\n" per group; the label cell per value (per group kind).
        let questions = table.groups.map { g -> [UInt8] in
            var bytes: [UInt8] = [0x2C]
            CSVCell.append(g.question, to: &bytes)
            bytes.append(0x2C)
            return bytes
        }
        let methods = table.groups.map { [0x2C] + Array($0.method.utf8) + [0x2C] }
        let statuses = statusBytes { Array($0.utf8) + [0x0A] }
        let collects = table.groups.map { $0.method == "collect" }
        var cells = ValueBytes(count: table.values.count)
        try table.withItemKeys { key in
            for r in 0..<table.count {
                let g = Int(table.group[r])
                appendCSVCell(key(table.item[r]), to: &out)
                out += questions[g]
                let v = Int(table.label[r])
                if v >= 0 {
                    cells.append(v, to: &out, cacheable: !collects[g]) { bytes in
                        if collects[g] {
                            var json: [UInt8] = []
                            JSONLine.appendList(table.values[v], to: &json)
                            CSVCell.append(String(decoding: json, as: UTF8.self), to: &bytes)
                        } else {
                            CSVCell.append(table.values[v].joined, to: &bytes)
                        }
                    }
                }
                out.append(0x2C)
                let confidence = table.confidence[r]
                if !confidence.isNaN { JSONBytes.appendNumber(confidence, to: &out) }
                out.append(0x2C)
                JSONBytes.appendInteger(Int(table.judgments[r]), to: &out)
                out += methods[g]
                out += statuses[Int(table.status[r].index)]
                if out.count >= pieceSize {
                    try sink(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        try sink(out)
    }

    /// One JSON object per label, keys sorted: `best` (undecided labels),
    /// `confidence` (not for `collect` or without judgments), `item`, `judgments`,
    /// `label` (status `decided` or `tie`), `method`, `question`, `status`.
    static func jsonLines(_ table: LabelTable, _ sink: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(pieceSize + 4096)
        // `,"method":"…","question":"…",` per group, `"status":"…"}\n` per status; the JSON of each value.
        let tails = table.groups.map { g -> [UInt8] in
            var bytes = Array(#","method":"#.utf8)
            JSONBytes.appendString(g.method, to: &bytes)
            bytes += #","question":"#.utf8
            JSONBytes.appendString(g.question, to: &bytes)
            bytes.append(0x2C)
            return bytes
        }
        let statuses = statusBytes { status in
            var bytes = Array(#""status":"#.utf8)
            JSONBytes.appendString(status, to: &bytes)
            return bytes + [0x7D, 0x0A]
        }
        var json = ValueBytes(count: table.values.count)
        try table.withItemKeys { key in
            for r in 0..<table.count {
                out.append(0x7B)
                let best = Int(table.best[r])
                if best >= 0 {
                    out += #""best":"#.utf8
                    json.append(best, to: &out, cacheable: true) { JSONLine.appendValue(table.values[best], to: &$0) }
                    out.append(0x2C)
                }
                let confidence = table.confidence[r]
                if !confidence.isNaN {
                    out += #""confidence":"#.utf8
                    JSONBytes.appendNumber(confidence, to: &out)
                    out.append(0x2C)
                }
                out += #""item":"#.utf8
                appendJSONString(key(table.item[r]), to: &out)
                out += #","judgments":"#.utf8
                JSONBytes.appendInteger(Int(table.judgments[r]), to: &out)
                let v = Int(table.label[r])
                if v >= 0 {
                    out += #","label":"#.utf8
                    json.append(v, to: &out, cacheable: true) { JSONLine.appendValue(table.values[v], to: &$0) }
                }
                out += tails[Int(table.group[r])]
                out += statuses[Int(table.status[r].index)]
                if out.count >= pieceSize {
                    try sink(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        try sink(out)
    }

    /// The bytes `make` gives for each status's name, indexed by `LabelStatus.index`.
    private static func statusBytes(_ make: (String) -> [UInt8]) -> [[UInt8]] {
        LabelStatus.allCases.map { make($0.rawValue) }
    }

    /// A CSV cell from bytes: as they are unless they need quotes.
    @inline(__always)
    static func appendCSVCell(_ bytes: ByteSpan, to out: inout [UInt8]) {
        if bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            CSVCell.append(String(decoding: bytes, as: UTF8.self), to: &out)
        } else {
            out.append(contentsOf: bytes)
        }
    }

    /// A JSON string from bytes, escaped as `JSONEncoder` escapes.
    @inline(__always)
    static func appendJSONString(_ bytes: ByteSpan, to out: inout [UInt8]) {
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F }) {
            JSONBytes.appendString(String(decoding: bytes, as: UTF8.self), to: &out)
        } else {
            out.append(0x22)
            out.append(contentsOf: bytes)
            out.append(0x22)
        }
    }
}

/// The encoded bytes of label values, made once for the first values of a
/// table (the options of choice questions come first and are used by many
/// rows); later values (numbers, collected answers: one per row) are encoded
/// each time.
struct ValueBytes {
    private var cache: [[UInt8]?]

    init(count: Int) {
        cache = [[UInt8]?](repeating: nil, count: min(count, 4096))
    }

    @inline(__always)
    mutating func append(_ v: Int, to out: inout [UInt8], cacheable: Bool, encode: (inout [UInt8]) -> Void) {
        guard cacheable, v < cache.count else {
            encode(&out)
            return
        }
        if cache[v] == nil {
            var bytes: [UInt8] = []
            encode(&bytes)
            cache[v] = bytes
        }
        out += cache[v]!
    }
}

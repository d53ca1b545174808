import Foundation
@testable import HITCompiler

/// Spec folders, generated data and readers of batch output for the batch tests.
enum BatchFixtures {
    /// A copy of an example spec (with its data) in a new temporary folder.
    static func specFolder(_ name: String = "grocery-search-relevance") throws -> URL {
        let folder = Paths.temporaryDirectory()
        let source = Paths.specs.appendingPathComponent(name)
        for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(entry), to: folder.appendingPathComponent(entry))
        }
        return folder
    }

    /// A grocery data file of `count` valid rows (keys `it-00001`...), with `extra` appended lines.
    static func groceryCSV(_ count: Int, extra: [String] = []) -> String {
        var lines = ["item_id,query,title,image,brand,price,aisle,url"]
        for i in 1...max(1, count) where count > 0 {
            lines.append("it-\(String(format: "%05d", i)),query \(i),Title \(i),https://img.example.com/\(i).jpg,Brand,1.50,pantry,")
        }
        return (lines + extra).joined(separator: "\n") + "\n"
    }

    /// Runs `hitc batch` in-process on `data` (written as `file` in the spec folder); paths are absolute,
    /// so diagnostics name `<folder>/items.csv`.
    static func run(_ folder: URL, data: String, file: String = "items.csv", seed: UInt64 = 7, buckets: Int? = nil,
                    output: String = "batch", force: Bool = false, limits: DataLimits = .default) throws -> BatchResult {
        try data.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        return BatchBuilder.run(specPath: folder.appendingPathComponent("spec.yaml").path,
                                options: BatchOptions(dataPath: folder.appendingPathComponent(file).path,
                                                      outputDirectory: folder.appendingPathComponent(output).path,
                                                      seed: seed, force: force, limits: limits, bucketCount: buckets))
    }

    /// One line of `hits.jsonl`.
    struct HITLine: Decodable, Equatable {
        var hit: Int
        var assignments: Int
        var items: String
        var item_keys: [String]
        var gold_slots: [Int]
    }

    static func hits(_ folder: URL) throws -> [HITLine] {
        let text = try String(contentsOf: folder.appendingPathComponent("hits.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(HITLine.self, from: Data($0.utf8)) }
    }

    /// Rows of an RFC 4180 CSV file (quoted cells, doubled quotes, CRLF or LF).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\r" || c == "\n" {
                if c == "\r", chars.first == "\n" { chars.removeFirst() }
                row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.unicodeScalars.append(c) }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    static let goldKeys: Set<String> = ["gold-001", "gold-002", "gold-003", "gold-004", "gold-005", "gold-006"]
}

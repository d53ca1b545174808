import Foundation
@testable import HITCompiler

/// Specs and helpers the `hitc sql` tests share.
enum SQLTestSupport {
    /// A small spec with one single choice question of `options` (written as YAML strings), aggregated by `method`.
    static func spec(options: [String], method: String = "majority", extra: String = "") -> String {
        let quoted = options.map { "\"" + $0.unicodeScalars.map { u -> String in
            switch u {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            default: return u.value < 0x20 || u.value > 0x7E ? String(format: "\\U%08X", u.value) : String(u)
            }
        }.joined() + "\"" }
        return """
            hitc: 1
            id: sql-test
            version: 1.0.0
            title: SQL test
            description: A spec for the hitc sql tests.
            language: en
            data:
              key: item_id
              fields:
                item_id: { type: string }
            hit:
              items_per_hit: 10
              reward: 0.50 USD
              estimated_seconds: 60
              layout:
                - question: label
            \(extra.isEmpty ? "" : "    - question: other\n")  questions:
                label:
                  type: single_choice
                  prompt: Which class?
                  options: [\(quoted.joined(separator: ", "))]
            \(extra)quality:
              judgments_per_item: 3
              aggregation:
                label: { method: \(method) }

            """
    }

    /// Writes `text` as `spec.yaml` in a new temporary folder; returns its path.
    static func write(_ text: String) throws -> String {
        let folder = Paths.temporaryDirectory()
        let url = folder.appendingPathComponent("spec.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// `text` with every string literal and comment of `dialect` removed: what the engine reads as code.
    static func code(_ text: String, dialect: SQLDialectName) -> String {
        let backslashEscapes = dialect == .spark || dialect == .bigquery
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "-", i + 1 < scalars.count, scalars[i + 1] == "-" {
                while i < scalars.count, scalars[i] != "\n" { i += 1 }
                continue
            }
            if c == "'" {
                // E'...' (PostgreSQL): backslash escapes too.
                let escapes = backslashEscapes || (dialect == .postgres && !out.isEmpty && out.last == "E")
                i += 1
                while i < scalars.count {
                    if escapes, scalars[i] == "\\" { i += 2; continue }
                    if scalars[i] == "'" {
                        if i + 1 < scalars.count, scalars[i + 1] == "'", !backslashEscapes { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
                out.append("?")
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }
}

import Foundation

/// Renders diagnostics as a JSON array for tools (`--diagnostics-format json`).
///
/// Field names are stable and documented in `docs/diagnostics.md`.
public struct JSONRenderer: Sendable {
    public init() {}

    struct Position: Encodable {
        var line: Int
        var column: Int
    }

    struct Range: Encodable {
        var start: Position
        var end: Position
        init(_ r: SourceRange) {
            start = Position(line: r.start.line, column: r.start.column)
            end = Position(line: r.end.line, column: r.end.column)
        }
    }

    struct Note: Encodable {
        var message: String
        var file: String
        var range: Range?
    }

    struct Fix: Encodable {
        var range: Range
        var replacement: String
    }

    struct Entry: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var range: Range?
        var severity: String
        var code: String
        var message: String
        var notes: [Note]
        var fixits: [Fix]
    }

    /// Renders the diagnostics as a pretty-printed JSON array with sorted keys.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map { d in
            Entry(file: d.file, line: d.range?.start.line, column: d.range?.start.column,
                  range: d.range.map(Range.init), severity: d.severity.rawValue, code: d.code.code,
                  message: d.message,
                  notes: d.notes.map { Note(message: $0.message, file: $0.file ?? d.file, range: $0.range.map(Range.init)) },
                  fixits: d.fixIts.map { Fix(range: Range($0.range), replacement: $0.replacement) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

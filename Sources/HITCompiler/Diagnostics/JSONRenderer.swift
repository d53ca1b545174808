import Foundation

/// Renders diagnostics as a JSON array for tools (`--diagnostics-format json`).
///
/// Field names are stable and documented in `docs/diagnostics.md`. At most
/// `limit` diagnostics are printed (`DiagnosticSelection`); then a last element
/// of code W0013, of the same shape, has an `omitted` field counting the rest.
/// Control characters are `\u` escapes (DEL, the C1 controls and the bidirectional
/// overrides too, which JSON would allow raw), so the output is safe on a terminal.
public struct JSONRenderer: Sendable {
    /// Most diagnostics printed; the rest are counted in a closing W0013.
    var limit: Int

    /// A renderer that prints at most `limit` diagnostics.
    public init(limit: Int = DiagnosticSelection.defaultLimit) {
        self.limit = limit
    }

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

    struct Omitted: Encodable {
        var errors: Int
        var warnings: Int
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
        var omitted: Omitted?
    }

    /// Renders the diagnostics (at most `limit`, then a W0013 counting the rest)
    /// as a pretty-printed JSON array with sorted keys.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        let selection = DiagnosticSelection(diagnostics, limit: limit)
        var entries = selection.shown.map(entry)
        if let summary = selection.omissionSummary {
            var last = entry(summary)
            last.omitted = Omitted(errors: selection.omittedErrors, warnings: selection.omittedWarnings)
            entries.append(last)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return escapingTerminalControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    private func entry(_ d: Diagnostic) -> Entry {
        Entry(file: d.file, line: d.range?.start.line, column: d.range?.start.column,
              range: d.range.map(Range.init), severity: d.severity.rawValue, code: d.code.code,
              message: d.message,
              notes: d.notes.map { Note(message: $0.message, file: $0.file ?? d.file, range: $0.range.map(Range.init)) },
              fixits: d.fixIts.map { Fix(range: Range($0.range), replacement: $0.replacement) })
    }

    /// `json` with DEL, the C1 controls and the bidirectional overrides written as
    /// `\u` escapes; they can only occur inside strings, where the escape means the
    /// same character. (The encoder already escapes the C0 controls.)
    private func escapingTerminalControls(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, TerminalText.escape(of: scalar) != nil {
                out += "\\u" + TerminalText.hex(scalar.value, digits: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

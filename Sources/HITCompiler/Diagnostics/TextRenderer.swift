/// Renders diagnostics the way swiftc and clang do:
///
/// ```
/// spec.yaml:42:7: error: unknown key 'requried' in question 'reason' [E0103]
///    42 |       requried: true
///       |       ^~~~~~~~
///   note: did you mean 'required'?
/// ```
///
/// Untrusted text (messages, notes, file names, quoted lines) is printed with
/// control characters escaped (`TerminalText`); a quoted line longer than
/// `SourceExcerpt.maxColumns` is shown as a window around the caret between
/// ellipses; at most `limit` diagnostics are printed (`DiagnosticSelection`).
public struct TextRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes.
    var color: Bool
    /// Most diagnostics printed; the rest are counted in a closing W0013.
    var limit: Int

    /// A renderer; colour only when asked for.
    public init(color: Bool = false, limit: Int = DiagnosticSelection.defaultLimit) {
        self.color = color
        self.limit = limit
    }

    /// Renders the diagnostics (at most `limit`, then a W0013 counting the rest);
    /// `sources` supplies the lines to quote.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        let selection = DiagnosticSelection(diagnostics, limit: limit)
        var out = ""
        for d in selection.shown {
            render(d, sources: sources, into: &out)
        }
        if let summary = selection.omissionSummary {
            render(summary, sources: sources, into: &out)
        }
        return out
    }

    private func render(_ d: Diagnostic, sources: [String: SourceFile], into out: inout String) {
        let label = d.severity == .error ? paint("error", "1;31") : paint("warning", "1;35")
        let file = TerminalText.escaped(d.file)
        let message = TerminalText.escaped(d.message)
        out += paint("\(file)\(position(d.range)): ", "1") + label + paint(": \(message) [\(d.code.code)]", "1") + "\n"
        if let range = d.range, let source = sources[d.file] {
            quote(range, in: source, into: &out)
        }
        for note in d.notes {
            let noteFile = note.file ?? d.file
            let noteMessage = TerminalText.escaped(note.message)
            if let range = note.range, note.file != nil {
                out += "  " + paint("note", "1;36") + ": \(noteMessage) (\(TerminalText.escaped(noteFile))\(position(range)))\n"
            } else {
                out += "  " + paint("note", "1;36") + ": \(noteMessage)\n"
            }
            if let range = note.range, let source = sources[noteFile] {
                quote(range, in: source, into: &out)
            }
        }
        for fix in d.fixIts where fix.range.start.line == fix.range.end.line {
            out += "  " + paint("fix-it", "1;32") + ": replace with '\(TerminalText.escaped(fix.replacement))'\n"
        }
    }

    private func position(_ range: SourceRange?) -> String {
        guard let r = range else { return "" }
        return ":\(r.start.line):\(r.start.column)"
    }

    /// Prints the source line (or a window of a long one) and a caret under the
    /// range (first line only). A tab shows as one space; an escaped character
    /// is as wide as its escape, and the caret moves with it.
    private func quote(_ range: SourceRange, in source: SourceFile, into out: inout String) {
        guard let excerpt = source.excerpt(line: range.start.line, around: range.start.column) else { return }
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: max(4, number.count + 1))
        var shown = excerpt.clippedBefore ? "\u{2026}" : ""
        // offsets[k]: the display column (0-based) where the k-th scalar of the excerpt starts.
        var offsets: [Int] = []
        var width = shown.count
        for scalar in excerpt.text.unicodeScalars {
            offsets.append(width)
            let piece = scalar == "\t" ? " " : TerminalText.escape(of: scalar) ?? String(scalar)
            shown += piece
            width += piece.unicodeScalars.count
        }
        offsets.append(width)
        if excerpt.clippedAfter { shown += "\u{2026}" }
        out += String(repeating: " ", count: gutter.count - number.count) + number + " | " + shown + "\n"

        let count = offsets.count - 1
        let start = max(0, min(range.start.column - excerpt.firstColumn, count))
        let end = range.end.line == range.start.line
            ? max(start, min(range.end.column - excerpt.firstColumn, count))
            : count
        let caretWidth = max(1, offsets[end] - offsets[start])
        let marker = "^" + String(repeating: "~", count: caretWidth - 1)
        out += gutter + " | " + String(repeating: " ", count: offsets[start]) + paint(marker, "1;32") + "\n"
    }

    private func paint(_ text: String, _ sgr: String) -> String {
        color ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }
}

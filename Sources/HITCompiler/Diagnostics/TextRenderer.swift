/// Renders diagnostics the way swiftc and clang do:
///
/// ```
/// spec.yaml:42:7: error: unknown key 'requried' in question 'reason' [E0103]
///    42 |       requried: true
///       |       ^~~~~~~~
///   note: did you mean 'required'?
/// ```
public struct TextRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes.
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    /// Renders every diagnostic; `sources` supplies the lines to quote.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        var out = ""
        for d in diagnostics {
            render(d, sources: sources, into: &out)
        }
        return out
    }

    private func render(_ d: Diagnostic, sources: [String: SourceFile], into out: inout String) {
        let label = d.severity == .error ? paint("error", "1;31") : paint("warning", "1;35")
        out += paint("\(d.file)\(position(d.range)): ", "1") + label + paint(": \(d.message) [\(d.code.code)]", "1") + "\n"
        if let range = d.range, let source = sources[d.file] {
            quote(range, in: source, into: &out)
        }
        for note in d.notes {
            let file = note.file ?? d.file
            if let range = note.range, note.file != nil {
                out += "  " + paint("note", "1;36") + ": \(note.message) (\(file)\(position(range)))\n"
            } else {
                out += "  " + paint("note", "1;36") + ": \(note.message)\n"
            }
            if let range = note.range, let source = sources[file] {
                quote(range, in: source, into: &out)
            }
        }
        for fix in d.fixIts where fix.range.start.line == fix.range.end.line {
            out += "  " + paint("fix-it", "1;32") + ": replace with '\(fix.replacement)'\n"
        }
    }

    private func position(_ range: SourceRange?) -> String {
        guard let r = range else { return "" }
        return ":\(r.start.line):\(r.start.column)"
    }

    /// Prints the source line and a caret under the range (first line only).
    private func quote(_ range: SourceRange, in source: SourceFile, into out: inout String) {
        guard let line = source.lineText(range.start.line) else { return }
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: max(4, number.count + 1))
        let printable = line.unicodeScalars.map { $0 == "\t" ? " " : String($0) }.joined()
        out += String(repeating: " ", count: gutter.count - number.count) + number + " | " + printable + "\n"
        let scalars = Array(line.unicodeScalars)
        let startCol = max(1, min(range.start.column, scalars.count + 1))
        var width = 1
        if range.end.line == range.start.line {
            width = max(1, min(range.end.column, scalars.count + 1) - startCol)
        } else {
            width = max(1, scalars.count + 1 - startCol)
        }
        let marker = "^" + String(repeating: "~", count: width - 1)
        out += gutter + " | " + String(repeating: " ", count: startCol - 1) + paint(marker, "1;32") + "\n"
    }

    private func paint(_ text: String, _ sgr: String) -> String {
        color ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }
}

import Foundation

/// Renders diagnostics as GitHub Actions workflow commands
/// (`::error file=…,line=…,col=…,title=…::message`), one per line.
///
/// Messages, notes and file names are printed with control characters escaped
/// (`TerminalText`), then with the workflow-command escapes; at most `limit`
/// diagnostics are printed (`DiagnosticSelection`).
public struct GitHubRenderer: Sendable {
    /// Most diagnostics printed; the rest are counted in a closing W0013.
    var limit: Int

    /// A renderer that prints at most `limit` diagnostics.
    public init(limit: Int = DiagnosticSelection.defaultLimit) {
        self.limit = limit
    }

    /// One workflow command per diagnostic (at most `limit`, then a W0013 counting the rest).
    public func render(_ diagnostics: [Diagnostic]) -> String {
        let selection = DiagnosticSelection(diagnostics, limit: limit)
        var out = ""
        for d in selection.shown + [selection.omissionSummary].compactMap({ $0 }) {
            var props = d.file.isEmpty ? [] : ["file=\(escapeProperty(TerminalText.escaped(d.file)))"]
            if let r = d.range {
                props.append("line=\(r.start.line)")
                props.append("col=\(r.start.column)")
                if r.end.line == r.start.line, r.end.column > r.start.column {
                    props.append("endColumn=\(r.end.column)")
                }
            }
            props.append("title=\(escapeProperty("hitc \(d.code.code)"))")
            var message = "\(TerminalText.escaped(d.message)) [\(d.code.code)]"
            for note in d.notes { message += "\nnote: \(TerminalText.escaped(note.message))" }
            let command = d.severity == .error ? "error" : "warning"
            out += "::\(command) \(props.joined(separator: ","))::\(escapeData(message))\n"
        }
        return out
    }

    /// Escaping rules of the workflow-command syntax for the message part.
    private func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping rules for property values (also `:` and `,`).
    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

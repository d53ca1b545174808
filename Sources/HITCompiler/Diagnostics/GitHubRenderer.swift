import Foundation

/// Renders diagnostics as GitHub Actions workflow commands
/// (`::error file=…,line=…,col=…,title=…::message`), one per line.
public struct GitHubRenderer: Sendable {
    public init() {}

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics {
            var props = ["file=\(escapeProperty(d.file))"]
            if let r = d.range {
                props.append("line=\(r.start.line)")
                props.append("col=\(r.start.column)")
                if r.end.line == r.start.line, r.end.column > r.start.column {
                    props.append("endColumn=\(r.end.column)")
                }
            }
            props.append("title=\(escapeProperty("hitc \(d.code.code)"))")
            var message = "\(d.message) [\(d.code.code)]"
            for note in d.notes { message += "\nnote: \(note.message)" }
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

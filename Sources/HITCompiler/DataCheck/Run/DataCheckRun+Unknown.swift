/// Columns (CSV) or keys (JSON Lines) that the schema does not define: one
/// warning per file (W0012), naming them all, with "did you mean" notes.
extension DataCheckRun {
    mutating func reportUnknownColumns(_ names: [String], at where_: SourceRange) {
        guard !names.isEmpty else { return }
        let noun = format == .csv ? "column" : "key"
        let known = plan.knownNames
        let listed = names.prefix(10).map { "'\($0)'" }
        var list = listed.count == 1 ? listed[0] : listed.dropLast().joined(separator: ", ") + " and " + listed.last!
        if names.count > 10 { list = listed.joined(separator: ", ") + " and \(names.count - 10) more" }
        let what = role == .gold ? "a field of the data schema, a question or '\(DataFileRole.whyColumn)'"
            : "a field of the data schema"
        let message = names.count == 1
            ? "\(noun) \(list) is not \(what); its values are ignored"
            : "\(noun)s \(list) are not \(what); their values are ignored"
        let notes = names.prefix(10).compactMap { name in
            Suggestions.closest(to: name, in: known, rule: .dataValue).map { DiagnosticNote("'\(name)': did you mean '\($0)'?") }
        }
        sink.report(.unknownColumn) {
            Diagnostic(.unknownColumn, message, file: file, range: where_, notes: notes)
        }
    }
}

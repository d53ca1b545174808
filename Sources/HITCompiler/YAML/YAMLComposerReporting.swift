/// The composer's checks of tags and its diagnostics.
extension ComposerState {
    /// The YAML core schema's tags, without the `tag:yaml.org,2002:` prefix.
    private static let coreScalarTags: Set<String> = ["str", "int", "float", "bool", "null"]
    private static let yamlTagPrefix = "tag:yaml.org,2002:"

    /// Maps a resolved tag to its short form (`!!str`) and reports any other tag.
    /// `allowed` is `map` or `seq` for a collection, nil for a scalar. The
    /// non-specific tag `!` makes a scalar a string and leaves a collection as is.
    mutating func checkedTag(_ tag: String?, _ nodeRange: SourceRange, allowed: String?) -> String? {
        guard let tag else { return nil }
        if tag == "!" { return allowed == nil ? "!!str" : nil }
        if tag.hasPrefix(Self.yamlTagPrefix) {
            let name = String(tag.dropFirst(Self.yamlTagPrefix.count))
            let accepted = allowed.map { name == $0 } ?? Self.coreScalarTags.contains(name)
            if accepted { return "!!" + name }
        }
        // Show the tag as written where possible: `!!binary`, `!local`, else the verbatim `!<uri>`.
        let written = if tag.hasPrefix(Self.yamlTagPrefix) {
            "!!" + tag.dropFirst(Self.yamlTagPrefix.count)
        } else if tag.hasPrefix("!") {
            tag
        } else {
            "!<\(tag)>"
        }
        report(.unsupportedTag,
               "tag '\(written)' is not supported; only the YAML core tags (!!str, !!int, !!float, !!bool, !!null) are",
               tagRange(in: nodeRange))
        return nil
    }

    /// The range of the tag written at the start of a node (after an anchor, if
    /// any); the node's start when the tag cannot be found on that line.
    private func tagRange(in nodeRange: SourceRange) -> SourceRange {
        let bytes = source.bytes
        guard var i = source.byteOffset(of: nodeRange.start) else { return nodeRange }
        func skip(while predicate: (UInt8) -> Bool) {
            while i < bytes.count, predicate(bytes[i]) { i += 1 }
        }
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        let isBreakOrBlank: (UInt8) -> Bool = { isBlank($0) || $0 == 0x0A || $0 == 0x0D }
        if i < bytes.count, bytes[i] == UInt8(ascii: "&") {
            skip { !isBreakOrBlank($0) }
            skip(while: isBlank)
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "!") else { return SourceRange(at: nodeRange.start) }
        let start = i
        skip { !isBreakOrBlank($0) && $0 != UInt8(ascii: "{") && $0 != UInt8(ascii: "}") }
        return SourceRange(start: source.location(ofByte: start), end: source.location(ofByte: i))
    }

    mutating func reportSyntax(_ error: YAMLSyntaxError) {
        var notes: [DiagnosticNote] = []
        let location = source.clamped(error.location ?? source.location(ofByte: error.byteOffset ?? 0))
        if let context = error.context {
            notes.append(DiagnosticNote(context, range: error.contextLocation.map { SourceRange(at: source.clamped($0)) }))
        }
        if let line = source.lineText(location.line) {
            // A tab at the problem, or anywhere in the line's indentation, is the likely cause.
            let scalars = Array(line.unicodeScalars)
            let atTab = location.column >= 1 && location.column <= scalars.count && scalars[location.column - 1] == "\t"
            if atTab || scalars.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                notes.append(DiagnosticNote("YAML does not allow tabs for indentation; use spaces"))
            }
        }
        var message = error.problem
        if let offset = error.byteOffset { message += " (byte offset \(offset + source.byteOrderMarkLength))" }
        reportStop(.yamlSyntax, message, SourceRange(line: location.line, column: location.column), notes: notes)
    }

    /// Reports a problem after which reading goes on: kept while the sink has
    /// room, else counted.
    mutating func report(_ code: DiagnosticCode, _ message: String, _ range: SourceRange?, notes: [DiagnosticNote] = []) {
        guard hasRoom else { return omitted.add(code) }
        sink.report(code) { Diagnostic(code, message, file: source.path, range: range, notes: notes) }
    }

    /// True while a problem reported would be kept, not only counted.
    var hasRoom: Bool { sink.room > 0 }

    /// Reports the problem that stops reading (always kept).
    mutating func reportStop(_ code: DiagnosticCode, _ message: String, _ range: SourceRange?, notes: [DiagnosticNote] = []) {
        stop = Diagnostic(code, message, file: source.path, range: range, notes: notes)
    }
}

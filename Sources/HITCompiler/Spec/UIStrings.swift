/// One entry of `ui_strings:`: the task's own wording of one of hitc's
/// catalogue messages (`page-submit: Send my answers`), a Fluent pattern in
/// the spec's `language`. The checks (`UIStringChecks`) hold it to the catalogue.
struct UIString: Sendable {
    /// The catalogue message id, as written (the key).
    var id: Located<String>
    /// The Fluent pattern as the YAML value holds it (after YAML's own escapes).
    var pattern: Located<String>
    /// How the value was written, to place a problem inside it (`PatternPlace`).
    var style: ScalarStyle
}

/// Where a UTF-8 offset of a `ui_strings` value is in the spec file.
///
/// Exact when the value is written on one line, plain, in single quotes, or in
/// double quotes using no escape other than `\"` and `\\`: then each character
/// of the value is known to take a fixed number of columns in the source (the
/// value's width is checked against its range, so any other spelling is
/// noticed). Otherwise (a block scalar, a value over several lines, other
/// escapes) the value's start.
enum PatternPlace {
    /// The source range of the character at `utf8Offset` in `string`'s value
    /// (one column wide), or the value's start when that cannot be known exactly.
    static func range(of utf8Offset: Int, in string: UIString) -> SourceRange {
        let range = string.pattern.range
        let fallback = SourceRange(at: range.start)
        guard range.start.line == range.end.line else { return fallback }
        let text = string.pattern.value
        let opening: Int
        let width: (Unicode.Scalar) -> Int
        switch string.style {
        case .plain:
            opening = 0
            width = { _ in 1 }
        case .singleQuoted:
            opening = 1
            width = { $0 == "'" ? 2 : 1 }
        case .doubleQuoted:
            opening = 1
            width = { $0 == "\"" || $0 == "\\" ? 2 : 1 }
        case .literal, .folded:
            return fallback
        }
        var columns = opening
        var column: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            if column == nil, offset >= utf8Offset { column = columns }
            columns += width(scalar)
            offset += String(scalar).utf8.count
        }
        if column == nil { column = columns }
        // The value must take exactly the columns its range covers.
        guard range.end.column - range.start.column == columns + opening else { return fallback }
        return SourceRange(line: range.start.line, column: range.start.column + (column ?? 0), length: 1)
    }
}

extension Spec {
    /// The `ui_strings` texts the build's catalogue takes in place of its own
    /// (`MessageCatalogue.overriding`), by id: those naming a page, script or
    /// guideline message whose text parses. A spec that reaches the build has
    /// passed `UIStringChecks`, so that is every entry.
    var uiStringMessages: [String: FluentMessage] {
        var messages: [String: FluentMessage] = [:]
        for string in uiStrings where UIStringChecks.isOverridable(string.id.value) && messages[string.id.value] == nil {
            if let message = try? FluentMessage.parse(string.pattern.value) { messages[string.id.value] = message }
        }
        return messages
    }
}

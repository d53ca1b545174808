@testable import HITCompiler

/// Renders libyaml events in the YAML test suite's `test.event` notation
/// (`+STR`, `+DOC ---`, `+MAP {} &a <tag>`, `=VAL :plain`, `=ALI *a`, ...).
enum YAMLTestSuiteNotation {
    /// One line of `test.event` for an event.
    static func line(_ kind: YAMLEventKind) -> String {
        switch kind {
        case .streamStart: "+STR"
        case .streamEnd: "-STR"
        case .documentStart(let implicit): implicit ? "+DOC" : "+DOC ---"
        case .documentEnd(let implicit): implicit ? "-DOC" : "-DOC ..."
        case .mappingStart(let anchor, let tag, let flow):
            "+MAP" + (flow ? " {}" : "") + properties(anchor, tag)
        case .mappingEnd: "-MAP"
        case .sequenceStart(let anchor, let tag, let flow):
            "+SEQ" + (flow ? " []" : "") + properties(anchor, tag)
        case .sequenceEnd: "-SEQ"
        case .scalar(let value, let anchor, let tag, let style):
            "=VAL" + properties(anchor, tag) + " " + indicator(style) + escaped(value)
        case .alias(let anchor): "=ALI *" + anchor
        }
    }

    /// Every event of `bytes` in notation, one per line, each line ending in a newline.
    /// Throws libyaml's error if the input is rejected.
    static func events(of bytes: [UInt8]) throws(YAMLSyntaxError) -> String {
        let reader = LibYAMLEventReader(bytes: bytes)
        var text = ""
        while let event = try reader.next() {
            text += line(event.kind) + "\n"
        }
        return text
    }

    private static func properties(_ anchor: String?, _ tag: String?) -> String {
        var text = ""
        if let anchor { text += " &" + anchor }
        if let tag { text += " <" + tag + ">" }
        return text
    }

    private static func indicator(_ style: ScalarStyle) -> String {
        switch style {
        case .plain: ":"
        case .singleQuoted: "'"
        case .doubleQuoted: "\""
        case .literal: "|"
        case .folded: ">"
        }
    }

    /// The suite escapes backslash and control characters so each event stays on one line.
    static func escaped(_ value: String) -> String {
        var text = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\0": text += "\\0"
            case "\u{07}": text += "\\a"
            case "\u{08}": text += "\\b"
            case "\t": text += "\\t"
            case "\n": text += "\\n"
            case "\u{0B}": text += "\\v"
            case "\u{0C}": text += "\\f"
            case "\r": text += "\\r"
            case "\u{1B}": text += "\\e"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

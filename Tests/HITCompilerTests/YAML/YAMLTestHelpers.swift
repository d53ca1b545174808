@testable import HITCompiler

/// Shared helpers for the YAML layer's tests.
enum YAMLTest {
    /// Composes `text` as a file named `test.yaml`.
    static func compose(_ text: String, limits: YAMLLimits = .default) -> YAMLComposer.Result {
        YAMLComposer(limits: limits).compose(SourceFile(path: "test.yaml", text: text))
    }

    /// Composes raw bytes as a file named `test.yaml`.
    static func compose(bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLComposer.Result {
        YAMLComposer(limits: limits).compose(SourceFile(path: "test.yaml", bytes: bytes))
    }

    /// The diagnostics' codes, in order.
    static func codes(_ result: YAMLComposer.Result) -> [String] {
        result.diagnostics.map(\.code.rawValue)
    }

    /// Every event libyaml reports for `text` (stream and document events included).
    static func events(_ text: String) throws -> [YAMLEvent] {
        let reader = LibYAMLEventReader(bytes: Array(text.utf8))
        var events: [YAMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    /// The first scalar event with this value.
    static func scalarEvent(_ value: String, in events: [YAMLEvent]) -> YAMLEvent? {
        events.first { event in
            if case .scalar(let v, _, _, _) = event.kind { return v == value }
            return false
        }
    }

    /// A compact rendering of a tree: `{k: v, s: [a, 'b']}`, quoted scalars in
    /// their quotes, block scalars as `|text` / `>text`, tags in front.
    static func render(_ node: YAMLNode) -> String {
        let tag = node.tag.map { $0 + " " } ?? ""
        switch node.kind {
        case .scalar(let value, let style):
            switch style {
            case .plain: return tag + value
            case .singleQuoted: return tag + "'\(value)'"
            case .doubleQuoted: return tag + "\"\(value)\""
            case .literal: return tag + "|\(value)"
            case .folded: return tag + ">\(value)"
            }
        case .sequence(let items):
            return tag + "[" + items.map(render).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return tag + "{" + pairs.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// A location `columns` to the right of `location` on the same line.
    static func shifted(_ location: SourceLocation, by columns: Int) -> SourceLocation {
        SourceLocation(line: location.line, column: location.column + columns)
    }
}

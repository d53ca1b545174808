/// A parsed Fluent message: one pattern of the subset hitc reads (docs/i18n.md):
/// text, `{ $variable }`, `{ "literal" }` and select expressions on a variable
/// whose keys are CLDR plural categories or exact numbers.
public struct FluentMessage: Sendable, Equatable {
    /// The pattern, with string literals merged into the text around them.
    let elements: [FluentElement]

    init(elements: [FluentElement]) { self.elements = elements }

    /// Parses one pattern without `id =`, as a `ui_strings` value holds it.
    /// Lines after the first continue the pattern whatever their indentation.
    public static func parse(_ source: String) throws(FluentSyntaxError) -> FluentMessage {
        var parser = FluentParser(source, standalone: true)
        return try parser.parseStandalonePattern()
    }

    /// Every variable the pattern names, in placeables and selectors.
    public var variables: Set<String> {
        var names: Set<String> = []
        FluentElement.collectVariables(elements, into: &names)
        return names
    }
}

/// One piece of a pattern.
indirect enum FluentElement: Sendable, Equatable {
    case text(String)
    case variable(String)
    case select(FluentSelect)

    static func collectVariables(_ elements: [FluentElement], into names: inout Set<String>) {
        for element in elements {
            switch element {
            case .text: break
            case .variable(let name): names.insert(name)
            case .select(let select):
                names.insert(select.variable)
                for variant in select.variants { collectVariables(variant.pattern, into: &names) }
            }
        }
    }
}

/// `{ $variable -> [key] pattern … *[key] pattern }`.
struct FluentSelect: Sendable, Equatable {
    var variable: String
    var variants: [FluentVariant]
    /// Index in `variants` of the `*[…]` one.
    var defaultIndex: Int
}

struct FluentVariant: Sendable, Equatable {
    var key: FluentVariantKey
    var pattern: [FluentElement]
}

/// A variant's key: a CLDR plural category or an exact number (kept as written).
enum FluentVariantKey: Sendable, Equatable {
    case category(PluralCategory)
    case number(Double, text: String)

    /// The key as written between the brackets.
    var text: String {
        switch self {
        case .category(let category): category.rawValue
        case .number(_, let text): text
        }
    }
}

/// A syntax error in a Fluent source, at a byte offset in that source.
public struct FluentSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Offset in the UTF-8 bytes of the source parsed.
    public var utf8Offset: Int
    public var message: String

    public init(utf8Offset: Int, message: String) {
        self.utf8Offset = utf8Offset
        self.message = message
    }

    /// The 1-based line and column (in Unicode scalars) of the error in `source`.
    public func lineAndColumn(in source: String) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let bytes = Array(source.utf8)
        let end = min(utf8Offset, bytes.count)
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    public var description: String { "offset \(utf8Offset): \(message)" }
}

/// A recursive-descent parser for the Fluent subset of docs/i18n.md, over the
/// UTF-8 bytes of a source. Anything outside the subset is a `FluentSyntaxError`
/// at the byte where it starts; the parser never traps on any input.
///
/// Whitespace follows the Fluent syntax 1.0 specification: blank space after `=`
/// is dropped, continuation lines (indented, not starting with `[`, `*`, `.` or
/// `}`) join with a line break after their common indentation is removed, and
/// trailing blank space of a pattern is dropped.
struct FluentParser {
    private let bytes: [UInt8]
    private var position = 0
    /// True for `FluentMessage.parse`: a lone pattern whose later lines need no indentation.
    private let standalone: Bool
    /// Nesting depth of placeables, bounded so hostile input cannot exhaust the stack.
    private var depth = 0
    private static let maxDepth = 32

    init(_ source: String, standalone: Bool) {
        bytes = Array(source.utf8)
        self.standalone = standalone
    }

    // MARK: Resources (files)

    /// Every message of a `.ftl` file, in file order, with the byte offset of its id.
    mutating func parseResource() throws(FluentSyntaxError) -> [(id: String, offset: Int, message: FluentMessage)] {
        var messages: [(id: String, offset: Int, message: FluentMessage)] = []
        var seen: Set<String> = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        while position < bytes.count {
            let byte = bytes[position]
            if lineEndLength(at: position) > 0 {
                position += lineEndLength(at: position)
            } else if byte == UInt8(ascii: "#") {
                try skipComment()
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                let start = position
                while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
                guard position >= bytes.count || lineEndLength(at: position) > 0 else {
                    throw error(at: start, "an indented line outside a message (continuation lines belong to the message above, with no blank line between)")
                }
            } else if byte == UInt8(ascii: "-") {
                throw error("terms (-name = …) are not in the subset hitc reads")
            } else {
                let offset = position
                let id = try identifier(what: "a message id")
                guard id.first.map({ $0 >= "a" && $0 <= "z" }) == true,
                      id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else {
                    throw error(at: offset, "message id \"\(id)\": ids are lowercase letters, digits and hyphens, starting with a letter")
                }
                guard !seen.contains(id) else { throw error(at: offset, "message \"\(id)\" is defined twice") }
                seen.insert(id)
                skipInlineBlank()
                guard peek == UInt8(ascii: "=") else { throw error("expected \"=\" after the message id \"\(id)\"") }
                position += 1
                let elements = try pattern(inSelect: false)
                guard !elements.isEmpty else { throw error(at: offset, "message \"\(id)\" has no value") }
                if let attribute = attributeStart() { throw error(at: attribute, "attributes (.name = …) are not in the subset hitc reads") }
                messages.append((id, offset, FluentMessage(elements: elements)))
            }
        }
        return messages
    }

    /// `#`, `##` or `###`, then a space and text, or the end of the line.
    private mutating func skipComment() throws(FluentSyntaxError) {
        let start = position
        var hashes = 0
        while peek == UInt8(ascii: "#") { hashes += 1; position += 1 }
        guard hashes <= 3 else { throw error(at: start, "a comment starts with #, ## or ###") }
        if position < bytes.count, lineEndLength(at: position) == 0 {
            guard peek == UInt8(ascii: " ") else { throw error("a space must follow the # of a comment") }
        }
        while position < bytes.count, lineEndLength(at: position) == 0 { position += 1 }
    }

    /// After a message's pattern: the offset of an indented `.` line (an attribute), if any.
    private func attributeStart() -> Int? {
        var index = position
        while index < bytes.count {
            let length = lineEndLength(at: index)
            if length > 0 { index += length; continue }
            if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1; continue }
            break
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "."), index > 0, bytes[index - 1] == UInt8(ascii: " ") else { return nil }
        return index
    }

    // MARK: Standalone patterns

    mutating func parseStandalonePattern() throws(FluentSyntaxError) -> FluentMessage {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        let elements = try pattern(inSelect: false)
        skipBlank()
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "["), UInt8(ascii: "*"):
                throw error("a line may not start with \"\(Character(UnicodeScalar(bytes[position])))\" outside a select expression (Fluent reads it as a variant)")
            case UInt8(ascii: "."):
                throw error("a line may not start with \".\" (Fluent reads it as an attribute)")
            case UInt8(ascii: "}"):
                throw error("\"}\" without a matching \"{\"")
            default:
                throw error("unexpected text after the pattern")
            }
        }
        guard !elements.isEmpty else { throw error(at: 0, "the pattern is empty") }
        return FluentMessage(elements: elements)
    }

    // MARK: Patterns

    /// A piece of a pattern before dedenting: text, a line break with the
    /// indentation that follows it, or a placeable.
    private enum Piece {
        case text(String)
        case indent(newlines: Int, spaces: Int)
        case element(FluentElement)
    }

    /// A pattern from here: inline text and placeables, then continuation lines.
    /// Stops before a line break not followed by a continuation line, or at `}`
    /// in a select's variant... (a `}` in text is an error).
    private mutating func pattern(inSelect: Bool) throws(FluentSyntaxError) -> [FluentElement] {
        skipInlineBlank()
        var pieces: [Piece] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
        }
        // A pattern that starts on the next line.
        if let (newlines, spaces) = continuation() {
            pieces.append(.indent(newlines: newlines, spaces: spaces))
        }
        while position < bytes.count {
            let byte = bytes[position]
            if lineEndLength(at: position) > 0 {
                guard let (newlines, spaces) = continuation() else { break }
                flush()
                pieces.append(.indent(newlines: newlines, spaces: spaces))
            } else if byte == UInt8(ascii: "{") {
                flush()
                pieces.append(.element(try placeable()))
            } else if byte == UInt8(ascii: "}") {
                throw error("\"}\" without a matching \"{\" (write { \"}\" } for a literal brace)")
            } else {
                text.append(byte)
                position += 1
            }
        }
        flush()
        return Self.dedent(pieces)
    }

    /// At a line end: if the lines after it continue the pattern, consumes the
    /// blank lines and the indentation and returns how many line breaks and
    /// spaces there were; else leaves the position where it was.
    private mutating func continuation() -> (Int, Int)? {
        var index = position
        var newlines = 0
        var spaces = 0
        while index < bytes.count {
            let length = lineEndLength(at: index)
            guard length > 0 else { break }
            index += length
            newlines += 1
            spaces = 0
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1; spaces += 1 }
        }
        guard newlines > 0, index < bytes.count else { return nil }
        guard spaces > 0 || standalone else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "["), UInt8(ascii: "*"), UInt8(ascii: "."), UInt8(ascii: "}"): return nil
        default: break
        }
        position = index
        return (newlines, spaces)
    }

    /// Removes the common indentation of continuation lines, joins text, and
    /// drops trailing blank space (Fluent syntax 1.0, "Patterns").
    private static func dedent(_ pieces: [Piece]) -> [FluentElement] {
        let common = pieces.compactMap { piece -> Int? in
            if case .indent(_, let spaces) = piece { return spaces }
            return nil
        }.min() ?? 0
        var elements: [FluentElement] = []
        var pending = ""
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text): pending += text
            case .indent(let newlines, let spaces):
                // A pattern starting on the next line does not start with a line break.
                if index > 0 { pending += String(repeating: "\n", count: newlines) }
                pending += String(repeating: " ", count: spaces - common)
            case .element(.text(let text)): pending += text
            case .element(let element):
                if !pending.isEmpty { elements.append(.text(pending)); pending = "" }
                elements.append(element)
            }
        }
        while let last = pending.last, last == " " || last == "\n" || last == "\t" { pending.removeLast() }
        if !pending.isEmpty { elements.append(.text(pending)) }
        return elements
    }

    // MARK: Placeables

    /// `{ $var }`, `{ "literal" }` or `{ $var -> variants }`.
    private mutating func placeable() throws(FluentSyntaxError) -> FluentElement {
        let open = position
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw error(at: open, "placeables nested more than \(Self.maxDepth) deep") }
        skipBlank()
        guard let byte = peek else { throw error(at: open, "\"{\" is never closed") }
        let element: FluentElement
        switch byte {
        case UInt8(ascii: "$"):
            position += 1
            let name = try identifier(what: "a variable name after \"$\"")
            skipBlank()
            if peek == UInt8(ascii: "-"), peek(1) == UInt8(ascii: ">") {
                position += 2
                element = .select(try selectBody(variable: name))
            } else {
                element = .variable(name)
            }
        case UInt8(ascii: "\""):
            element = .text(try stringLiteral())
            skipBlank()
            if peek == UInt8(ascii: "-"), peek(1) == UInt8(ascii: ">") {
                throw error("a select expression must select on a variable ({ $name -> … })")
            }
        case UInt8(ascii: "-"):
            if let next = peek(1), Self.isDigit(next) { throw error("number literals are not in the subset hitc reads; write the number as text") }
            throw error("terms (-name) are not in the subset hitc reads")
        case UInt8(ascii: "{"):
            throw error("nested placeables are not in the subset hitc reads")
        case UInt8(ascii: "}"):
            throw error("an empty placeable: write { $name } or { \"text\" }")
        default:
            if Self.isDigit(byte) { throw error("number literals are not in the subset hitc reads; write the number as text") }
            if Self.isLetter(byte) {
                throw error("message references and functions are not in the subset hitc reads; use { $variable }")
            }
            throw error("expected $variable or \"text\" in a placeable")
        }
        skipBlank()
        guard peek == UInt8(ascii: "}") else {
            if position >= bytes.count { throw error(at: open, "\"{\" is never closed") }
            throw error("expected \"}\" to close the placeable opened at offset \(open)")
        }
        position += 1
        return element
    }

    /// After `->`: variants on their own lines, one of them `*[…]`, then (blank) `}` (not consumed).
    private mutating func selectBody(variable: String) throws(FluentSyntaxError) -> FluentSelect {
        let arrow = position - 2
        skipInlineBlank()
        guard position < bytes.count, lineEndLength(at: position) > 0 else {
            throw error("variants of a select expression start on the next line")
        }
        var variants: [FluentVariant] = []
        var defaultIndex: Int?
        var keys: Set<String> = []
        while true {
            skipBlank()
            guard let byte = peek else { throw error(at: arrow, "the select expression is never closed with \"}\"") }
            var isDefault = false
            if byte == UInt8(ascii: "*") {
                isDefault = true
                position += 1
            }
            guard peek == UInt8(ascii: "[") else {
                if isDefault { throw error("expected \"[\" after \"*\"") }
                break
            }
            let keyStart = position
            position += 1
            skipInlineBlank()
            let key = try variantKey()
            skipInlineBlank()
            guard peek == UInt8(ascii: "]") else { throw error("expected \"]\" after the variant key") }
            position += 1
            guard !keys.contains(key.text) else { throw error(at: keyStart, "variant [\(key.text)] appears twice") }
            keys.insert(key.text)
            if isDefault {
                guard defaultIndex == nil else { throw error(at: keyStart - 1, "a select expression has exactly one default variant *[…]; this is a second") }
                defaultIndex = variants.count
            }
            let value = try pattern(inSelect: true)
            guard !value.isEmpty else { throw error(at: keyStart, "variant [\(key.text)] has no value") }
            variants.append(FluentVariant(key: key, pattern: value))
        }
        guard !variants.isEmpty else { throw error("a select expression needs variants ([one] …, *[other] …)") }
        guard let defaultIndex else { throw error(at: arrow, "a select expression needs exactly one default variant, marked *[…]") }
        return FluentSelect(variable: variable, variants: variants, defaultIndex: defaultIndex)
    }

    /// A CLDR plural category or a number.
    private mutating func variantKey() throws(FluentSyntaxError) -> FluentVariantKey {
        let start = position
        guard let byte = peek else { throw error("expected a variant key") }
        if Self.isDigit(byte) || byte == UInt8(ascii: "-") {
            if byte == UInt8(ascii: "-") { position += 1 }
            while let next = peek, Self.isDigit(next) { position += 1 }
            if peek == UInt8(ascii: "."), let next = peek(1), Self.isDigit(next) {
                position += 1
                while let next = peek, Self.isDigit(next) { position += 1 }
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            guard let value = Double(text), value.isFinite, text != "-" else { throw error(at: start, "\"\(text)\" is not a number") }
            return .number(value, text: text)
        }
        let name = try identifier(what: "a variant key")
        guard let category = PluralCategory(rawValue: name) else {
            throw error(at: start, "variant key \"\(name)\": keys are plural categories (zero, one, two, few, many, other) or numbers")
        }
        return .category(category)
    }

    /// `"…"` with the escapes \" \\ \uXXXX \UXXXXXX; on one line.
    private mutating func stringLiteral() throws(FluentSyntaxError) -> String {
        let open = position
        position += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flushRun() {
            if !run.isEmpty { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars); run = [] }
        }
        while true {
            guard let byte = peek, lineEndLength(at: position) == 0 else {
                throw error(at: open, "a string literal is not closed on its line")
            }
            if byte == UInt8(ascii: "\"") { position += 1; break }
            if byte == UInt8(ascii: "\\") {
                let escape = position
                position += 1
                switch peek {
                case UInt8(ascii: "\""): run.append(UInt8(ascii: "\"")); position += 1
                case UInt8(ascii: "\\"): run.append(UInt8(ascii: "\\")); position += 1
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let count = peek == UInt8(ascii: "u") ? 4 : 6
                    position += 1
                    let end = position + count
                    guard end <= bytes.count,
                          let value = UInt32(String(decoding: bytes[position..<end], as: UTF8.self), radix: 16),
                          bytes[position..<end].allSatisfy(Self.isHexDigit),
                          let scalar = UnicodeScalar(value) else {
                        throw error(at: escape, "a \\u escape takes 4 hex digits and \\U 6, naming a Unicode scalar")
                    }
                    flushRun()
                    scalars.append(scalar)
                    position = end
                default:
                    throw error(at: escape, "unknown escape in a string literal (known: \\\" \\\\ \\uXXXX \\UXXXXXX)")
                }
            } else {
                run.append(byte)
                position += 1
            }
        }
        flushRun()
        return String(scalars)
    }

    // MARK: Lexing

    /// `[a-zA-Z][a-zA-Z0-9_-]*`.
    private mutating func identifier(what: String) throws(FluentSyntaxError) -> String {
        let start = position
        guard let first = peek, Self.isLetter(first) else { throw error("expected \(what)") }
        position += 1
        while let byte = peek, Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
            // "-" followed by ">" ends the identifier ($n->).
            if byte == UInt8(ascii: "-"), peek(1) == UInt8(ascii: ">") { break }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }
    private func peek(_ ahead: Int) -> UInt8? { position + ahead < bytes.count ? bytes[position + ahead] : nil }

    /// 1 for "\n", 2 for "\r\n", else 0.
    private func lineEndLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        if bytes[index] == UInt8(ascii: "\n") { return 1 }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return 2 }
        return 0
    }

    private mutating func skipInlineBlank() {
        while peek == UInt8(ascii: " ") { position += 1 }
    }

    /// Spaces and line breaks.
    private mutating func skipBlank() {
        while let byte = peek {
            if byte == UInt8(ascii: " ") { position += 1 } else if lineEndLength(at: position) > 0 { position += lineEndLength(at: position) } else { break }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66) }

    private func error(_ message: String) -> FluentSyntaxError { error(at: position, message) }
    private func error(at offset: Int, _ message: String) -> FluentSyntaxError {
        FluentSyntaxError(utf8Offset: offset, message: message)
    }
}

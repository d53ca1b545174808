/// The `script-*` messages in the compiled form the page's script reads
/// (`messages` of the page configuration; contract of issue 16, section 4):
/// a pattern is a string, a select, or an array of them; in a string `{name}`
/// stands for variable `name`; a select is `{"$": variable, "*": default key,
/// key: pattern, …}` with CLDR categories and exact numbers (as written) as keys.
enum ScriptMessages {
    /// Every `script-*` message of `catalogue`, by id.
    static func compiled(_ catalogue: MessageCatalogue) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for id in catalogue.ids where id.hasPrefix("script-") {
            if let message = catalogue.message(id) { out[id] = pattern(message.elements) }
        }
        return out
    }

    /// Whether the message's text holds a `{` or `}`, which the compiled form
    /// cannot tell from a variable (a `script-*` message may not have one).
    static func hasLiteralBrace(_ message: FluentMessage) -> Bool {
        func check(_ elements: [FluentElement]) -> Bool {
            elements.contains { element in
                switch element {
                case .text(let text): text.contains("{") || text.contains("}")
                case .variable: false
                case .select(let select): select.variants.contains { check($0.pattern) }
                }
            }
        }
        return check(message.elements)
    }

    static func pattern(_ elements: [FluentElement]) -> JSONValue {
        var parts: [JSONValue] = []
        var text = ""
        for element in elements {
            switch element {
            case .text(let literal): text += literal
            case .variable(let name): text += "{\(name)}"
            case .select(let select):
                if !text.isEmpty { parts.append(.string(text)); text = "" }
                var object: [String: JSONValue] = ["$": .string(select.variable),
                                                   "*": .string(select.variants[select.defaultIndex].key.text)]
                for variant in select.variants { object[variant.key.text] = pattern(variant.pattern) }
                parts.append(.object(object))
            }
        }
        if !text.isEmpty { parts.append(.string(text)) }
        return parts.count == 1 ? parts[0] : .array(parts)
    }
}

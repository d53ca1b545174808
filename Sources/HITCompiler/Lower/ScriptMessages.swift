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

    /// The messages a page can show, by what `assets/task.js` and its target modules say:
    /// the checks of its question types (a type other than the choices and number is
    /// checked as text) and the sending of its target modules. Every other message is kept.
    /// The rest would only add bytes (MTurk's page limit); a page shows an id it lacks.
    static func compiled(_ catalogue: MessageCatalogue, questionTypes: Set<String>, modules: Set<String>) -> [String: JSONValue] {
        compiled(catalogue).filter { shown($0.key, questionTypes: questionTypes, modules: modules) }
    }

    static func shown(_ id: String, questionTypes: Set<String>, modules: Set<String>) -> Bool {
        let choice: Set<String> = ["single_choice", "scale", "pairwise"]
        if id == "script-choose-answer" { return !questionTypes.isDisjoint(with: choice) }
        if id.hasPrefix("script-choose-at") { return questionTypes.contains("multi_choice") }
        if id.hasPrefix("script-number") { return questionTypes.contains("number") }
        if id == "script-text" || id.hasPrefix("script-text-") {
            return !questionTypes.subtracting(choice.union(["multi_choice", "number"])).isEmpty
        }
        switch id {
        case "script-sending", "script-send-failed", "script-network-error": return !modules.isDisjoint(with: ["generic", "prolific"])
        case "script-sent": return modules.contains("generic")
        case "script-prolific-saved": return modules.contains("prolific")
        default: return true
        }
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

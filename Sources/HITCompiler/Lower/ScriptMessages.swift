/// The `script-*` messages in the compiled form the page's script reads
/// (`messages` of the page configuration; contract of issue 16, section 4):
/// a pattern is a string, a select, or an array of them; in a string `{name}`
/// stands for variable `name`; a select is `{"$": variable, "*": default key,
/// key: pattern, …}` with CLDR categories and exact numbers (as written) as keys.
enum ScriptMessages {
    /// The `script-*` messages of `catalogue` (those in `only`, when given), by id.
    static func compiled(_ catalogue: MessageCatalogue, only: Set<String>? = nil) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for id in catalogue.ids where id.hasPrefix("script-") && only?.contains(id) != false {
            if let message = catalogue.message(id) { out[id] = pattern(message.elements) }
        }
        return out
    }

    /// The ids the page's script can show for `spec` (i18nscript's table, STATUS of
    /// issue 16): a page carries only these, which keeps MTurk's question.xml small.
    /// A message left out would show as its id, never break the page.
    static func used(by spec: Spec, targetKeys: Set<String>) -> Set<String> {
        var ids: Set<String> = [
            "script-item-title", "script-item-answered", "script-progress", "script-items-unreadable", "script-items-too-many",
            "script-items-missing", "script-key-elsewhere", "script-attention",
            // The disk and MTurk modules are on every page.
            "script-copied", "script-copy-by-hand", "script-demo-items", "script-preview-shown", "script-answers-shown",
            "script-submitting", "script-mturk-preview", "script-mturk-accept", "script-mturk-no-target", "script-mturk-bad-address",
        ]
        func visit(_ blocks: [LayoutBlock]) {
            for block in blocks {
                switch block.kind {
                case .image: ids.formUnion(["script-image-not-https", "script-image-failed"])
                case .link: ids.formUnion(["script-link", "script-link-not-https"])
                case .audio, .video: ids.insert("script-media-not-https")
                case .columns(let columns): columns.forEach(visit)
                default: break
                }
            }
        }
        visit(spec.hit.layout)
        for id in spec.hit.questionOrder {
            guard let q = spec.hit.question(id.value) else { continue }
            switch q.kind.type {
            case let multi as MultiChoiceQuestion:
                // A required one with nothing ticked says script-choose-at-least (min 1) even without min_selected.
                ids.insert("script-choose-at-least")
                if multi.settings.minSelected != nil { ids.insert("script-choose-at-least-now") }
                if multi.settings.maxSelected != nil { ids.insert("script-choose-at-most-now") }
            case is NumberQuestion:
                ids.formUnion(["script-number", "script-number-range", "script-number-at-least", "script-number-at-most",
                               "script-number-whole", "script-number-step", "script-number-step-from"])
            case let text as TextQuestion:
                ids.insert("script-text")
                if text.minLength != nil { ids.insert("script-text-at-least") }
                if text.maxLength != nil { ids.insert("script-text-at-most") }
                if text.pattern != nil { ids.insert("script-text-pattern") }
            default:
                ids.insert("script-choose-answer")
            }
        }
        if targetKeys.contains("generic") || targetKeys.contains("prolific") {
            ids.formUnion(["script-sending", "script-send-failed", "script-network-error"])
        }
        if targetKeys.contains("generic") { ids.insert("script-sent") }
        if targetKeys.contains("prolific") { ids.insert("script-prolific-saved") }
        return ids
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

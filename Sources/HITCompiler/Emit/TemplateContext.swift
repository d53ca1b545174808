/// A view model as the plain values Mustache reads fastest: `[String: Any]`
/// for structs, `[Any]` for arrays, and `String`, `Bool`, `Int`, `Double`
/// leaves; a `nil` optional is left out, so Mustache looks it up in the
/// enclosing context exactly as it does for a `nil` property.
///
/// swift-mustache reads other values by reflection (`Mirror`), materialising
/// every property of a struct on each lookup; turning the view into
/// dictionaries once makes each lookup a hash probe.
enum TemplateContext {
    /// The plain-value form of `view`, without its top-level properties named in
    /// `omitting` (never encoded: a template that does not read one does not pay for it).
    static func make<View: Encodable>(_ view: View, omitting: Set<String> = []) throws -> Any {
        let root = TemplateNode()
        try view.encode(to: TemplateNodeEncoder(node: root, codingPath: [], omitted: omitting))
        return root.value() ?? [String: Any]()
    }
}

/// One value being encoded (`TemplateNodeEncoder` fills it in): a leaf, an array or fields.
final class TemplateNode {
    private var fields: [String: TemplateNode] = [:]
    private var elements: [TemplateNode] = []
    private var leaf: Any?
    private var isArray = false

    func setLeaf(_ value: Any) { leaf = value }
    func field(_ name: String) -> TemplateNode {
        let node = TemplateNode()
        fields[name] = node
        return node
    }
    func element() -> TemplateNode {
        isArray = true
        let node = TemplateNode()
        elements.append(node)
        return node
    }
    func markArray() { isArray = true }

    /// The finished value; `nil` when nothing was encoded.
    func value() -> Any? {
        if let leaf { return leaf }
        if isArray { return elements.compactMap { $0.value() } }
        var dictionary: [String: Any] = [:]
        dictionary.reserveCapacity(fields.count)
        for (name, node) in fields { if let value = node.value() { dictionary[name] = value } }
        return dictionary
    }
}

/// A text that is equal for two values exactly when they hold the same spec
/// content, whatever their source positions: a walk of the value with
/// `Mirror` that leaves out every `SourceRange` and sorts the entries of
/// dictionaries and sets. The classifiers compare parts with it, and the
/// safety net uses it to find changes no classifier named.
enum Fingerprint {
    static func of(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        if value is SourceRange || value is SourceLocation { out += "_"; return }
        if let type = value as? Any.Type { out += String(describing: type); return }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary?, .set?:
            let parts = mirror.children.map { child -> String in of(child.value) }.sorted()
            out += "{" + parts.joined(separator: ",") + "}"
        case .optional?:
            if let child = mirror.children.first { write(child.value, into: &out) } else { out += "nil" }
        case .collection?, .tuple?:
            out += "["
            for child in mirror.children { write(child.value, into: &out); out += "," }
            out += "]"
        case .struct?, .class?, .enum?:
            out += String(describing: type(of: value)) + "("
            if mirror.children.isEmpty { out += String(describing: value) }
            for child in mirror.children {
                out += (child.label ?? "") + ":"
                write(child.value, into: &out)
                out += ";"
            }
            out += ")"
        default:
            out += String(reflecting: value).count.description + ":" + String(reflecting: value)
        }
    }
}

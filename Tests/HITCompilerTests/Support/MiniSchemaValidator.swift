@testable import HITCompiler

/// Validates a YAML tree against the JSON Schema `hitc schema` prints, for the
/// keywords the generator uses (type, properties, required,
/// additionalProperties, enum, const, pattern, items, anyOf, minimum,
/// minProperties, $ref). Scalars are typed as YAML 1.2's core schema (and
/// yaml-language-server) types them.
struct MiniSchemaValidator {
    let root: JSONValue

    /// Problems found, as "path: message".
    func validate(_ node: YAMLNode) -> [String] {
        var problems: [String] = []
        check(node, against: root, path: "$", into: &problems)
        return problems
    }

    private func resolve(_ schema: JSONValue) -> [String: JSONValue] {
        guard case .object(let s) = schema else { return [:] }
        if case .string(let ref)? = s["$ref"], ref.hasPrefix("#/definitions/"),
           case .object(let root)? = Optional(root), case .object(let defs)? = root["definitions"],
           let target = defs[String(ref.dropFirst("#/definitions/".count))] {
            return resolve(target)
        }
        return s
    }

    /// The JSON type of a node under the core schema.
    static func coreType(_ node: YAMLNode) -> String {
        switch node.kind {
        case .mapping: return "object"
        case .sequence: return "array"
        case .scalar(let text, let style):
            guard style == .plain else { return "string" }
            if node.isNull { return "null" }
            if ["true", "True", "TRUE", "false", "False", "FALSE"].contains(text) { return "boolean" }
            if text.wholeMatch(of: /[-+]?[0-9]+/) != nil { return "integer" }
            if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil { return "number" }
            return "string"
        }
    }

    private func check(_ node: YAMLNode, against schema: JSONValue, path: String, into problems: inout [String]) {
        let s = resolve(schema)
        let type = Self.coreType(node)
        if case .array(let options)? = s["anyOf"] {
            let ok = options.contains { option in
                var sub: [String] = []
                check(node, against: option, path: path, into: &sub)
                return sub.isEmpty
            }
            if !ok { problems.append("\(path): matches none of anyOf") }
            return
        }
        if let expected = s["type"] {
            var allowed: [String] = []
            if case .string(let t) = expected { allowed = [t] }
            if case .array(let ts) = expected { allowed = ts.compactMap { if case .string(let t) = $0 { t } else { nil } } }
            let fits = allowed.contains(type) || (type == "integer" && allowed.contains("number"))
            if !fits { problems.append("\(path): \(type) is not \(allowed)"); return }
        }
        if case .int(let c)? = s["const"], node.scalar != String(c) { problems.append("\(path): not \(c)") }
        if case .array(let words)? = s["enum"], let text = node.scalar, !words.contains(.string(text)) {
            problems.append("\(path): '\(text)' not in enum")
        }
        if case .string(let pattern)? = s["pattern"], let text = node.scalar,
           ((try? Regex(pattern)).flatMap { try? $0.firstMatch(in: text) } ?? nil) == nil {
            problems.append("\(path): '\(text)' does not match \(pattern)")
        }
        if case .int(let minimum)? = s["minimum"], let text = node.scalar, let n = Double(text), n < Double(minimum) {
            problems.append("\(path): \(n) < \(minimum)")
        }
        switch node.kind {
        case .mapping(let pairs):
            let properties: [String: JSONValue]
            if case .object(let p)? = s["properties"] { properties = p } else { properties = [:] }
            for pair in pairs {
                if let p = properties[pair.key] {
                    check(pair.value, against: p, path: path + "." + pair.key, into: &problems)
                } else if let extra = s["additionalProperties"] {
                    if case .bool(false) = extra { problems.append("\(path): unexpected key '\(pair.key)'") }
                    else if case .object = extra { check(pair.value, against: extra, path: path + "." + pair.key, into: &problems) }
                }
            }
            if case .array(let required)? = s["required"] {
                for case .string(let key) in required where !pairs.contains(where: { $0.key == key }) {
                    problems.append("\(path): missing '\(key)'")
                }
            }
            if case .int(let n)? = s["minProperties"], pairs.count < n { problems.append("\(path): fewer than \(n) keys") }
        case .sequence(let items):
            if let itemSchema = s["items"] {
                for (i, item) in items.enumerated() { check(item, against: itemSchema, path: "\(path)[\(i)]", into: &problems) }
            }
        case .scalar:
            break
        }
    }
}

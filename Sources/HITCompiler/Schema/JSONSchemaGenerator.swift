/// Turns `SpecSchema` into a JSON Schema (draft-07, which yaml-language-server reads).
///
/// Editors type YAML with the 1.2 core schema, as hitc does: `no` is a string,
/// `1` an integer, `0.8` a number.
public enum JSONSchemaGenerator {
    /// The schema's `$id`.
    static let id = "https://hitc.dev/schema/spec-v1.json"

    /// The whole schema as JSON text.
    public static func generate() -> String {
        schema().rendered()
    }

    /// The whole schema as a JSON value.
    static func schema() -> JSONValue {
        var definitions: [String: JSONValue] = [:]
        for object in SpecSchema.ObjectName.allCases where object != .spec {
            definitions[object.rawValue] = objectSchema(object)
        }
        guard case .object(var root) = objectSchema(.spec) else { return .null }
        root["$schema"] = .string("http://json-schema.org/draft-07/schema#")
        root["$id"] = .string(id)
        root["title"] = .string("hitc task spec, language version 1")
        root["definitions"] = .object(definitions)
        return .object(root)
    }

    private static func objectSchema(_ object: SpecSchema.ObjectName) -> JSONValue {
        let properties = SpecSchema.properties(object)
        var props: [String: JSONValue] = [:]
        for p in properties {
            guard case .object(var s) = typeSchema(p.type) else { continue }
            s["description"] = .string(p.doc)
            props[p.name] = .object(s)
        }
        var result: [String: JSONValue] = [
            "type": .string("object"),
            "properties": .object(props),
            "additionalProperties": .bool(false),
        ]
        let required = properties.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { result["required"] = .array(required) }
        if object == .layoutBlock { result["minProperties"] = .int(1) }
        if object == .spec { result["properties"] = .object(props.merging(["hitc": .object(["const": .int(1), "description": .string("Language version; this compiler reads 1.")])]) { _, new in new }) }
        return .object(result)
    }

    private static func typeSchema(_ type: SpecSchema.ValueType) -> JSONValue {
        switch type {
        case .string: return .object(["type": .string("string")])
        case .pattern(let pattern, let description):
            return .object(["type": .string("string"), "pattern": .string(pattern), "$comment": .string(description)])
        case .integer(let minimum, let maximum):
            var s: [String: JSONValue] = ["type": .string("integer")]
            if let minimum { s["minimum"] = .int(minimum) }
            if let maximum { s["maximum"] = .int(maximum) }
            return .object(s)
        case .number: return .object(["type": .string("number")])
        case .boolean: return .object(["type": .string("boolean")])
        case .words(let words): return .object(["type": .string("string"), "enum": .array(words.map(JSONValue.string))])
        case .object(let name): return .object(["$ref": .string("#/definitions/\(name.rawValue)")])
        case .list(let element): return .object(["type": .string("array"), "items": typeSchema(element)])
        case .map(let value): return .object(["type": .string("object"), "additionalProperties": typeSchema(value)])
        case .anyOf(let types): return .object(["anyOf": .array(types.map(typeSchema))])
        case .scalar: return .object(["type": .array([.string("string"), .string("number"), .string("boolean")])])
        }
    }
}

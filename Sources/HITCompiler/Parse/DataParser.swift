/// Parses `data:`: the item schema.
///
/// A field parsed with an error is kept by name only (`DataSchema.unparsedFields`),
/// so references to it are not reported and data values are not checked against
/// rules that are not fully known. A missing or unreadable `fields` is reported
/// and read as no fields.
enum DataParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> DataSchema? {
        guard let m = ctx.mapping(node, "'data'", allowed: SpecSchema.keys(.data)) else { return nil }
        var fields: [DataField] = []
        var failed = Set<String>()
        if let f = m.required("fields", &ctx) {
            if case .mapping(let pairs) = f.kind {
                if pairs.isEmpty { ctx.report(.emptyList, "'data.fields' must define at least one field", f.range) }
                for pair in pairs {
                    let start = ctx.mark
                    if let field = parseField(pair, &ctx), ctx.isClean(since: start) { fields.append(field) } else { failed.insert(pair.key) }
                }
            } else {
                ctx.report(.wrongNodeKind, "'data.fields' must be a mapping of field names to field definitions, not \(f.shapeDescription)", f.range)
            }
        }
        if fields.isEmpty && failed.isEmpty { ctx.unreadable.insert("data.fields") }
        let key = ctx.optional(m["key"], path: "data.key") { $1.string($0, "'data.key'") }
        let sample = ctx.optional(m["sample"], path: "data.sample") { $1.string($0, "'data.sample'") }
        return DataSchema(key: key, fields: fields, sample: sample, unparsedFields: failed)
    }

    private static func parseField(_ pair: YAMLPair, _ ctx: inout ParseContext) -> DataField? {
        let what = "field '\(pair.key)'"
        if !ValueSyntax.isIdentifier(pair.key) {
            ctx.report(.invalidIdentifier, "field name '\(pair.key)' must match [A-Za-z_][A-Za-z0-9_]*", pair.keyRange)
        }
        // Short form: `title: text`.
        if case .scalar = pair.value.kind {
            guard let type = ctx.word(pair.value, "field type", as: FieldType.self) else { return nil }
            return DataField(name: pair.key, nameRange: pair.keyRange, type: type, required: true, description: nil,
                             maxLength: nil, min: nil, max: nil, integer: false, values: [])
        }
        guard let m = ctx.mapping(pair.value, what, allowed: SpecSchema.keys(.field)) else { return nil }
        guard let type = m.required("type", &ctx).flatMap({ ctx.word($0, "field type", as: FieldType.self) }) else { return nil }
        let kind = type.value
        var field = DataField(name: pair.key, nameRange: pair.keyRange, type: type,
                              required: m["required"].flatMap { ctx.bool($0, "'required'") } ?? true,
                              description: m["description"].flatMap { ctx.string($0, "'description'")?.value },
                              maxLength: nil, min: nil, max: nil, integer: false, values: [])
        func only(_ key: String, _ types: [FieldType]) -> YAMLNode? {
            guard let value = m[key] else { return nil }
            guard types.contains(kind) else {
                ctx.report(.unknownKey, "'\(key)' does not apply to a \(kind.rawValue) field", m.pair(key)!.keyRange,
                           notes: [DiagnosticNote("'\(key)' applies to \(types.map { $0.rawValue }.joined(separator: ", ")) fields")])
                return nil
            }
            return value
        }
        field.maxLength = only("max_length", [.string, .text, .markdown]).flatMap { parseInteger($0, "'max_length'", minimum: 1, &ctx)?.value }
        field.min = only("min", [.number]).flatMap { ctx.number($0, "'min'")?.value }
        field.max = only("max", [.number]).flatMap { ctx.number($0, "'max'")?.value }
        field.integer = only("integer", [.number]).flatMap { ctx.bool($0, "'integer'") } ?? false
        if let lo = field.min, let hi = field.max, lo > hi {
            ctx.report(.valueOutOfRange, "\(what) has min \(NumberText.plain(lo)) greater than max \(NumberText.plain(hi))", m["min"]!.range)
        }
        if let values = only("values", [.category]) {
            field.values = ctx.strings(values, "'values'")
            if field.values.isEmpty { ctx.report(.emptyList, "category \(what) needs at least one value in 'values'", values.range) }
            reportDuplicates(field.values, "value", in: what, &ctx)
        } else if kind == .category, m["values"] == nil {
            ctx.report(.missingKey, "category \(what) is missing the required key 'values'", SourceRange(at: pair.value.range.start))
        }
        return field
    }
}

/// Reports entries of `items` that repeat an earlier one (E0214), with a note at the first.
func reportDuplicates(_ items: [Located<String>], _ noun: String, in what: String, _ ctx: inout ParseContext) {
    var seen: [String: SourceRange] = [:]
    for item in items {
        if let first = seen[item.value] {
            ctx.report(.duplicateValue, "\(noun) '\(item.value)' appears twice in \(what)", item.range,
                       notes: [DiagnosticNote("first here", range: first)])
        } else {
            seen[item.value] = item.range
        }
    }
}

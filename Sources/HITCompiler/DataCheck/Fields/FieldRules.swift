/// The rules of every field of a schema, prepared once per file so that
/// checking a value works on its bytes: numbers are parsed from bytes, category
/// values are compared as bytes, URL schemes and dates are checked on bytes,
/// and lengths are counted by scalar-start bytes.
struct FieldRules {
    let rules: [FieldCheck]
    let names: [String]
    let categories: [CategorySet]

    init(_ fields: [DataField]) {
        var rules: [FieldCheck] = []
        var categories: [CategorySet] = []
        for field in fields {
            var category = -1
            if field.type.value == .category {
                category = categories.count
                categories.append(CategorySet(field.values.map(\.value)))
            }
            rules.append(FieldCheck(field, category: category))
        }
        self.rules = rules
        self.names = fields.map(\.name)
        self.categories = categories
    }

    var indices: Range<Int> { rules.indices }
    var count: Int { rules.count }

    /// The problem with a non-empty, non-null value of field `f`, or nil when it fits.
    func problem(_ f: Int, _ bytes: ByteSpan, kind: RawValueKind) -> FieldProblem? {
        let rule = rules[f]
        if kind == .list { return .list(rule.type) }
        switch rule.kind {
        case .text:
            guard bytes.count > rule.maxLength else { return nil }
            let length = FieldRules.scalarCount(bytes)
            return length > rule.maxLength ? .tooLong(length: length, maximum: rule.maxLength) : nil
        case .markdown:
            return nil
        case .number:
            if kind == .boolean { return .wrongJSONType(kind, rule.type) }
            guard let number = DecimalBytes.parse(bytes) else {
                return DecimalBytes.parse(FieldRules.trimmed(bytes)) != nil ? .spacesAround : .notANumber
            }
            if kind == .string { return .quotedJSONValue(rule.type) }
            guard number.value.isFinite else { return .notFinite }
            if rule.integer && !number.isWholeNumberSyntax { return .notAWholeNumber }
            if number.value < rule.min { return .belowMinimum(rule.min) }
            if number.value > rule.max { return .aboveMaximum(rule.max) }
            return nil
        case .boolean:
            if kind == .number { return .wrongJSONType(kind, rule.type) }
            if FieldRules.isBooleanWord(bytes) { return kind == .string ? .quotedJSONValue(rule.type) : nil }
            return FieldRules.isBooleanWord(FieldRules.trimmed(bytes)) ? .spacesAround : .notABoolean
        case .category:
            let set = categories[rule.category]
            if set.contains(bytes) { return nil }
            return set.contains(FieldRules.trimmed(bytes)) ? .spacesAround : .notInCategory(values: set.values)
        case .url:
            if kind == .number || kind == .boolean { return .wrongJSONType(kind, rule.type) }
            guard let problem = HTTPSURLBytes.problem(bytes) else { return nil }
            let trimmed = FieldRules.trimmed(bytes)
            if trimmed.count != bytes.count, HTTPSURLBytes.problem(trimmed) == nil { return .spacesAround }
            return .url(problem)
        case .date:
            if kind == .number || kind == .boolean { return .wrongJSONType(kind, rule.type) }
            guard let problem = CalendarDateBytes.problem(bytes) else { return nil }
            let trimmed = FieldRules.trimmed(bytes)
            if trimmed.count != bytes.count, CalendarDateBytes.problem(trimmed) == nil { return .spacesAround }
            return .date(problem)
        }
    }

    /// Unicode scalars in UTF-8 bytes: the bytes that are not continuation bytes.
    static func scalarCount(_ bytes: ByteSpan) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// True when the value holds only spaces and tabs (or nothing).
    @inline(__always)
    static func isBlank(_ bytes: ByteSpan) -> Bool {
        for b in bytes where b != 0x20 && b != 0x09 { return false }
        return true
    }

    /// The bytes without the spaces and tabs around them.
    static func trimmed(_ bytes: ByteSpan) -> ByteSpan {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return bytes.span(start..<end)
    }

    private static func isBooleanWord(_ b: ByteSpan) -> Bool {
        switch b.count {
        case 4: b[0] == 0x74 && b[1] == 0x72 && b[2] == 0x75 && b[3] == 0x65
        case 5: b[0] == 0x66 && b[1] == 0x61 && b[2] == 0x6C && b[3] == 0x73 && b[4] == 0x65
        default: false
        }
    }
}

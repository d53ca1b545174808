/// What a value must be to fit one data field, prepared once per file so that
/// checking a value works on its bytes: numbers are parsed from bytes, category
/// values are looked up as bytes, URL schemes and dates are checked on bytes,
/// and lengths are counted by scalar-start bytes.
struct FieldRule {
    enum Check {
        case text(maxLength: Int?)
        case markdown
        case number(min: Double?, max: Double?, integer: Bool)
        case boolean
        case category(values: [String], table: ByteStringTable)
        case url
        case date
    }

    let name: String
    let type: FieldType
    let required: Bool
    let check: Check

    init(_ field: DataField) {
        name = field.name
        type = field.type.value
        required = field.required
        switch field.type.value {
        case .string, .text: check = .text(maxLength: field.maxLength)
        case .markdown: check = .markdown
        case .number: check = .number(min: field.min, max: field.max, integer: field.integer)
        case .boolean: check = .boolean
        case .category:
            var table = ByteStringTable(minimumCapacity: field.values.count)
            for value in field.values { table.insert(value.value) }
            check = .category(values: field.values.map(\.value), table: table)
        case .url, .image, .audio, .video: check = .url
        case .date: check = .date
        }
    }

    /// The problem with a non-empty, non-null value, or nil when it fits.
    func problem(_ bytes: UnsafeBufferPointer<UInt8>, kind: RawValueKind) -> FieldProblem? {
        if kind == .list { return .list(type) }
        switch check {
        case .text(let maxLength):
            guard let maxLength, bytes.count > maxLength else { return nil }
            let length = FieldRule.scalarCount(bytes)
            return length > maxLength ? .tooLong(length: length, maximum: maxLength) : nil
        case .markdown:
            return nil
        case .number(let min, let max, let integer):
            if kind == .boolean { return .wrongJSONType(kind, type) }
            guard let number = DecimalBytes.parse(bytes) else {
                return DecimalBytes.parse(FieldRule.trimmed(bytes)) != nil ? .spacesAround : .notANumber
            }
            if kind == .string { return .quotedJSONValue(type) }
            guard number.value.isFinite else { return .notFinite }
            if integer && !number.isWholeNumberSyntax { return .notAWholeNumber }
            if let min, number.value < min { return .belowMinimum(min) }
            if let max, number.value > max { return .aboveMaximum(max) }
            return nil
        case .boolean:
            if kind == .number { return .wrongJSONType(kind, type) }
            if FieldRule.isBooleanWord(bytes) { return kind == .string ? .quotedJSONValue(type) : nil }
            return FieldRule.isBooleanWord(FieldRule.trimmed(bytes)) ? .spacesAround : .notABoolean
        case .category(let values, let table):
            if table.index(of: bytes) != nil { return nil }
            return table.index(of: FieldRule.trimmed(bytes)) != nil ? .spacesAround : .notInCategory(values: values)
        case .url:
            if kind == .number || kind == .boolean { return .wrongJSONType(kind, type) }
            let trimmed = FieldRule.trimmed(bytes)
            guard let problem = HTTPSURLBytes.problem(trimmed) else {
                return trimmed.count == bytes.count ? nil : .spacesAround
            }
            return .url(problem)
        case .date:
            if kind == .number || kind == .boolean { return .wrongJSONType(kind, type) }
            let trimmed = FieldRule.trimmed(bytes)
            guard let problem = CalendarDateBytes.problem(trimmed) else {
                return trimmed.count == bytes.count ? nil : .spacesAround
            }
            return .date(problem)
        }
    }

    /// The category values, for suggestions; empty for other types.
    var categoryValues: [String] {
        if case .category(let values, _) = check { return values }
        return []
    }

    /// Unicode scalars in UTF-8 bytes: the bytes that are not continuation bytes.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// True when the value holds only spaces and tabs (or nothing).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b != 0x20 && b != 0x09 { return false }
        return true
    }

    /// The bytes without the spaces and tabs around them.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func isBooleanWord(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch b.count {
        case 4: b[0] == 0x74 && b[1] == 0x72 && b[2] == 0x75 && b[3] == 0x65
        case 5: b[0] == 0x66 && b[1] == 0x61 && b[2] == 0x6C && b[3] == 0x73 && b[4] == 0x65
        default: false
        }
    }
}

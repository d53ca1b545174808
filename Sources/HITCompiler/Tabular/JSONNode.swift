/// One JSON value of an element of a JSON document (`JSONValueParser`), with
/// where it is written, so a reader can locate what it reports.
///
/// Numbers keep their text as written (a reader decides what fits: an id, a
/// number of seconds, an answer), so no number overflows while parsing.
struct JSONNode: Sendable {
    indirect enum Value: Sendable {
        case object([JSONMember])
        case array([JSONNode])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    /// The value's bytes as written, `[start, end)`, offsets in the bytes parsed.
    var start: Int
    var end: Int

    /// The member named `key` of an object (nil when absent or not an object).
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    var members: [JSONMember]? {
        if case .object(let m) = value { return m }
        return nil
    }

    var elements: [JSONNode]? {
        if case .array(let a) = value { return a }
        return nil
    }

    var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// A number's text as written.
    var numberText: String? {
        if case .number(let s) = value { return s }
        return nil
    }

    var bool: Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }

    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The value's type as a message names it ("a string", "an object").
    var typeName: String {
        switch value {
        case .object: "an object"
        case .array: "a list"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// One `"key": value` of an object, in the order written.
struct JSONMember: Sendable {
    var key: String
    /// Where the key is written (its opening quote).
    var keyStart: Int
    var node: JSONNode
}

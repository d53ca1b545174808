/// The `Encoder` behind `TemplateContext`: writes a view model into `TemplateNode`s.
/// The coding path is not tracked (nothing here throws; it would cost an array per field).
struct TemplateNodeEncoder: Encoder {
    let node: TemplateNode
    var codingPath: [any CodingKey]
    /// Properties of this value left out (`TemplateContext.make(_:omitting:)`; nested values omit none).
    var omitted: Set<String> = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed(node: node, codingPath: codingPath, omitted: omitted))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.markArray()
        return Unkeyed(node: node, codingPath: codingPath)
    }
    func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }

    /// Stores leaves directly; anything else is encoded into `node`.
    static func encode<T: Encodable>(_ value: T, into node: TemplateNode, codingPath: [any CodingKey]) throws {
        // Type comparisons, not casts: a failed cast of an optional or array walks the runtime's cast machinery.
        if T.self == String.self || T.self == Bool.self || T.self == Int.self || T.self == Double.self {
            node.setLeaf(value)
        } else {
            try value.encode(to: TemplateNodeEncoder(node: node, codingPath: codingPath))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: TemplateNode
        var codingPath: [any CodingKey]
        var omitted: Set<String> = []
        mutating func encodeNil(forKey key: Key) throws {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if !omitted.isEmpty, omitted.contains(key.stringValue) { return }
            try TemplateNodeEncoder.encode(value, into: node.field(key.stringValue), codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(node: node.field(key.stringValue), codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = node.field(key.stringValue)
            child.markArray()
            return Unkeyed(node: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder { TemplateNodeEncoder(node: node.field("super"), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TemplateNodeEncoder(node: node.field(key.stringValue), codingPath: codingPath)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: TemplateNode
        var codingPath: [any CodingKey]
        var count = 0
        mutating func encodeNil() throws { count += 1 }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            try TemplateNodeEncoder.encode(value, into: node.element(), codingPath: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            return KeyedEncodingContainer(Keyed<NestedKey>(node: node.element(), codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            let child = node.element()
            child.markArray()
            return Unkeyed(node: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder { TemplateNodeEncoder(node: node.element(), codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: TemplateNode
        var codingPath: [any CodingKey]
        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws {
            try TemplateNodeEncoder.encode(value, into: node, codingPath: codingPath)
        }
    }
}

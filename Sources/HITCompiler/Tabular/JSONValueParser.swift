/// A problem in an element of a JSON document, at a byte offset.
struct JSONValueFailure: Error {
    var offset: Int
    var error: JSONDocumentError
}

/// Parses one element of a JSON document (RFC 8259), bytes already split off
/// by `JSONArrayScanner` (so bounded by `DataLimits.maxRowBytes`, valid UTF-8,
/// nested at most `JSONArrayScanner.maxDepth` deep: the recursion is bounded),
/// into a `JSONNode` tree whose offsets point into the same bytes.
///
/// Strings are decoded (escapes, `\uXXXX` surrogate pairs; raw control
/// characters are an error); numbers are checked against JSON's grammar and
/// kept as text; a key written twice in one object is an error.
struct JSONValueParser {
    let bytes: ByteSpan
    /// Where the element ends (exclusive).
    let end: Int

    /// Parses the value in `range` of `bytes`, which must be all of it (white space aside).
    static func parse(_ bytes: ByteSpan, _ range: Range<Int>) -> Result<JSONNode, JSONValueFailure> {
        let parser = JSONValueParser(bytes: bytes, end: range.upperBound)
        var i = range.lowerBound
        do throws(JSONValueFailure) {
            let node = try parser.value(&i, depth: 0)
            parser.skipSpace(&i)
            if i < parser.end { throw JSONValueFailure(offset: i, error: .expectedCommaOrBracketAfterElement) }
            return .success(node)
        } catch {
            return .failure(error)
        }
    }

    private func fail(_ i: Int, _ error: JSONDocumentError) -> JSONValueFailure {
        JSONValueFailure(offset: i, error: error)
    }

    private func skipSpace(_ i: inout Int) {
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    private func value(_ i: inout Int, depth: Int) throws(JSONValueFailure) -> JSONNode {
        skipSpace(&i)
        guard i < end else { throw fail(i, .expectedValue) }
        guard depth < JSONArrayScanner.maxDepth else { throw fail(i, .tooDeep(JSONArrayScanner.maxDepth)) }
        let start = i
        switch bytes[i] {
        case 0x7B: return try object(&i, depth: depth)
        case 0x5B: return try array(&i, depth: depth)
        case 0x22: return JSONNode(value: .string(try string(&i)), start: start, end: i)
        case 0x2D, 0x30...0x39:
            try number(&i)
            return JSONNode(value: .number(String(decoding: bytes.span(start..<i), as: UTF8.self)), start: start, end: i)
        case 0x74 where matches("true", at: i):
            i += 4
            return JSONNode(value: .bool(true), start: start, end: i)
        case 0x66 where matches("false", at: i):
            i += 5
            return JSONNode(value: .bool(false), start: start, end: i)
        case 0x6E where matches("null", at: i):
            i += 4
            return JSONNode(value: .null, start: start, end: i)
        default:
            throw fail(i, .value(.invalidLiteral))
        }
    }

    private func object(_ i: inout Int, depth: Int) throws(JSONValueFailure) -> JSONNode {
        let start = i
        i += 1
        var members: [JSONMember] = []
        skipSpace(&i)
        if i < end, bytes[i] == 0x7D {
            i += 1
            return JSONNode(value: .object([]), start: start, end: i)
        }
        while true {
            skipSpace(&i)
            guard i < end, bytes[i] == 0x22 else {
                throw fail(i, i < end && bytes[i] == 0x7D ? .value(.trailingComma(closing: "}")) : .value(.expectedKey))
            }
            let keyStart = i
            let key = try string(&i)
            if members.count < 32 ? members.contains(where: { $0.key == key }) : Set(members.map(\.key)).contains(key) {
                throw fail(keyStart, .value(.duplicateKey(key)))
            }
            skipSpace(&i)
            guard i < end, bytes[i] == 0x3A else { throw fail(i, .value(.expectedColon)) }
            i += 1
            let node = try value(&i, depth: depth + 1)
            members.append(JSONMember(key: key, keyStart: keyStart, node: node))
            skipSpace(&i)
            guard i < end else { throw fail(i, .value(.expectedCommaOrBrace)) }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; break }
            throw fail(i, .value(.expectedCommaOrBrace))
        }
        return JSONNode(value: .object(members), start: start, end: i)
    }

    private func array(_ i: inout Int, depth: Int) throws(JSONValueFailure) -> JSONNode {
        let start = i
        i += 1
        var items: [JSONNode] = []
        skipSpace(&i)
        if i < end, bytes[i] == 0x5D {
            i += 1
            return JSONNode(value: .array([]), start: start, end: i)
        }
        while true {
            skipSpace(&i)
            if i < end, bytes[i] == 0x5D { throw fail(i, .value(.trailingComma(closing: "]"))) }
            items.append(try value(&i, depth: depth + 1))
            skipSpace(&i)
            guard i < end else { throw fail(i, .value(.expectedCommaOrBracket)) }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; break }
            throw fail(i, .value(.expectedCommaOrBracket))
        }
        return JSONNode(value: .array(items), start: start, end: i)
    }

    /// A string at `i` (its opening quote), decoded; `i` ends past the closing quote.
    private func string(_ i: inout Int) throws(JSONValueFailure) -> String {
        let open = i
        i += 1
        let plainStart = i
        // The common case: no escape, no control character.
        while i < end {
            let b = bytes[i]
            if b == 0x22 {
                let s = String(decoding: bytes.span(plainStart..<i), as: UTF8.self)
                i += 1
                return s
            }
            if b == 0x5C || b < 0x20 { break }
            i += 1
        }
        var out: [UInt8] = Array(bytes.span(plainStart..<i).buffer)
        while true {
            guard i < end else { throw fail(open, .unterminatedString) }
            let b = bytes[i]
            if b == 0x22 { i += 1; break }
            if b < 0x20 { throw fail(i, .value(.controlCharacter(b))) }
            if b != 0x5C {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < end else { throw fail(open, .unterminatedString) }
            let e = bytes[i + 1]
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                let scalar = try unicodeEscape(at: i)
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += scalar.value > 0xFFFF ? 12 : 6
                continue
            default:
                throw fail(i, .value(.invalidEscape(Character(Unicode.Scalar(e)))))
            }
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalar of `\uXXXX` at `i` (its backslash), a surrogate pair read whole.
    private func unicodeEscape(at i: Int) throws(JSONValueFailure) -> Unicode.Scalar {
        guard let unit = hex4(at: i + 2) else { throw fail(i, .value(.invalidUnicodeEscape)) }
        if (0xD800..<0xDC00).contains(unit) {
            guard i + 7 < end, bytes[i + 6] == 0x5C, bytes[i + 7] == 0x75, let low = hex4(at: i + 8),
                  (0xDC00..<0xE000).contains(low) else { throw fail(i, .value(.loneSurrogate(unit))) }
            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            return Unicode.Scalar(value)!
        }
        if (0xDC00..<0xE000).contains(unit) { throw fail(i, .value(.loneSurrogate(unit))) }
        return Unicode.Scalar(UInt32(unit))!
    }

    private func hex4(at i: Int) -> UInt16? {
        guard i + 4 <= end else { return nil }
        var v: UInt16 = 0
        for k in i..<i + 4 {
            let b = bytes[k]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt16(d)
        }
        return v
    }

    /// Moves past a number, checked against JSON's grammar.
    private func number(_ i: inout Int) throws(JSONValueFailure) {
        func isDigit(_ k: Int) -> Bool { k < end && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        if bytes[i] == 0x2D {
            i += 1
            guard isDigit(i) else { throw fail(i, .value(.invalidNumber("a digit must follow '-'"))) }
        }
        if bytes[i] == 0x30 {
            i += 1
            if isDigit(i) { throw fail(i - 1, .value(.invalidNumber("leading zeros are not allowed"))) }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < end, bytes[i] == 0x2E {
            i += 1
            guard isDigit(i) else { throw fail(i, .value(.invalidNumber("a digit must follow '.'"))) }
            while isDigit(i) { i += 1 }
        }
        if i < end, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < end, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard isDigit(i) else { throw fail(i, .value(.invalidNumber("a digit must follow the exponent"))) }
            while isDigit(i) { i += 1 }
        }
        if i < end, !(bytes[i] == 0x2C || bytes[i] == 0x5D || bytes[i] == 0x7D || bytes[i] == 0x20 || bytes[i] == 0x09
                      || bytes[i] == 0x0A || bytes[i] == 0x0D) {
            throw fail(i, .value(.invalidNumber("unexpected character after the number")))
        }
    }

    private func matches(_ word: StaticString, at i: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= end else { return false }
        let w = word.utf8Start
        for k in 0..<count where bytes[i + k] != w[k] { return false }
        let after = i + count
        guard after < end else { return true }
        let b = bytes[after]
        return !((b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F)
    }
}

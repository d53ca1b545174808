/// Why a JSON Lines row is not a flat JSON object (RFC 8259), for E0405.
enum JSONLineError: Equatable {
    case expectedObject
    case expectedKey
    case trailingComma(closing: Character)
    case expectedColon
    case expectedCommaOrBrace
    case expectedCommaOrBracket
    case expectedValue
    case nestedObject
    case nonStringInList
    case unterminatedString
    case controlCharacter(UInt8)
    case invalidEscape(Character)
    case invalidUnicodeEscape
    case loneSurrogate(UInt16)
    case invalidNumber(String)
    case invalidLiteral
    case textAfterObject
    case duplicateKey(String)
    case unexpectedEndOfLine

    /// The message shown after `row N: `.
    var message: String {
        switch self {
        case .expectedObject: "expected a JSON object: each line must start with '{'"
        case .expectedKey: "expected a key in double quotes"
        case .trailingComma(let closing): "trailing comma before '\(closing)'"
        case .expectedColon: "expected ':' after the key"
        case .expectedCommaOrBrace: "expected ',' or '}' after the value"
        case .expectedCommaOrBracket: "expected ',' or ']' after the list entry"
        case .expectedValue: "expected a value: a string, number, true, false, null or a list of strings"
        case .nestedObject: "nested objects are not supported: a value must be a string, number, boolean, null or a list of strings"
        case .nonStringInList: "a list may only hold strings"
        case .unterminatedString: "unterminated string: the closing '\"' is missing on this line"
        case .controlCharacter(let byte):
            "control character U+\(JSONLineError.hex4(UInt16(byte))) in a string must be escaped"
        case .invalidEscape(let c): "invalid escape '\\\(c)' in a string"
        case .invalidUnicodeEscape: "'\\u' must be followed by four hexadecimal digits"
        case .loneSurrogate(let unit):
            "lone surrogate '\\u\(JSONLineError.hex4(unit))': a surrogate must be half of a high-low pair"
        case .invalidNumber(let reason): "invalid number: \(reason)"
        case .invalidLiteral: "unknown word: expected true, false or null (strings need double quotes)"
        case .textAfterObject: "unexpected text after the object: each line must hold exactly one object"
        case .duplicateKey(let key): "key '\(key)' appears twice in one object"
        case .unexpectedEndOfLine: "the line ends inside the object: JSON Lines needs each object on one line"
        }
    }

    private static func hex4(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// Why a JSON document (one top-level array, `JSONArrayScanner`) or one of
/// its elements (`JSONValueParser`) cannot be read, for E0405.
enum JSONDocumentError: Equatable {
    case expectedArray
    case expectedCommaOrBracketAfterElement
    case trailingComma
    case unexpectedEnd
    case textAfterArray
    case tooDeep(Int)
    case mismatchedBracket(expected: Character, found: Character)
    case unexpectedCloser(Character)
    case expectedValue
    case unterminatedString
    /// A problem inside an element, worded as for JSON Lines.
    case value(JSONLineError)

    var message: String {
        switch self {
        case .expectedArray: "expected a JSON array: the file must start with '['"
        case .expectedCommaOrBracketAfterElement: "expected ',' or ']' after the element"
        case .trailingComma: "trailing comma before ']'"
        case .unexpectedEnd: "the file ends inside the array: an element, a closing quote or ']' is missing"
        case .textAfterArray: "unexpected text after the array's closing ']': the file must hold exactly one array"
        case .tooDeep(let limit): "values nested more than \(limit) deep: no results format nests this deep"
        case .mismatchedBracket(let expected, let found): "expected '\(expected)' but found '\(found)'"
        case .unexpectedCloser(let c): "unexpected '\(c)'"
        case .expectedValue: "expected a value: a string, number, object, list, true, false or null"
        case .unterminatedString: "unterminated string: the closing '\"' is missing"
        case .value(let error): error.message
        }
    }
}

/// Why a data value does not fit its field (E0407); the message is built only
/// for problems that are shown.
enum FieldProblem {
    case notANumber
    case notAWholeNumber
    case belowMinimum(Double)
    case aboveMaximum(Double)
    case notFinite
    case notABoolean
    case notInCategory(values: [String])
    case url(URLProblem)
    case date(DateProblem)
    case tooLong(length: Int, maximum: Int)
    /// Would fit without the spaces or tabs around it.
    case spacesAround
    /// A JSON string where a number or boolean is expected (`"12"`).
    case quotedJSONValue(FieldType)
    /// A JSON number or boolean where another type is expected.
    case wrongJSONType(RawValueKind, FieldType)
    /// A JSON list where one value is expected.
    case list(FieldType)
    /// A character XML 1.0 forbids (`ForbiddenCharacters.isForbiddenInXML`), by code point.
    case forbiddenCharacter(UInt32)
    /// An item key written as a JSON number that has other spellings (`NumberKey`).
    case numberKey(NumberKey.Problem)

    /// The reason, given the value as shown (`'abc'`, already quoted and shortened).
    func reason(value shown: String) -> String {
        switch self {
        case .notANumber: "\(shown) is not a number"
        case .notAWholeNumber: "\(shown) is not a whole number (the field has integer: true)"
        case .belowMinimum(let min): "\(shown) is below the minimum \(NumberText.plain(min))"
        case .aboveMaximum(let max): "\(shown) is above the maximum \(NumberText.plain(max))"
        case .notFinite: "\(shown) is too large to be a number"
        case .notABoolean: "\(shown) is not a boolean: write true or false"
        case .notInCategory(let values):
            "\(shown) is not one of the category's values (\(FieldProblem.list(values)))"
        case .url(let problem): "\(shown) \(problem.reason)"
        case .date(let problem): "\(shown) \(problem.reason)"
        case .tooLong(let length, let maximum): "is \(length) characters long; the maximum is \(maximum)"
        case .spacesAround: "\(shown) has spaces around it"
        case .quotedJSONValue(let type):
            type == .number ? "\(shown) is a string: write the number without quotes"
                : "\(shown) is a string: write true or false without quotes"
        case .wrongJSONType(let kind, let type):
            "a JSON \(kind == .number ? "number" : "boolean") is not a valid \(type.rawValue) value"
        case .list(let type): "a list is not allowed: a \(type.rawValue) field holds one value"
        case .forbiddenCharacter(let scalar):
            "\(shown) holds \(FieldProblem.codePoint(scalar)), a character XML 1.0 forbids: \(PageRules.xmlDescription) and the pages cannot carry it; remove it"
        case .numberKey(.notPlainWhole):
            "item key \(shown) is a JSON number with a fraction or an exponent, which other spellings of the same number (1, 1.0, 1e0) would not match; write the key as a string or as a plain whole number"
        case .numberKey(.negativeZero):
            "item key \(shown) is the number 0 written another way; write it as 0 or as a string"
        case .numberKey(.beyondExact):
            "item key \(shown) is a JSON number beyond \(NumberKey.largestExact), which JSON readers round; write the key as a string"
        }
    }

    /// `U+000B`.
    static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Up to eight values, then how many more.
    private static func list(_ values: [String]) -> String {
        let shown = values.prefix(8).joined(separator: ", ")
        return values.count > 8 ? "\(shown), and \(values.count - 8) more" : shown
    }
}

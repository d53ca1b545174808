/// A CLDR plural category (https://cldr.unicode.org/index/cldr-spec/plural-rules).
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// CLDR's cardinal plural rules for the languages hitc has catalogues for, plus
/// fa and ur. Written from CLDR 46 (as Babel 2.19 ships it); the operands are
/// those of UTS #35: n absolute value, i integer digits, v visible fraction
/// digits, e the compact exponent (always 0 here). A language missing from the
/// table has only `other`.
public enum PluralRules {
    /// The category of `number` in the language of `languageTag` (its primary subtag).
    public static func category(of number: Double, languageTag: String) -> PluralCategory {
        let language = LanguageSubtags(languageTag).language
        guard number.isFinite, let rule = rules[language] else { return .other }
        return rule(Operands(number))
    }

    /// The categories the language's rules can give, `other` last.
    public static func categories(languageTag: String) -> [PluralCategory] {
        switch LanguageSubtags(languageTag).language {
        case "ar": [.zero, .one, .two, .few, .many, .other]
        case "pl", "ru", "uk": [.one, .few, .many, .other]
        case "es", "fr", "it", "pt": [.one, .many, .other]
        case "he": [.one, .two, .other]
        case let language where rules[language] != nil: [.one, .other]
        default: [.other]
        }
    }

    struct Operands {
        /// n
        var absolute: Double
        /// i
        var integer: Int
        /// v
        var fractionDigits: Int

        init(_ number: Double) {
            absolute = abs(number)
            integer = absolute < 9e15 ? Int(absolute.rounded(.towardZero)) : Int.max
            if absolute == absolute.rounded(.towardZero) || absolute >= 9e15 {
                fractionDigits = 0
            } else {
                // The shortest decimal form, as a script's number shows it.
                let text = "\(absolute)"
                if let dot = text.firstIndex(of: "."), !text.contains("e") {
                    fractionDigits = text.distance(from: text.index(after: dot), to: text.endIndex)
                } else {
                    fractionDigits = 1
                }
            }
        }

        var isInteger: Bool { fractionDigits == 0 }
    }

    private static let rules: [String: @Sendable (Operands) -> PluralCategory] = {
        // one: i = 1 and v = 0
        let oneIfExactlyOne: @Sendable (Operands) -> PluralCategory = { $0.integer == 1 && $0.isInteger ? .one : .other }
        // one: n = 1
        let oneIfNIsOne: @Sendable (Operands) -> PluralCategory = { $0.absolute == 1 ? .one : .other }
        // one: i = 0 or n = 1
        let oneIfZeroOrOne: @Sendable (Operands) -> PluralCategory = { $0.integer == 0 || $0.absolute == 1 ? .one : .other }
        // many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 (or e not in 0..5: never, e is 0)
        let isMillions: @Sendable (Operands) -> Bool = { $0.integer != 0 && $0.integer % 1_000_000 == 0 && $0.isInteger }
        // ru, uk
        let eastSlavic: @Sendable (Operands) -> PluralCategory = { o in
            guard o.isInteger else { return .other }
            let mod10 = o.integer % 10, mod100 = o.integer % 100
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        }
        return [
            "en": oneIfExactlyOne, "de": oneIfExactlyOne, "nl": oneIfExactlyOne, "ur": oneIfExactlyOne,
            "tr": oneIfNIsOne,
            "hi": oneIfZeroOrOne, "fa": oneIfZeroOrOne,
            // one: n = 1; many: millions
            "es": { o in o.absolute == 1 ? .one : isMillions(o) ? .many : .other },
            // one: i = 0,1; many: millions
            "fr": { o in o.integer <= 1 ? .one : isMillions(o) ? .many : .other },
            "pt": { o in o.integer <= 1 ? .one : isMillions(o) ? .many : .other },
            // one: i = 1 and v = 0; many: millions
            "it": { o in o.integer == 1 && o.isInteger ? .one : isMillions(o) ? .many : .other },
            "ru": eastSlavic, "uk": eastSlavic,
            // one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
            // many: v = 0 and (i != 1 and i % 10 = 0..1, or i % 10 = 5..9, or i % 100 = 12..14)
            "pl": { o in
                guard o.isInteger else { return .other }
                let mod10 = o.integer % 10, mod100 = o.integer % 100
                if o.integer == 1 { return .one }
                if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
                return .many
            },
            // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99
            "ar": { o in
                if o.absolute == 0 { return .zero }
                if o.absolute == 1 { return .one }
                if o.absolute == 2 { return .two }
                // n % 100 in 3..10: n must be whole for "in" ranges to match.
                guard o.isInteger else { return .other }
                let mod100 = o.integer % 100
                if (3...10).contains(mod100) { return .few }
                if (11...99).contains(mod100) { return .many }
                return .other
            },
            // one: i = 1 and v = 0, or i = 0 and v != 0; two: i = 2 and v = 0
            "he": { o in
                if (o.integer == 1 && o.isInteger) || (o.integer == 0 && !o.isInteger) { return .one }
                if o.integer == 2 && o.isInteger { return .two }
                return .other
            },
        ]
    }()
}

import Testing
@testable import HITCompiler

/// Expected categories written from CLDR's rules (cldr/common/supplemental/plurals.xml,
/// as Babel 2.19 ships them), not computed by hitc.
struct PluralRulesTests {
    static let numbers: [Double] = [0, 1, 2, 3, 5, 11, 21, 22, 101, 1.5]

    static let expected: [String: [PluralCategory]] = [
        //      0       1     2     3     5      11     21     22     101     1.5
        "ru": [.many, .one, .few, .few, .many, .many, .one, .few, .one, .other],
        "uk": [.many, .one, .few, .few, .many, .many, .one, .few, .one, .other],
        "pl": [.many, .one, .few, .few, .many, .many, .many, .few, .many, .other],
        "ar": [.zero, .one, .two, .few, .few, .many, .many, .many, .other, .other],
        "he": [.other, .one, .two, .other, .other, .other, .other, .other, .other, .other],
        "fr": [.one, .one, .other, .other, .other, .other, .other, .other, .other, .one],
        "pt": [.one, .one, .other, .other, .other, .other, .other, .other, .other, .one],
        "en": [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other],
        "ja": [.other, .other, .other, .other, .other, .other, .other, .other, .other, .other],
    ]

    @Test(arguments: expected.keys.sorted())
    func categoriesMatchCLDR(language: String) throws {
        let expected = try #require(Self.expected[language])
        for (number, category) in zip(Self.numbers, expected) {
            #expect(PluralRules.category(of: number, languageTag: language) == category, "\(language) \(number)")
        }
    }

    @Test func regionAndScriptSubtagsUseTheLanguagesRules() {
        #expect(PluralRules.category(of: 22, languageTag: "ru-RU") == .few)
        #expect(PluralRules.category(of: 1, languageTag: "zh-Hans") == .other)
        #expect(PluralRules.category(of: 0, languageTag: "pt-BR") == .one)
    }

    @Test func otherLanguagesAndOddNumbers() {
        #expect(PluralRules.category(of: 1, languageTag: "fa") == .one)
        #expect(PluralRules.category(of: 0, languageTag: "fa") == .one)
        #expect(PluralRules.category(of: 0, languageTag: "ur") == .other)
        #expect(PluralRules.category(of: 1, languageTag: "xx") == .other)
        #expect(PluralRules.category(of: .nan, languageTag: "ru") == .other)
        #expect(PluralRules.category(of: 1e300, languageTag: "ru") == .many)
        #expect(PluralRules.category(of: -1, languageTag: "en") == .one)
        #expect(PluralRules.category(of: 1_000_000, languageTag: "fr") == .many)
        #expect(PluralRules.category(of: 1_000_000, languageTag: "de") == .other)
    }
}

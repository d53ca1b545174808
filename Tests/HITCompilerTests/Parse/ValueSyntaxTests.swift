import Testing
@testable import HITCompiler

struct ValueSyntaxTests {
    @Test(arguments: [("0.30 USD", 300_000 as Int64, "USD"), ("12 EUR", 12_000_000, "EUR"), ("0.000001 USD", 1, "USD")])
    func money(_ text: String, _ micros: Int64, _ currency: String) {
        let m = ValueSyntax.money(text)
        #expect(m?.micros == micros)
        #expect(m?.currency == currency)
    }

    @Test(arguments: ["0.30", "USD 0.30", "0.30 usd", "0.30  USD", "-1 USD", "1.2345678 USD", ".5 USD", "1e3 USD", ""])
    func badMoney(_ text: String) {
        #expect(ValueSyntax.money(text) == nil)
    }

    @Test(arguments: [("30s", 30), ("20m", 1200), ("7d", 604_800), ("1h30m", 5400), ("1d2h3m4s", 93_784)])
    func duration(_ text: String, _ seconds: Int) {
        #expect(ValueSyntax.duration(text)?.seconds == seconds)
    }

    @Test(arguments: ["30", "m", "1m1h", "0s", "1h1h", "1.5h", "-1m", "1 m", ""])
    func badDuration(_ text: String) {
        #expect(ValueSyntax.duration(text) == nil)
    }

    @Test(arguments: ["1.3.0", "0.0.1", "10.20.30", "1.0.0-alpha.1", "1.0.0+build.5", "1.0.0-rc.1+001"])
    func semver(_ text: String) {
        #expect(ValueSyntax.semver(text)?.description == text)
    }

    @Test(arguments: ["1.3", "01.0.0", "1.0.0-", "1.0.0-01", "v1.0.0", "1.0.0.0", "1..0", ""])
    func badSemver(_ text: String) {
        #expect(ValueSyntax.semver(text) == nil)
    }

    @Test(arguments: ["en", "en-US", "pt-BR", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "es-419", "x-private", "en-a-bbb-x-ccc"])
    func languageTag(_ text: String) {
        #expect(ValueSyntax.languageTag(text) != nil)
    }

    @Test(arguments: ["engl1sh", "en_US", "e", "en-", "-en", "en-US-US-US-US-US-US-US-US-1", "123", "en-a", "de-CH-1996-1996"])
    func badLanguageTag(_ text: String) {
        #expect(ValueSyntax.languageTag(text) == nil)
    }

    @Test func dates() {
        #expect(ValueSyntax.date("2024-02-29") != nil)
        #expect(ValueSyntax.date("2023-02-29") == nil)
        #expect(ValueSyntax.date("2026-13-01") == nil)
        #expect(ValueSyntax.date("2026-1-01") == nil)
    }

    @Test func ids() {
        #expect(ValueSyntax.isTaskID("grocery-search-relevance"))
        #expect(!ValueSyntax.isTaskID("Grocery"))
        #expect(!ValueSyntax.isTaskID("-x"))
        #expect(ValueSyntax.isIdentifier("item_id"))
        #expect(!ValueSyntax.isIdentifier("item-id"))
        #expect(!ValueSyntax.isIdentifier("1st"))
    }

    @Test func suggestions() {
        #expect(Suggestions.closest(to: "requried", in: ["required", "prompt", "hint"]) == "required")
        #expect(Suggestions.closest(to: "xyz", in: ["required", "prompt"]) == nil)
        #expect(Suggestions.distance("ab", "ba") == 1)
    }
}

import Testing
@testable import HITCompiler

/// Money as the guidelines' Pay line shows it (`LocalizedFormats.money`).
@Suite struct LocalizedMoneyTests {
    @Test func amountsFollowTheLocale() {
        #expect(LocalizedFormats.money(0.2, currency: "USD", localeIdentifier: "en") == "$0.20")
        #expect(LocalizedFormats.money(0.2, currency: "USD", localeIdentifier: "de") == "0,20\u{A0}$")
        #expect(LocalizedFormats.money(1234.5, currency: "EUR", localeIdentifier: "fr").hasSuffix("€"))
    }

    @Test func anAmountFinerThanACentKeepsItsDigitsOnlyWhenAsked() {
        #expect(LocalizedFormats.money(0.000125, currency: "USD", localeIdentifier: "en", keepDigits: true) == "$0.000125")
        #expect(LocalizedFormats.money(0.5, currency: "USD", localeIdentifier: "en", keepDigits: true) == "$0.50")
        // An hourly rate is rounded to the cent.
        #expect(LocalizedFormats.money(15.428571, currency: "USD", localeIdentifier: "en") == "$15.43")
    }

    @Test func inARightToLeftLanguageTheAmountIsALeftToRightIsolate() {
        for tag in ["ar", "he", "fa"] {
            let text = LocalizedFormats.money(0.5, currency: "USD", localeIdentifier: tag)
            #expect(text.hasPrefix("\u{2066}") && text.hasSuffix("\u{2069}"), "\(tag): \(text)")
        }
        #expect(!LocalizedFormats.money(0.5, currency: "USD", localeIdentifier: "ja").contains("\u{2066}"))
    }
}

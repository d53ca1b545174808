import Testing
@testable import HITCompiler

struct MessageCatalogueTests {
    @Test func everyEmbeddedCatalogueParses() {
        #expect(BuiltInCatalogues.shared.problems.isEmpty, "\(BuiltInCatalogues.shared.problems.map { tag, error in "\(tag).ftl \(error.lineAndColumn(in: BuiltInCatalogues.shared.sources[tag] ?? "")): \(error.message)" })")
        #expect(MessageCatalogue.builtInTags.contains("en"))
        #expect(MessageCatalogue.builtInTags == MessageCatalogue.builtInTags.sorted())
        #expect(Set(MessageCatalogue.builtInTags).isSubset(of: ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "ru", "uk", "ar", "he", "hi", "id", "ja", "ko", "zh-Hans"]))
    }

    /// Every catalogue present has exactly English's ids, each with English's variables.
    @Test func everyCatalogueHasEnglishsIdsAndVariables() throws {
        let english = try #require(BuiltInCatalogues.shared.parsed["en"])
        #expect(english.count > 100)
        for (tag, messages) in BuiltInCatalogues.shared.parsed where tag != "en" {
            let missing = Set(english.keys).subtracting(messages.keys).sorted()
            let extra = Set(messages.keys).subtracting(english.keys).sorted()
            #expect(missing.isEmpty, "\(tag).ftl lacks \(missing)")
            #expect(extra.isEmpty, "\(tag).ftl has ids English has not: \(extra)")
            for (id, message) in messages {
                guard let reference = english[id] else { continue }
                #expect(message.variables == reference.variables, "\(tag).ftl \(id): variables \(message.variables.sorted()), English has \(reference.variables.sorted())")
            }
        }
    }

    @Test func formatsEnglish() {
        let english = MessageCatalogue.english
        #expect(english.tag == "en")
        #expect(english.format("page-submit") == "Submit")
        #expect(english.format("script-progress", ["answered": .number(1), "total": .number(1)]) == "1 of 1 item answered")
        #expect(english.format("script-progress", ["answered": .number(3), "total": .number(5)]) == "3 of 5 items answered")
        #expect(english.format("no-such-id") == "no-such-id")
        #expect(english.variables(of: "page-contact") == ["contact"])
        #expect(english.variables(of: "no-such-id") == nil)
        #expect(english.ids == english.ids.sorted())
    }

    @Test func htmlEscapesTextButNotMarkupArguments() {
        let english = MessageCatalogue.english
        #expect(english.formatHTML("page-contact", ["contact": .html("<a href=\"mailto:x@y\">x@y</a>")]) == "Questions about this task? Write to <a href=\"mailto:x@y\">x@y</a>.")
        #expect(english.formatHTML("page-contact", ["contact": .text("<b>&")]) == "Questions about this task? Write to &lt;b&gt;&amp;.")
        let quoted = english.overriding(["page-submit": try! FluentMessage.parse("Send <now> & \"go\"")])
        #expect(quoted.formatHTML("page-submit") == "Send &lt;now&gt; &amp; &quot;go&quot;")
        #expect(quoted.format("page-submit") == "Send <now> & \"go\"")
    }

    @Test func numbersFollowTheSpecsTagNotTheCatalogues() throws {
        let catalogue = MessageCatalogue.forLanguage("de-CH")
        let message = try FluentMessage.parse("{ $n }")
        #expect(catalogue.overriding(["x": message]).format("x", ["n": .number(1234.5)]) == "1’234.5")
        #expect(MessageCatalogue.forLanguage("de").overriding(["x": message]).format("x", ["n": .number(1234.5)]) == "1.234,5")
    }

    @Test func overridesReplaceMessages() throws {
        let custom = MessageCatalogue.english.overriding(["page-submit": try FluentMessage.parse("Send")])
        #expect(custom.format("page-submit") == "Send")
        #expect(MessageCatalogue.english.format("page-submit") == "Submit")
    }

    @Test(arguments: [
        ("en", "en"), ("EN", "en"), ("en-GB", "en"), ("en_US", "en"),
        ("xx", nil), ("", nil), ("zh-Hant", nil), ("zh-TW", nil), ("zh-HK", nil), ("zh-MO", nil), ("zh-Hant-HK", nil),
    ] as [(String, String?)])
    func resolvesTagsToEmbeddedCatalogues(tag: String, expected: String?) {
        #expect(MessageCatalogue.builtIn(forLanguage: tag)?.tag == expected)
    }

    /// Resolution against a full list of tags, whatever is embedded now.
    @Test(arguments: [
        ("pt-BR", "pt"), ("es-419", "es"), ("zh", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh-SG", "zh-Hans"),
        ("zh-Hans-CN", "zh-Hans"), ("ZH-hans", "zh-Hans"), ("zh-Hant", nil), ("zh-TW", nil), ("zh-HK", nil),
        ("zh-MO", nil), ("zh-Hant-TW", nil), ("sr-Latn", nil), ("ar-EG", "ar"), ("he", "he"), ("fa", nil), ("", nil),
    ] as [(String, String?)])
    func resolvesTagsBySection2(tag: String, expected: String?) {
        let all = ["ar", "de", "en", "es", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "uk", "zh-Hans"]
        #expect(LanguageSubtags.resolve(tag, among: all) == expected)
    }

    @Test func aLanguageWithoutCatalogueIsEnglishWithItsNumbers() {
        let catalogue = MessageCatalogue.forLanguage("xx-YY")
        #expect(catalogue.tag == "en")
        #expect(catalogue.localeIdentifier == "xx-YY")
        #expect(catalogue.format("page-submit") == "Submit")
    }

    @Test(arguments: [
        ("ar", TextDirection.rtl), ("ar-EG", .rtl), ("he", .rtl), ("fa-IR", .rtl), ("ur", .rtl), ("ckb", .rtl), ("yi", .rtl),
        ("az-Arab", .rtl), ("pa-Arab", .rtl), ("en", .ltr), ("ja", .ltr), ("zh-Hans", .ltr), ("sd-Deva", .ltr), ("", .ltr), ("xx", .ltr),
    ])
    func textDirection(tag: String, direction: TextDirection) {
        #expect(TextDirection.of(languageTag: tag) == direction)
    }
}

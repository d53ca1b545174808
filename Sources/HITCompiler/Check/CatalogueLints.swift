/// W0020: a `language` no built-in catalogue serves, so the page's and the
/// guidelines' own words stay English, unless `ui_strings` gives every one.
enum CatalogueLints {
    /// Messages a worker meets first, named as examples when they stay English.
    static let exampleIDs = ["page-submit", "page-instructions", "script-item-title", "script-choose-answer", "guide-examples"]

    static func run(_ ctx: inout CheckContext) {
        let spec = ctx.spec
        let language = spec.language
        guard MessageCatalogue.builtIn(forLanguage: language.value.text) == nil, !spec.isUnreadable("ui_strings") else { return }
        let given = Set(spec.uiStrings.map(\.id.value))
        let ids = UIStringChecks.overridableIDs
        let english = ids.filter { !given.contains($0) }
        guard !english.isEmpty else { return }
        let englishSet = Set(english)
        let examples = (exampleIDs.filter(englishSet.contains) + english.filter { !exampleIDs.contains($0) }).prefix(3)
        let catalogue = MessageCatalogue.english
        let shown = examples.map { "'\(catalogue.format($0))' (\($0))" }.joined(separator: ", ")
        let count = english.count == ids.count ? "all \(ids.count) of them" : "\(english.count) of \(ids.count)"
        ctx.report(.noCatalogue,
                   "hitc has no built-in catalogue for language '\(language.value.text)': its own words on the page and in the guidelines stay in English (\(count), e.g. \(shown))",
                   language.range,
                   notes: [DiagnosticNote("translate them in 'ui_strings:' (e.g. 'page-submit: ...'; `hitc schema` lists every id with its English text), or add a catalogue Templates/i18n/<tag>.ftl; docs/i18n.md lists the built-in languages")])
    }
}

import Foundation

/// The catalogue a spec's pages and guidelines are written with, and the
/// locale-aware pieces messages are built from (lists, quotation marks).
extension Spec {
    /// The built-in catalogue of the spec's `language` (English without one),
    /// numbers formatted for that tag, with the spec's `ui_strings` applied.
    var messages: MessageCatalogue {
        MessageCatalogue.forLanguage(language.value.text).overriding(uiStringMessages)
    }
}

extension CheckedSpec {
    /// The spec's catalogue (`Spec.messages`).
    var messages: MessageCatalogue { spec.messages }
}

extension MessageCatalogue {
    /// `items` joined as the locale joins a list ("a, b, or c"; fr "a, b ou c"),
    /// by Foundation's list format (ICU data, also on Linux).
    func list(_ items: [String], or: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.formatted(.list(type: or ? .or : .and).locale(Locale(identifier: localeIdentifier)))
    }

    /// `text` in the locale's quotation marks (“…” en, « … » fr, „…“ de, 「…」 ja).
    func quoted(_ text: String) -> String {
        let locale = Locale(identifier: localeIdentifier)
        let open = locale.quotationBeginDelimiter ?? "“", close = locale.quotationEndDelimiter ?? "”"
        // French sets its guillemets off with a narrow no-break space.
        if open == "«" && LanguageSubtags(localeIdentifier).language == "fr" { return "«\u{202F}\(text)\u{202F}»" }
        return open + text + close
    }

    /// A number as the locale writes it (`1,5` in de).
    func number(_ value: Double) -> String {
        LocalizedFormats.number(value, localeIdentifier: localeIdentifier)
    }

    /// The message for each id in `ids` (those without variables), HTML-escaped
    /// for element content and double-quoted attributes, by id: what templates
    /// read as `{{{t.page-submit}}}`.
    func htmlTexts(prefix: String) -> [String: String] {
        var texts: [String: String] = [:]
        for id in ids where id.hasPrefix(prefix) && variables(of: id)?.isEmpty == true {
            texts[id] = formatHTML(id)
        }
        return texts
    }
}

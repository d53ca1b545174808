import Foundation

/// Latin-letter hotkeys in a task whose language is typed on keyboards without
/// Latin letters (`KeyboardScripts`): one warning per question, at its first
/// such key. Digits are never warned about.
enum HotkeyLints {
    static func run(_ ctx: inout CheckContext) {
        let tag = ctx.spec.language.value
        guard let layout = KeyboardScripts.layout(for: tag) else { return }
        for q in ctx.outlines {
            guard let choice = q.choice else { continue }
            let keys = choice.options.compactMap(\.key).filter { KeyboardScripts.isLatinLetter($0.value) }
            guard let first = keys.first else { continue }
            let shown = keys.map { "'\($0.value)'" }.joined(separator: ", ")
            let count = choice.options.count
            let digits = (1...min(9, max(1, count))).map { "\"\($0)\"" }.joined(separator: ", ")
            ctx.report(.hotkeyNotOnKeyboard,
                       "question '\(q.id)' has Latin-letter \(keys.count == 1 ? "hotkey" : "hotkeys") \(shown), which keyboards for \(languageName(tag)) do not type",
                       first.range,
                       notes: [DiagnosticNote("on those layouts the letter keys \(layout.behaviour), so a letter hotkey works only where the worker finds its place on an English keyboard (the page reads the key's position), and not at all under an input method; digits work on every layout"),
                               DiagnosticNote("use digits: key: \(digits)")])
        }
    }

    /// "Russian ('ru')", or "'xx'" when the name is not known.
    static func languageName(_ tag: LanguageTag) -> String {
        if let name = Locale(identifier: "en").localizedString(forLanguageCode: tag.language), name != tag.language {
            return "\(name) ('\(tag.text)')"
        }
        return "'\(tag.text)'"
    }
}

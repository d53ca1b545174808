/// Which languages are typed on keyboards without Latin letters, for the
/// hotkey lint (`HotkeyLints`).
///
/// The page matches a hotkey against the character a key press gives
/// (`KeyboardEvent.key`), reads a press that gives a non-ASCII character as the
/// key at that place on a US keyboard (`KeyboardEvent.code`), and ignores presses
/// an input method is composing (`isComposing`). On the layouts most writers of
/// these languages use, the letter keys give letters of another script
/// (Cyrillic, Greek, Arabic, Hebrew, an Indic script, Thai, Hangul, ...), so a
/// hotkey `a` fires only for a worker who knows where `a` is on an English
/// keyboard, or, for Chinese and Japanese, start an input method's composition,
/// so it never fires. The digit row (and the number pad) work on all of them,
/// Persian and Arabic-Indic digits included, so digits always work.
enum KeyboardScripts {
    /// One writing system whose common keyboards do not type Latin letters.
    struct Layout: Sendable {
        /// How the letter keys behave, for the warning ("give Cyrillic letters").
        var behaviour: String
        /// Primary language subtags written in it by default.
        var languages: [String]
        /// ISO 15924 script subtags that name it in a tag (`uz-Cyrl`).
        var scripts: [String]
    }

    /// The writing systems, with the languages that use them by default.
    static let layouts: [Layout] = [
        Layout(behaviour: "give Cyrillic letters", languages: ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba"], scripts: ["Cyrl"]),
        Layout(behaviour: "give Greek letters", languages: ["el"], scripts: ["Grek"]),
        Layout(behaviour: "give Georgian letters", languages: ["ka"], scripts: ["Geor"]),
        Layout(behaviour: "give Armenian letters", languages: ["hy"], scripts: ["Armn"]),
        Layout(behaviour: "give Arabic letters", languages: ["ar", "fa", "ur", "ps", "sd", "ug", "ckb"], scripts: ["Arab"]),
        Layout(behaviour: "give Hebrew letters", languages: ["he", "yi"], scripts: ["Hebr"]),
        Layout(behaviour: "give Thaana letters", languages: ["dv"], scripts: ["Thaa"]),
        Layout(behaviour: "give letters of an Indic script (Devanagari, Bengali, Tamil, ...)",
               languages: ["hi", "mr", "ne", "bn", "as", "pa", "gu", "or", "ta", "te", "kn", "ml", "si"],
               scripts: ["Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh"]),
        Layout(behaviour: "give Thai, Lao, Khmer or Burmese letters", languages: ["th", "lo", "km", "my"], scripts: ["Thai", "Laoo", "Khmr", "Mymr"]),
        Layout(behaviour: "give Ethiopic letters", languages: ["am", "ti"], scripts: ["Ethi"]),
        Layout(behaviour: "give Hangul letters", languages: ["ko"], scripts: ["Hang", "Kore"]),
        Layout(behaviour: "start the input method's composition (pinyin, kana), which the page ignores",
               languages: ["zh", "ja", "yue"], scripts: ["Hans", "Hant", "Hani", "Jpan", "Hira", "Kana"]),
    ]

    /// The layout of the language `tag` names, when its common keyboards do not
    /// type Latin letters: by its script subtag when it has one (`sr-Latn`: none;
    /// `uz-Cyrl`: Cyrillic), else by its primary language subtag.
    static func layout(for tag: LanguageTag) -> Layout? {
        if let script = scriptSubtag(of: tag.text) {
            if script == "Latn" { return nil }
            return layouts.first { $0.scripts.contains(script) }
        }
        return layouts.first { $0.languages.contains(tag.language) }
    }

    /// The script subtag (title-cased, `Cyrl`) of a well-formed tag, if it has one:
    /// the first four-letter subtag after the language and its extended subtags.
    static func scriptSubtag(of tag: String) -> String? {
        let subtags = tag.split(separator: "-").dropFirst()
        for subtag in subtags {
            if subtag.count == 3, subtag.allSatisfy(\.isLetter) { continue }  // an extended language subtag
            guard subtag.count == 4, subtag.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
            return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
        }
        return nil
    }

    /// True for a Latin letter (`a`, `Z`, `é`, `ß`): ASCII letters and the
    /// letters of Latin-1 Supplement and Latin Extended-A and -B.
    static func isLatinLetter(_ text: String) -> Bool {
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7  // × and ÷ are not letters
        default: return false
        }
    }
}

/// The direction of a page's text, from its language tag.
public enum TextDirection: String, Sendable {
    case ltr, rtl

    /// Languages written right to left in their usual script.
    static let rightToLeftLanguages: Set<String> = ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]
    /// Scripts written right to left (ISO 15924).
    static let rightToLeftScripts: Set<String> = ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"]

    /// Right to left when the tag names a right-to-left script (`az-Arab`,
    /// `pa-Arab`), or names no script and its language is one written right to
    /// left (`ar`, `he-IL`); an explicit script decides (`sd-Deva` is left to right).
    public static func of(languageTag: String) -> TextDirection {
        let tag = LanguageSubtags(languageTag)
        if let script = tag.script { return rightToLeftScripts.contains(script.lowercased()) ? .rtl : .ltr }
        return rightToLeftLanguages.contains(tag.language) ? .rtl : .ltr
    }
}

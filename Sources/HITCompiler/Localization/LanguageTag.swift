/// The subtags of a BCP 47 language tag that catalogue resolution and text
/// direction look at. Lenient: `_` separates like `-`, case is ignored.
struct LanguageSubtags: Equatable {
    /// The primary language subtag, lowercased ("pt", "zh").
    var language: String
    /// The script subtag as written ("Hans", "Arab"), if any.
    var script: String?
    /// The region subtag, uppercased ("BR", "419"), if any.
    var region: String?

    init(_ tag: String) {
        let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        language = subtags.first?.lowercased() ?? ""
        var rest = subtags.dropFirst()
        if let next = rest.first, next.count == 4, next.allSatisfy(\.isLetter) {
            script = next.prefix(1).uppercased() + next.dropFirst().lowercased()
            rest = rest.dropFirst()
        }
        if let next = rest.first, (next.count == 2 && next.allSatisfy(\.isLetter)) || (next.count == 3 && next.allSatisfy(\.isNumber)) {
            region = next.uppercased()
        }
    }

    /// The catalogue among `available` for this tag (contract of issue 16, section 2):
    /// the exact tag (ignoring case), else language and script (`zh`, `zh-CN`,
    /// `zh-SG`, `zh-Hans-*` give `zh-Hans`; `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` give
    /// none), else the language alone (`pt-BR` gives `pt`).
    static func resolve(_ tag: String, among available: [String]) -> String? {
        let normalized = tag.replacingOccurrences(of: "_", with: "-").lowercased()
        if let exact = available.first(where: { $0.lowercased() == normalized }) { return exact }
        let parsed = LanguageSubtags(tag)
        guard !parsed.language.isEmpty else { return nil }
        var script = parsed.script
        if script == nil, parsed.language == "zh" {
            script = ["TW", "HK", "MO"].contains(parsed.region ?? "") ? "Hant" : "Hans"
        }
        if let script {
            if let match = available.first(where: { $0.lowercased() == "\(parsed.language)-\(script)".lowercased() }) { return match }
            // A script other than the language's catalogue's: no fallback to a catalogue in another script.
            if parsed.language == "zh" { return nil }
        }
        return available.first(where: { $0.lowercased() == parsed.language })
    }
}

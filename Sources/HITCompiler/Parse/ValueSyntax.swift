/// Parsers for the value formats of the spec language: money, durations,
/// semantic versions, BCP 47 tags, dates, ids and URLs. Each returns nil when
/// the text is not in the format; the caller reports the diagnostic.
enum ValueSyntax {
    /// `AMOUNT CURRENCY`: a non-negative decimal with up to 6 decimals, one space,
    /// an ISO 4217 code (three upper-case letters): `0.30 USD`.
    static func money(_ text: String) -> Money? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let amount = parts[0], currency = parts[1]
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        let pieces = amount.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let whole = pieces.first, !whole.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= 9 else { return nil }
        var micros = Int64(whole)! * 1_000_000
        if pieces.count == 2 {
            let fraction = pieces[1]
            guard !fraction.isEmpty, fraction.count <= 6, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            micros += Int64(fraction + String(repeating: "0", count: 6 - fraction.count))!
        }
        return Money(micros: micros, currency: String(currency), amountText: String(amount))
    }

    /// A duration: one or more `<integer><unit>` parts with units `d`, `h`, `m`, `s`
    /// in that order, each at most once (`30s`, `20m`, `7d`, `1h30m`). Must be > 0.
    static func duration(_ text: String) -> Duration? {
        let units: [(Character, Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]
        var seconds = 0
        var number = ""
        var nextUnit = 0
        for ch in text {
            if ch.isASCII, ch.isNumber {
                number.append(ch)
                continue
            }
            guard !number.isEmpty, number.count <= 7,
                  let index = units.firstIndex(where: { $0.0 == ch }), index >= nextUnit else { return nil }
            seconds += Int(number)! * units[index].1
            number = ""
            nextUnit = index + 1
        }
        guard number.isEmpty, nextUnit > 0, seconds > 0 else { return nil }
        return Duration(seconds: seconds, text: text)
    }

    /// Semantic Versioning 2.0.0: `1.3.0`, `2.0.0-rc.1+build.5`; no leading zeros.
    static func semver(_ text: String) -> SemanticVersion? {
        var rest = Substring(text)
        var build: String?
        if let plus = rest.firstIndex(of: "+") {
            build = String(rest[rest.index(after: plus)...])
            rest = rest[..<plus]
            guard identifiers(build!, numericLeadingZeroOK: true) else { return nil }
        }
        var prerelease: String?
        if let dash = rest.firstIndex(of: "-") {
            prerelease = String(rest[rest.index(after: dash)...])
            rest = rest[..<dash]
            guard identifiers(prerelease!, numericLeadingZeroOK: false) else { return nil }
        }
        let core = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard core.count == 3 else { return nil }
        var numbers: [Int] = []
        for part in core {
            guard !part.isEmpty, part.count <= 9, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  part == "0" || part.first != "0" else { return nil }
            numbers.append(Int(part)!)
        }
        return SemanticVersion(major: numbers[0], minor: numbers[1], patch: numbers[2], prerelease: prerelease, build: build)
    }

    private static func identifiers(_ text: String, numericLeadingZeroOK: Bool) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return false }
            if !numericLeadingZeroOK, part.allSatisfy({ $0.isNumber }), part.count > 1, part.first == "0" { return false }
            return true
        }
    }

    /// A well-formed BCP 47 tag (RFC 5646 syntax: language, extlang, script,
    /// region, variants, extensions, private use; or a private-use tag `x-...`).
    /// Validity against the IANA registry is not checked.
    static func languageTag(_ text: String) -> LanguageTag? {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !subtags.isEmpty, subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            return nil
        }
        let alpha = { (s: String) in s.allSatisfy { $0.isLetter } }
        let digit = { (s: String) in s.allSatisfy { $0.isNumber } }
        var i = 0
        if subtags[0].lowercased() == "x" {
            return subtags.count > 1 ? LanguageTag(text: text, language: "x") : nil
        }
        guard alpha(subtags[0]), (2...3).contains(subtags[0].count) || (5...8).contains(subtags[0].count) else { return nil }
        let language = subtags[0].lowercased()
        i = 1
        var extlangs = 0
        while i < subtags.count, subtags[0].count <= 3, extlangs < 3, subtags[i].count == 3, alpha(subtags[i]) { i += 1; extlangs += 1 }
        if i < subtags.count, subtags[i].count == 4, alpha(subtags[i]) { i += 1 }
        if i < subtags.count, (subtags[i].count == 2 && alpha(subtags[i])) || (subtags[i].count == 3 && digit(subtags[i])) { i += 1 }
        var seenVariants = Set<String>()
        while i < subtags.count {
            let s = subtags[i]
            let isVariant = (5...8).contains(s.count) || (s.count == 4 && s.first!.isNumber)
            guard isVariant else { break }
            guard seenVariants.insert(s.lowercased()).inserted else { return nil }
            i += 1
        }
        var seenSingletons = Set<String>()
        while i < subtags.count {
            let singleton = subtags[i].lowercased()
            guard singleton.count == 1 else { return nil }
            if singleton == "x" {
                return subtags.count > i + 1 ? LanguageTag(text: text, language: language) : nil
            }
            guard seenSingletons.insert(singleton).inserted else { return nil }
            i += 1
            var count = 0
            while i < subtags.count, subtags[i].count >= 2 { i += 1; count += 1 }
            guard count > 0 else { return nil }
        }
        return LanguageTag(text: text, language: language)
    }

    /// A real calendar date `YYYY-MM-DD`.
    static func date(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days ? CalendarDate(year: y, month: m, day: d) : nil
    }

    /// A task id: `[a-z0-9][a-z0-9-]*`, at most 64 characters.
    static func isTaskID(_ text: String) -> Bool {
        guard let first = text.first, text.count <= 64, first.isASCII, first.isLowercase || first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    /// A field or question id: `[A-Za-z_][A-Za-z0-9_]*`, at most 64 characters
    /// (safe as an HTML name, a CSV column and a JavaScript property).
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, text.count <= 64, first.isASCII, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}

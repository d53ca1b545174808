/// Turns a YAML tree into a typed `Spec`, reporting every shape and scalar problem.
///
/// Sections are parsed independently so one run reports problems in all of them.
/// Returns nil only when the document is empty or not a mapping; a part that is
/// missing or unreadable is reported, read as empty, and named in `Spec.unreadable`.
struct SpecParser {
    init() {}

    /// The language versions this compiler reads.
    static let supportedLanguageVersions = 1...1

    /// The parsed spec (if its required parts could be read) and the diagnostics.
    struct Result: Sendable {
        var spec: Spec?
        var diagnostics: [Diagnostic]
    }

    func parse(_ root: YAMLNode, file: String) -> Result {
        var ctx = ParseContext(file: file)
        let spec = parseSpec(root, &ctx)
        return Result(spec: spec, diagnostics: ctx.finishDiagnostics())
    }

    private func parseSpec(_ root: YAMLNode, _ ctx: inout ParseContext) -> Spec? {
        if root.isNull {
            ctx.report(.emptyDocument, "the spec is empty", root.range)
            return nil
        }
        guard let top = ctx.mapping(root, "the spec", allowed: SpecSchema.keys(.spec)) else { return nil }
        let languageVersion = top.required("hitc", &ctx).flatMap { node -> Located<Int>? in
            guard let v = ctx.integer(node, "'hitc'") else { return nil }
            guard Self.supportedLanguageVersions.contains(v.value) else {
                ctx.report(.unsupportedLanguageVersion, "hitc language version \(v.value) is not supported; this compiler reads version 1", v.range)
                return nil
            }
            return v
        }
        let id = top.required("id", &ctx).flatMap { node -> Located<String>? in
            guard let s = ctx.string(node, "'id'") else { return nil }
            guard ValueSyntax.isTaskID(s.value) else {
                ctx.report(.invalidTaskID, "task id '\(s.value)' must match [a-z0-9][a-z0-9-]* (at most 64 characters)", s.range,
                           notes: suggestedID(s.value).map { [DiagnosticNote("for example '\($0)'")] } ?? [])
                return nil
            }
            return s
        }
        let version = top.required("version", &ctx).flatMap { parseSemver($0, "'version'", &ctx) }
        let title = top.required("title", &ctx).flatMap { ctx.string($0, "'title'") }
        let description = top["description"].flatMap { ctx.string($0, "'description'") }
        let keywords = top["keywords"].map { ctx.strings($0, "'keywords'") } ?? []
        var language: Located<LanguageTag>? = Located(LanguageTag(text: "en", language: "en"), SourceRange(at: root.range.start))
        if let node = top["language"] {
            language = parseLanguage(node, &ctx)
        }
        let useCase = ctx.optional(top["use_case"], path: "use_case") { UseCaseParser.parse($0, &$1) }
        let data = top.required("data", &ctx).flatMap { DataParser.parse($0, &ctx) }
        let hit = top.required("hit", &ctx).flatMap { HITParser.parse($0, &ctx) }
        if data == nil { ctx.unreadable.insert("data") }
        if hit == nil { ctx.unreadable.insert("hit") }
        let guidelines = ctx.optional(top["guidelines"], path: "guidelines") { GuidelinesParser.parse($0, &$1) }
        let communication = ctx.optional(top["communication"], path: "communication") { CommunicationParser.parse($0, &$1) }
        let quality = ctx.optional(top["quality"], path: "quality") { QualityParser.parse($0, &$1) }
        let targets = ctx.optional(top["targets"], path: "targets") { TargetsParser.parse($0, &$1) }
        let uiStrings = top["ui_strings"].map { UIStringsParser.parse($0, &ctx) } ?? []
        var sectionRanges: [String: SourceRange] = [:]
        var sectionSpans: [String: SourceRange] = [:]
        for pair in top.pairs {
            sectionRanges[pair.key] = pair.keyRange
            sectionSpans[pair.key] = SourceRange(start: pair.keyRange.start, end: max(pair.keyRange.end, pair.value.range.end))
        }

        // A missing or unreadable `data` or `hit` is reported and read as empty, so
        // the other sections are still checked; checks skip what is empty.
        let tag = language ?? Located(LanguageTag(text: "en", language: "en"), SourceRange(at: root.range.start))
        return Spec(languageVersion: languageVersion, id: id, version: version, title: title, description: description,
                    keywords: keywords, language: tag, useCase: useCase,
                    data: data ?? DataSchema(key: nil, fields: [], sample: nil),
                    hit: hit ?? HITDesign(itemsPerHit: nil, reward: nil, estimatedSeconds: nil, layout: [], questions: []),
                    guidelines: guidelines, communication: communication, quality: quality, targets: targets, uiStrings: uiStrings,
                    sectionRanges: sectionRanges, unreadable: ctx.unreadable, sectionSpans: sectionSpans)
    }

    private func parseLanguage(_ node: YAMLNode, _ ctx: inout ParseContext) -> Located<LanguageTag>? {
        guard let s = ctx.string(node, "'language'") else { return nil }
        guard let tag = ValueSyntax.languageTag(s.value) else {
            ctx.report(.invalidLanguageTag, "'\(s.value)' is not a well-formed BCP 47 language tag", s.range,
                       notes: [DiagnosticNote("use a tag like 'en', 'en-US', 'pt-BR' or 'zh-Hant'")])
            return nil
        }
        return Located(tag, s.range)
    }

    private func suggestedID(_ text: String) -> String? {
        let lowered = text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let collapsed = String(lowered).split(separator: "-").joined(separator: "-")
        return ValueSyntax.isTaskID(collapsed) ? collapsed : nil
    }
}

/// Parses a semantic version scalar with a located diagnostic.
func parseSemver(_ node: YAMLNode, _ what: String, _ ctx: inout ParseContext) -> Located<SemanticVersion>? {
    guard let s = ctx.string(node, what) else { return nil }
    guard let v = ValueSyntax.semver(s.value) else {
        var notes = [DiagnosticNote("write MAJOR.MINOR.PATCH, e.g. 1.3.0")]
        var fixIts: [FixIt] = []
        let parts = s.value.split(separator: ".")
        if (1...2).contains(parts.count), parts.allSatisfy({ Int($0) != nil }) {
            let fixed = (parts.map(String.init) + ["0", "0"]).prefix(3).joined(separator: ".")
            notes = [DiagnosticNote("did you mean '\(fixed)'?")]
            fixIts = [FixIt(range: s.range, replacement: fixed)]
        }
        ctx.report(.invalidSemver, "\(what) '\(s.value)' is not a semantic version", s.range, notes: notes, fixIts: fixIts)
        return nil
    }
    return Located(v, s.range)
}

/// Parses a money scalar (`0.30 USD`) with a located diagnostic.
func parseMoney(_ node: YAMLNode, _ what: String, _ ctx: inout ParseContext) -> Located<Money>? {
    guard let s = ctx.string(node, what) else { return nil }
    guard let m = ValueSyntax.money(s.value) else {
        var notes = [DiagnosticNote("write AMOUNT CURRENCY, e.g. '0.30 USD'")]
        if ScalarSyntax.number(s.value) != nil { notes = [DiagnosticNote("add the currency: '\(s.value) USD'")] }
        ctx.report(.invalidMoney, "\(what) '\(s.value)' is not an amount of money", s.range, notes: notes)
        return nil
    }
    guard m.micros <= SpecLimits.maxMoneyMicros else {
        ctx.report(.valueOutOfRange, "\(what) \(m) is more than the largest amount, \(SpecLimits.maxMoneyMicros / 1_000_000) \(m.currency)", s.range)
        return nil
    }
    return Located(m, s.range)
}

/// Parses a duration scalar (`20m`, `1h30m`) with a located diagnostic.
func parseDuration(_ node: YAMLNode, _ what: String, _ ctx: inout ParseContext) -> Located<Duration>? {
    guard let s = ctx.string(node, what) else { return nil }
    guard let d = ValueSyntax.duration(s.value) else {
        var notes = [DiagnosticNote("write a number and a unit (d, h, m, s), e.g. '30s', '20m', '7d', '1h30m'")]
        if ScalarSyntax.integer(s.value) != nil { notes = [DiagnosticNote("add a unit: '\(s.value)s' for seconds")] }
        ctx.report(.invalidDuration, "\(what) '\(s.value)' is not a duration", s.range, notes: notes)
        return nil
    }
    return Located(d, s.range)
}

/// Reads an integer and checks it is at least `minimum` and at most `maximum`.
func parseInteger(_ node: YAMLNode, _ what: String, minimum: Int, maximum: Int = .max,
                  _ ctx: inout ParseContext) -> Located<Int>? {
    ctx.integer(node, what, in: minimum...maximum)
}

/// Reads an integer and checks it lies in `range`.
func parseInteger(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>, _ ctx: inout ParseContext) -> Located<Int>? {
    ctx.integer(node, what, in: range)
}

/// Reads a number and checks it lies in `range`.
func parseFraction(_ node: YAMLNode, _ what: String, in range: ClosedRange<Double>, _ ctx: inout ParseContext) -> Located<Double>? {
    guard let v = ctx.number(node, what) else { return nil }
    guard range.contains(v.value) else {
        ctx.report(.valueOutOfRange, "\(what) must be between \(NumberText.plain(range.lowerBound)) and \(NumberText.plain(range.upperBound)), not \(NumberText.plain(v.value))", v.range)
        return nil
    }
    return v
}

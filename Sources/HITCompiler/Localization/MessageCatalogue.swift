/// The messages of one language, English where a built-in catalogue has none,
/// loaded from the embedded `Templates/i18n/<tag>.ftl` files.
public struct MessageCatalogue: Sendable {
    /// The catalogue's tag ("ja", "zh-Hans", "en").
    public let tag: String
    /// The language tag numbers are formatted for: the spec's (`pt-BR`), which
    /// may be more specific than the catalogue's.
    public let localeIdentifier: String
    /// The messages by id.
    private var messages: [String: FluentMessage]

    /// The tags of the catalogues embedded in this hitc (`Templates/i18n/*.ftl`), sorted.
    public static let builtInTags: [String] = BuiltInCatalogues.shared.parsed.keys.sorted()

    /// English, formatting numbers for `en`.
    public static var english: MessageCatalogue {
        MessageCatalogue(tag: "en", localeIdentifier: "en", messages: BuiltInCatalogues.shared.parsed["en"] ?? [:])
    }

    /// The built-in catalogue for a spec's `language` (exact tag, else language and
    /// script, else language: `pt-BR` → `pt`), numbers formatted for `tag` itself;
    /// nil when there is none. Messages it lacks are English.
    public static func builtIn(forLanguage tag: String) -> MessageCatalogue? {
        guard let match = LanguageSubtags.resolve(tag, among: builtInTags),
              let own = BuiltInCatalogues.shared.parsed[match] else { return nil }
        let english = BuiltInCatalogues.shared.parsed["en"] ?? [:]
        return MessageCatalogue(tag: match, localeIdentifier: tag, messages: english.merging(own) { _, translated in translated })
    }

    /// The catalogue a build for `language` uses: the built-in one, else English
    /// words with numbers formatted for `language`.
    public static func forLanguage(_ tag: String) -> MessageCatalogue {
        if let catalogue = builtIn(forLanguage: tag) { return catalogue }
        let english = Self.english
        return MessageCatalogue(tag: english.tag, localeIdentifier: tag, messages: english.messages)
    }

    init(tag: String, localeIdentifier: String, messages: [String: FluentMessage]) {
        self.tag = tag
        self.localeIdentifier = localeIdentifier
        self.messages = messages
    }

    /// Every message id, sorted.
    public var ids: [String] { messages.keys.sorted() }

    /// The variables of a message; nil for an unknown id.
    public func variables(of id: String) -> Set<String>? { messages[id]?.variables }

    /// The parsed message of an id.
    public func message(_ id: String) -> FluentMessage? { messages[id] }

    /// This catalogue with some messages replaced (a spec's `ui_strings`).
    public func overriding(_ replacements: [String: FluentMessage]) -> MessageCatalogue {
        var copy = self
        copy.messages.merge(replacements) { _, replacement in replacement }
        return copy
    }

    /// The message as plain text; an unknown id gives the id itself.
    public func format(_ id: String, _ args: [String: MessageArgument] = [:]) -> String {
        guard let message = messages[id] else { return id }
        var renderer = MessageRenderer(catalogue: self, args: args, html: false)
        return renderer.render(message.elements)
    }

    /// The message as HTML: its text and `.text`/`.number` arguments escaped
    /// (`&`, `<`, `>`, `"`: safe in element content and double-quoted attribute
    /// values), `.html` arguments inserted verbatim.
    public func formatHTML(_ id: String, _ args: [String: MessageArgument] = [:]) -> String {
        guard let message = messages[id] else { return MarkupEscaping.escaped(id) }
        var renderer = MessageRenderer(catalogue: self, args: args, html: true)
        return renderer.render(message.elements)
    }
}

/// The built-in catalogues, parsed once. A file that does not parse is left
/// out (its language falls back to English) and kept in `problems`, which the
/// catalogue tests assert is empty.
struct BuiltInCatalogues: Sendable {
    static let shared = BuiltInCatalogues(files: BuiltinTemplates.files)

    let parsed: [String: [String: FluentMessage]]
    let problems: [String: FluentSyntaxError]
    /// The source of each catalogue file by tag.
    let sources: [String: String]

    init(files: [String: String]) {
        var parsed: [String: [String: FluentMessage]] = [:]
        var problems: [String: FluentSyntaxError] = [:]
        var sources: [String: String] = [:]
        for (path, text) in files where path.hasPrefix("i18n/") && path.hasSuffix(".ftl") {
            let tag = String(path.dropFirst("i18n/".count).dropLast(".ftl".count))
            guard !tag.contains("/") else { continue }
            sources[tag] = text
            var parser = FluentParser(text, standalone: false)
            do {
                let messages = try parser.parseResource()
                parsed[tag] = Dictionary(messages.map { ($0.id, $0.message) }, uniquingKeysWith: { first, _ in first })
            } catch {
                problems[tag] = error
            }
        }
        self.parsed = parsed
        self.problems = problems
        self.sources = sources
    }
}

/// Resolves a pattern with arguments (Fluent's resolution, for the subset).
struct MessageRenderer {
    let catalogue: MessageCatalogue
    let args: [String: MessageArgument]
    let html: Bool
    private var depth = 0

    init(catalogue: MessageCatalogue, args: [String: MessageArgument], html: Bool) {
        self.catalogue = catalogue
        self.args = args
        self.html = html
    }

    mutating func render(_ elements: [FluentElement]) -> String {
        var out = ""
        for element in elements {
            switch element {
            case .text(let text): out += html ? MarkupEscaping.escaped(text) : text
            case .variable(let name): out += value(of: name)
            case .select(let select):
                out += render(select.variants[variantIndex(select)].pattern)
            }
        }
        return out
    }

    private func value(of name: String) -> String {
        switch args[name] {
        case .text(let text): html ? MarkupEscaping.escaped(text) : text
        case .number(let number): LocalizedFormats.number(number, localeIdentifier: catalogue.localeIdentifier)
        case .html(let markup): markup
        case nil: "{$\(name)}"
        }
    }

    /// The exact number's variant, else the plural category's (in the
    /// catalogue's language), else the default. A text argument selects the
    /// variant whose key is that text.
    private func variantIndex(_ select: FluentSelect) -> Int {
        switch args[select.variable] {
        case .number(let number):
            if let exact = select.variants.firstIndex(where: { if case .number(let key, _) = $0.key { key == number } else { false } }) {
                return exact
            }
            let category = PluralRules.category(of: number, languageTag: catalogue.tag)
            return select.variants.firstIndex(where: { $0.key == .category(category) }) ?? select.defaultIndex
        case .text(let text), .html(let text):
            return select.variants.firstIndex(where: { $0.key.text == text }) ?? select.defaultIndex
        case nil:
            return select.defaultIndex
        }
    }
}

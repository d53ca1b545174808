/// `ui_strings:` against hitc's message catalogue: each id names a message of
/// the page, its script or the guidelines (E0320, with a did-you-mean), each
/// text is a Fluent pattern (E0218, located inside the value) using only the
/// variables of the English message (E0321).
enum UIStringChecks {
    /// The id prefixes `ui_strings` may replace: the page, its script, the guidelines
    /// (`scaffold-*` are what `hitc init` writes, not part of a bundle).
    static let overridablePrefixes = ["page-", "script-", "guide-"]

    /// True for an id `ui_strings` may replace, when the catalogue has it.
    static func isOverridable(_ id: String) -> Bool {
        overridablePrefixes.contains { id.hasPrefix($0) }
    }

    /// The ids `ui_strings` may replace, sorted.
    static var overridableIDs: [String] {
        MessageCatalogue.english.ids.filter(isOverridable)
    }

    static func run(_ ctx: inout CheckContext) {
        guard !ctx.spec.uiStrings.isEmpty else { return }
        let english = MessageCatalogue.english
        let ids = overridableIDs
        let known = Set(ids)
        for string in ctx.spec.uiStrings {
            let id = string.id.value
            if !known.contains(id) {
                reportUnknown(string.id, isScaffold: english.variables(of: id) != nil, among: ids, &ctx)
                continue
            }
            let message: FluentMessage
            do {
                message = try FluentMessage.parse(string.pattern.value)
            } catch {
                ctx.report(.invalidMessagePattern, "the text of '\(id)' in 'ui_strings' is not a Fluent pattern: \(error.message)",
                           PatternPlace.range(of: error.utf8Offset, in: string),
                           notes: [DiagnosticNote("write text with '{ $name }' for a variable; a literal brace is written '{ \"{\" }' (docs/i18n.md)")])
                continue
            }
            let allowed = english.variables(of: id) ?? []
            let extra = message.variables.subtracting(allowed).sorted()
            if let first = extra.first {
                let names = extra.map { "'$\($0)'" }.joined(separator: ", ")
                let has = allowed.isEmpty ? "message '\(id)' has no variables"
                    : "message '\(id)' has \(allowed.sorted().map { "'$\($0)'" }.joined(separator: ", "))"
                ctx.report(.unknownMessageVariable, "the text of '\(id)' in 'ui_strings' uses \(names), which message '\(id)' does not have",
                           PatternPlace.range(of: offset(ofVariable: first, in: string.pattern.value), in: string),
                           notes: [DiagnosticNote(has + "; the page gives it no other")])
                continue
            }
            if id.hasPrefix("script-"), let offset = braceOffset(message, source: string.pattern.value) {
                ctx.report(.invalidMessagePattern, "the text of '\(id)' in 'ui_strings' holds a literal brace, which the page's script would read as a variable",
                           PatternPlace.range(of: offset, in: string),
                           notes: [DiagnosticNote("'script-*' messages cannot show '{' or '}'; use other brackets")])
            }
        }
    }

    /// E0320: an id that is no page, script or guideline message.
    private static func reportUnknown(_ id: Located<String>, isScaffold: Bool, among ids: [String], _ ctx: inout CheckContext) {
        if isScaffold {
            ctx.report(.unknownMessage, "'\(id.value)' is a text 'hitc init' writes into a new spec, not one of the page or the guidelines: 'ui_strings' cannot replace it",
                       id.range, notes: [DiagnosticNote("edit that text where the spec holds it; 'ui_strings' replaces 'page-*', 'script-*' and 'guide-*' messages")])
            return
        }
        var (notes, fixIts) = ctx.suggestion(for: id, among: ids)
        if notes.isEmpty {
            notes = [DiagnosticNote("'ui_strings' replaces the 'page-*', 'script-*' and 'guide-*' messages of Templates/i18n/en.ftl; `hitc schema` lists them with their English text")]
        }
        ctx.report(.unknownMessage, "'ui_strings' names '\(id.value)', which is not a message of hitc's page or guidelines", id.range,
                   notes: notes, fixIts: fixIts)
    }

    /// The UTF-8 offset of the first `$name` in `source` (a whole name, not a
    /// prefix of a longer one), else 0.
    static func offset(ofVariable name: String, in source: String) -> Int {
        let bytes = Array(source.utf8), target = Array("$\(name)".utf8)
        guard bytes.count >= target.count else { return 0 }
        for start in 0...(bytes.count - target.count) where Array(bytes[start..<start + target.count]) == target {
            let next = start + target.count
            if next == bytes.count || !isNameByte(bytes[next]) { return start }
        }
        return 0
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }

    /// The UTF-8 offset in `source` of the string literal that puts a brace in
    /// the text of `message` (`{ "{" }`), when the text holds one; 0 when
    /// the literal cannot be found (the value's start is shown then).
    static func braceOffset(_ message: FluentMessage, source: String) -> Int? {
        guard ScriptMessages.hasLiteralBrace(message) else { return nil }
        let bytes = Array(source.utf8)
        var inLiteral = false
        for (i, byte) in bytes.enumerated() {
            if byte == 0x22 { inLiteral.toggle(); continue }
            if inLiteral, byte == 0x7B || byte == 0x7D { return i }
        }
        return 0
    }
}

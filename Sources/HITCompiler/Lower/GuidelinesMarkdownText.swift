import Foundation

/// A piece of Markdown for the Markdown template (`guidelines-md`), which renders
/// with `{{% CONTENT_TYPE: TEXT}}` (Mustache's HTML escaping would be wrong in
/// Markdown). Escaping by default is kept by type instead: every value of the
/// Markdown view model is a `MarkdownText`, made either from plain text (escaped
/// so it shows literally and cannot start a heading, list, table cell, link or
/// HTML tag) or from the author's Markdown (rewritten by cmark-gfm so its
/// headings sit below the document's and raw HTML shows as text). The author's
/// Markdown is kept as written until the render stage encodes the view.
struct MarkdownText: CustomStringConvertible, Equatable, Sendable {
    /// What the text is made of.
    private enum Content: Equatable, Sendable {
        /// Markdown made here (escaped plain text and markup around it).
        case made(String)
        /// The author's blocks, rewritten (`MarkdownRenderer.commonmark`) when rendered.
        case authorBlock(String, headingsBelow: Int)
        /// The author's one-paragraph Markdown on one line, `|` escaped in a table `cell`.
        case authorInline(String, cell: Bool)
    }

    private let content: Content

    /// The Markdown text; a unique name so Mustache never finds it by accident.
    /// For the author's Markdown, cmark-gfm rewrites it here (in the render stage).
    var markdownSource: String {
        switch content {
        case .made(let text): text
        case .authorBlock(let markdown, let level): MarkdownRenderer.commonmark(markdown, headingsBelow: level)
        case .authorInline(let markdown, let cell):
            cell ? Self.escapePipes(Self.rewrittenInline(markdown)) : Self.rewrittenInline(markdown)
        }
    }

    var description: String { markdownSource }

    private init(_ source: String) { content = .made(source) }
    private init(_ content: Content) { self.content = content }

    // MARK: - From plain text

    /// Plain text on one line (line breaks become spaces).
    static func plain(_ text: String) -> MarkdownText {
        MarkdownText(escapeLine(oneLine(text)))
    }

    /// Plain text placed after other text on the same line: its spaces are kept.
    static func fragment(_ text: String) -> MarkdownText {
        MarkdownText(escapeLine(text.replacingASCII("\n", with: " "), trim: false))
    }

    /// Plain text keeping its lines (joined by hard line breaks); blank lines kept as breaks.
    static func lines(_ text: String) -> MarkdownText {
        let lines = splitLines(text).map { escapeLine($0) }
        return MarkdownText(lines.joined(separator: "\\\n"))
    }

    /// Plain text for a GFM table cell: one line, `|` escaped.
    static func cell(_ text: String) -> MarkdownText {
        MarkdownText(escapeLine(oneLine(text)))
    }

    /// A code span (one line).
    static func code(_ text: String) -> MarkdownText {
        let line = oneLine(text)
        let fence = String(repeating: "`", count: longestRun(of: "`", in: line) + 1)
        let pad = line.hasPrefix("`") || line.hasSuffix("`") || line.allSatisfy({ $0 == " " }) ? " " : ""
        return MarkdownText(fence + pad + line + pad + fence)
    }

    /// A fenced code block (several lines).
    static func codeBlock(_ text: String) -> MarkdownText {
        let body = splitLines(text).joined(separator: "\n")
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: body) + 1))
        return MarkdownText(fence + "\n" + body + "\n" + fence)
    }

    /// `[text](<url>)` for an https URL; `![alt](<url>)` when `image`.
    static func link(_ text: String, url: String, image: Bool = false) -> MarkdownText {
        MarkdownText((image ? "!" : "") + "[" + escapeLine(oneLine(text)) + "](<" + destination(url) + ">)")
    }

    /// An `<address>` autolink for an e-mail address or https URL already checked by the caller.
    static func autolink(_ address: String) -> MarkdownText {
        MarkdownText("<" + destination(address) + ">")
    }

    // MARK: - From Markdown

    /// The author's Markdown as blocks, headings moved below `level`.
    static func block(_ markdown: String, headingsBelow level: Int) -> MarkdownText {
        MarkdownText(.authorBlock(markdown, headingsBelow: level))
    }

    /// The author's one-paragraph Markdown on one line; anything else as escaped plain text.
    static func inline(_ markdown: String) -> MarkdownText {
        MarkdownText(.authorInline(markdown, cell: false))
    }

    /// As `inline`, for a table cell: unescaped `|` escaped.
    static func inlineCell(_ markdown: String) -> MarkdownText {
        MarkdownText(.authorInline(markdown, cell: true))
    }

    /// `inline`'s text: cmark-gfm's one line, or the escaped plain text.
    private static func rewrittenInline(_ markdown: String) -> String {
        guard let text = MarkdownRenderer.commonmarkInline(markdown) else { return plain(markdown).markdownSource }
        return escapeTrailingHashes(text)
    }

    // MARK: - Combining

    /// The text for a GFM table cell: `|` not already escaped gets a backslash.
    func inCell() -> MarkdownText { MarkdownText(Self.escapePipes(markdownSource)) }

    /// Strong emphasis around the text (`**...**`).
    func strong() -> MarkdownText { MarkdownText("**" + markdownSource + "**") }

    /// The text as a block quote (`> ` before every line).
    func quoted() -> MarkdownText {
        MarkdownText(markdownSource.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n"))
    }

    /// Pieces joined by `separator` (plain text, escaped).
    static func joined(_ parts: [MarkdownText], separator: String) -> MarkdownText {
        MarkdownText(parts.map(\.markdownSource).joined(separator: escapeLine(separator, trim: false)))
    }

    static func + (a: MarkdownText, b: MarkdownText) -> MarkdownText { MarkdownText(a.markdownSource + b.markdownSource) }

    // MARK: - Escaping

    /// Characters with a meaning anywhere in a line (CommonMark, GFM tables,
    /// strikethrough, and `$` for renderers with math).
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "$"]

    /// One line of plain text, escaped: every character that could start markup,
    /// plus list, heading and setext markers at the start of the line. Leading
    /// spaces are removed (`trim`) where the text starts a line: four would make it code.
    static func escapeLine(_ line: String, trim: Bool = true) -> String {
        let chars = trim ? Array(line.trimmingWhitespace()) : Array(line)
        var out = ""
        out.reserveCapacity(chars.count + 8)
        for (i, ch) in chars.enumerated() {
            if alwaysEscaped.contains(ch) {
                out += "\\" + String(ch)
            } else if ch == "&", i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1].isNumber || chars[i + 1] == "#" {
                out += "\\&"  // not an entity reference
            } else if i == 0, ch == "-" || ch == "+" || ch == "=", i + 1 == chars.count || chars[i + 1] == " "
                        || chars[i + 1] == "\t" || chars[i + 1] == ch {
                out += "\\" + String(ch)  // a list item, a thematic break or a setext underline
            } else if ch == "." || ch == ")", i > 0, i <= 9, chars[..<i].allSatisfy(\.isASCIIDigit),
                      i + 1 == chars.count || chars[i + 1] == " " || chars[i + 1] == "\t" {
                out += "\\" + String(ch)  // `1. ` at the start would begin an ordered list
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// `|` not already escaped gets a backslash (GFM splits cells on them even in code spans).
    static func escapePipes(_ text: String) -> String {
        var out = ""
        var backslashes = 0
        for ch in text {
            if ch == "|", backslashes % 2 == 0 { out += "\\" }
            out.append(ch)
            backslashes = ch == "\\" ? backslashes + 1 : 0
        }
        return out
    }

    /// A trailing `#` run would be an ATX heading's closing sequence.
    static func escapeTrailingHashes(_ text: String) -> String {
        guard text.hasSuffix("#"), !text.hasSuffix("\\#") else { return text }
        return String(text.dropLast()) + "\\#"
    }

    static func oneLine(_ text: String) -> String {
        splitLines(text).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previousCR:
                break
            case "\r", "\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                lines.append(current)
                current = ""
            default:
                current.unicodeScalars.append(scalar)
            }
            previousCR = scalar == "\r"
        }
        lines.append(current)
        while lines.last?.trimmingWhitespace().isEmpty == true, lines.count > 1 { lines.removeLast() }
        while lines.first?.trimmingWhitespace().isEmpty == true, lines.count > 1 { lines.removeFirst() }
        return lines
    }

    /// A link destination for `<...>`: spaces, angle brackets and control characters percent-encoded.
    static func destination(_ url: String) -> String {
        var out = ""
        for scalar in url.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\\": out += "%5C"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "%%%02X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func longestRun(of ch: Character, in text: String) -> Int {
        var longest = 0, run = 0
        for c in text {
            run = c == ch ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension MarkdownText: Encodable {
    /// Encodes as its Markdown source, the text the template prints (see `TemplateContext`).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(markdownSource)
    }
}

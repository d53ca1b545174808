import Foundation

/// Renders guidelines.html and guidelines.md from a checked spec: title, version,
/// purpose, summary, table of contents, sections, every question with its
/// options (or points, or rules), worked examples drawn with the task page's
/// item blocks plus their expected answers and why, FAQ, changelog (newest
/// first) and contact.
///
/// Templates: `guidelines` (HTML, uses `partials/block` for the examples) and
/// `guidelines-md` (Markdown); assets `assets/task.css` and `assets/guidelines.css`.
enum GuidelinesRenderer {
    /// The Content-Security-Policy of guidelines.html: no script, no request but https images and media.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; media-src https:; base-uri 'none'; form-action 'none'"

    /// guidelines.html: one standalone, printable file (inline CSS, no script).
    ///
    /// - Throws: `TemplateError` when a template or asset is missing, does not parse,
    ///   or the result would be unsafe.
    static func html(_ checked: CheckedSpec, templates: TemplateSet) throws -> String {
        try html(checked, prepared: PreparedTemplates(templates), document: GuidelinesLowering(checked).document())
    }

    /// guidelines.html from prepared templates and a lowered document.
    static func html(_ checked: CheckedSpec, prepared: PreparedTemplates, document: GuidelinesDocument) throws -> String {
        try html(htmlView(checked, document: document), prepared: prepared)
    }

    /// The render stage of guidelines.html: the lowered view with the templates' style, rendered and made safe.
    static func html(_ view: GuidelinesPageView, prepared: PreparedTemplates) throws -> String {
        var view = view
        view.docStyle = prepared.guidelinesStyle
        // No item placeholder here; `${` in text becomes `&#36;{` (the same text once parsed).
        return try PageSafety.finalize(prepared.render(view, template: "guidelines"), placeholder: false)
    }

    /// guidelines.md: the same document in GitHub-flavoured Markdown.
    ///
    /// - Throws: `TemplateError` when the template is missing or does not parse.
    static func markdown(_ checked: CheckedSpec, templates: TemplateSet) throws -> String {
        try markdown(checked, prepared: PreparedTemplates(templates), document: GuidelinesLowering(checked).document())
    }

    /// guidelines.md from prepared templates and a lowered document.
    static func markdown(_ checked: CheckedSpec, prepared: PreparedTemplates, document: GuidelinesDocument) throws -> String {
        try markdown(GuidelinesMarkdownModel.view(document, layout: checked.spec.hit.layout), prepared: prepared)
    }

    /// The render stage of guidelines.md: the lowered view rendered, its blank lines tidied.
    static func markdown(_ view: GuidelinesMarkdownView, prepared: PreparedTemplates) throws -> String {
        let text = tidy(try prepared.render(view, template: "guidelines-md"))
        try PageSafety.refuseForbiddenCharacters(text, in: "guidelines.md")
        return text
    }

    /// The HTML view model (exposed to tests).
    static func htmlView(_ checked: CheckedSpec, templates: TemplateSet) throws -> GuidelinesPageView {
        var view = htmlView(checked, document: GuidelinesLowering(checked).document())
        view.docStyle = try PreparedTemplates(templates).guidelinesStyle
        return view
    }

    /// The lowered HTML view of `document` (its style is the render stage's).
    static func htmlView(_ checked: CheckedSpec, document: GuidelinesDocument) -> GuidelinesPageView {
        GuidelinesHTMLModel.view(document, itemLayout: TaskPageLowering(checked).itemLayout(),
                                 csp: contentSecurityPolicy, style: "")
    }

    /// The Markdown view model (exposed to tests).
    static func markdownView(_ checked: CheckedSpec) -> GuidelinesMarkdownView {
        let document = GuidelinesLowering(checked).document()
        return GuidelinesMarkdownModel.view(document, layout: checked.spec.hit.layout)
    }

    /// The style sheet without indentation, blank lines and whole-line comments.
    static func compactStyle(_ text: String) -> String {
        text.replacingASCII("\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingSpacesAndTabs() }
            .filter { !$0.isEmpty && !($0.hasPrefix("/*") && $0.hasSuffix("*/")) }
            .joined(separator: "\n")
    }

    /// At most one blank line in a row, one final newline:
    /// the template's optional parts leave gaps. Fenced code keeps its lines.
    static func tidy(_ text: String) -> String {
        var out: [Substring] = []
        var fence: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let bare = line.drop { $0 == " " || $0 == ">" }
            if let open = fence {
                out.append(line)
                if bare.hasPrefix(open) && bare.allSatisfy({ $0 == "`" }) { fence = nil }
                continue
            }
            if bare.hasPrefix("```") {
                fence = bare.prefix { $0 == "`" }
                out.append(line)
                continue
            }
            // Trailing spaces stay: cmark-gfm writes hard line breaks as two of them.
            let blank = line.allSatisfy { $0 == " " }
            if blank, out.last?.isEmpty ?? true { continue }
            out.append(blank ? "" : line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}

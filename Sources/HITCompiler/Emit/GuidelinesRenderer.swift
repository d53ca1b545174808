import Foundation

/// Renders guidelines.html and guidelines.md from a checked spec: title, version,
/// purpose, summary, table of contents, sections, every question with its
/// options (or points, or rules), worked examples drawn with the task page's
/// item blocks plus their expected answers and why, FAQ, changelog (newest
/// first) and contact.
///
/// Templates: `guidelines` (HTML, uses `partials/block` for the examples) and
/// `guidelines-md` (Markdown); assets `assets/task.css` and `assets/guidelines.css`.
public enum GuidelinesRenderer {
    /// The Content-Security-Policy of guidelines.html: no script, no request but https images and media.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; media-src https:; base-uri 'none'; form-action 'none'"

    /// guidelines.html: one standalone, printable file (inline CSS, no script).
    ///
    /// - Parameter specPath: the spec file, to read guideline sections written with `file:`.
    /// - Throws: `TemplateError` when a template or asset is missing, does not parse,
    ///   or the result would be unsafe.
    public static func html(_ spec: Spec, templates: TemplateSet, specPath: String) throws -> String {
        let view = try htmlView(spec, templates: templates,
                                sectionBodies: TaskPageRenderer.sectionBodies(spec, specPath: specPath))
        let library = try templates.library()
        guard let html = library.render(view, withTemplate: "guidelines") else { throw TemplateError.missing("guidelines") }
        // No MTurk placeholder here; `${` in text becomes `&#36;{` (the same text once parsed).
        return try PageSafety.finalize(html, placeholder: false)
    }

    /// guidelines.md: the same document in GitHub-flavoured Markdown.
    ///
    /// - Parameter specPath: the spec file, to read guideline sections written with `file:`.
    /// - Throws: `TemplateError` when the template is missing or does not parse.
    public static func markdown(_ spec: Spec, templates: TemplateSet, specPath: String) throws -> String {
        let view = markdownView(spec, sectionBodies: TaskPageRenderer.sectionBodies(spec, specPath: specPath))
        let library = try templates.library()
        guard let text = library.render(view, withTemplate: "guidelines-md") else { throw TemplateError.missing("guidelines-md") }
        return tidy(text)
    }

    /// The HTML view model (exposed to tests).
    static func htmlView(_ spec: Spec, templates: TemplateSet, sectionBodies: [String: String]) throws -> GuidelinesPageView {
        let taskCSS = compactStyle(try templates.asset("assets/task.css"))
        let ownCSS = compactStyle(try templates.asset("assets/guidelines.css"))
        try PageSafety.checkStyle(taskCSS, name: "assets/task.css")
        try PageSafety.checkStyle(ownCSS, name: "assets/guidelines.css")
        let document = GuidelinesLowering(spec: spec, sectionBodies: sectionBodies).document()
        return GuidelinesHTMLModel.view(document, itemLayout: TaskPageLowering(spec: spec).itemLayout(),
                                        csp: contentSecurityPolicy, style: taskCSS + "\n" + ownCSS)
    }

    /// The Markdown view model (exposed to tests).
    static func markdownView(_ spec: Spec, sectionBodies: [String: String]) -> GuidelinesMarkdownView {
        let document = GuidelinesLowering(spec: spec, sectionBodies: sectionBodies).document()
        return GuidelinesMarkdownModel.view(document, layout: spec.hit.layout)
    }

    /// The style sheet without indentation, blank lines and whole-line comments.
    static func compactStyle(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
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

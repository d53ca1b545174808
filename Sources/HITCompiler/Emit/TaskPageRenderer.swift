import Foundation

/// Which page `TaskPageRenderer` writes.
enum TaskPageMode: Sendable {
    /// task.html: the HIT page; items arrive through the `${items}` placeholder
    /// (a platform's batch templating) and the demo items are the fallback.
    case task
    /// preview.html: the same page showing the given items; answers are shown, never sent.
    case preview
}

/// Renders task.html and preview.html from a checked spec with the templates
/// `task` and `partials/**` and the assets `assets/task.js` (with the spec's
/// target modules, `assets/targets/*.js`), `assets/task.css`.
enum TaskPageRenderer {
    /// The page, one self-contained HTML file.
    ///
    /// - Parameters:
    ///   - items: for `.preview`, the items to show (sample rows, field → value;
    ///     CSV values as `.string`); for `.task`, demo items shown when the page is
    ///     opened without a payload (e.g. from disk).
    /// - Throws: `TemplateError` when a template is missing or does not parse, or
    ///   when the result would be unsafe (see `PageSafety`).
    static func render(_ checked: CheckedSpec, mode: TaskPageMode, items: [[String: JSONValue]],
                              templates: TemplateSet) throws -> String {
        try render(checked, mode: mode, items: items, prepared: PreparedTemplates(templates))
    }

    /// The page from templates already prepared (a build renders several pages from one set).
    static func render(_ checked: CheckedSpec, mode: TaskPageMode, items: [[String: JSONValue]],
                       prepared: PreparedTemplates) throws -> String {
        try render(TaskPageLowering(checked).page(mode: mode, items: items), prepared: prepared)
    }

    /// The render stage of one lowered page: its view finished with the templates'
    /// assets, rendered, and made safe (`PageSafety`).
    static func render(_ page: TaskPage, prepared: PreparedTemplates) throws -> String {
        let html = try prepared.render(view(page, prepared: prepared), template: "task",
                                       omitting: prepared.readsItemLayout ? [] : ["itemLayout"])
        return try PageSafety.finalize(html, placeholder: page.mode == .task)
    }

    /// The page's view model (exposed to tests).
    static func view(_ checked: CheckedSpec, mode: TaskPageMode, items: [[String: JSONValue]],
                     templates: TemplateSet) throws -> TaskPageView {
        try view(TaskPageLowering(checked).page(mode: mode, items: items), prepared: PreparedTemplates(templates))
    }

    /// The lowered page's view with what the templates give: the script (its
    /// target modules joined in) and its hash in the security policy, the style,
    /// the configuration as JSON, and the item template rendered (`ItemTemplate`).
    static func view(_ page: TaskPage, prepared: PreparedTemplates) throws -> TaskPageView {
        let script = try prepared.taskScript(modules: page.scriptModules)
        var view = page.view
        view.csp = contentSecurityPolicy(scriptHash: script.hash, connect: page.connectOrigins, formAction: page.formActionOrigins)
        view.configJSON = try PageSafety.scriptJSON(page.config)
        view.script = script.text
        view.style = prepared.taskStyle
        view.itemTemplateHTML = try prepared.itemTemplate(ItemTemplateView(view))
        return view
    }

    /// The policy: nothing but the hashed inline script, inline styles, https
    /// images and media, fetches to the submit origins and form posts to the
    /// targets' submit hosts (neither for the preview, which never sends).
    static func contentSecurityPolicy(scriptHash: String, connect: [String], formAction: [String]) -> String {
        var parts = [
            "default-src 'none'",
            "script-src 'sha256-\(scriptHash)'",
            "style-src 'unsafe-inline'",
            "img-src https: data:",
            "media-src https:",
        ]
        if !connect.isEmpty { parts.append("connect-src " + connect.joined(separator: " ")) }
        parts.append("form-action " + (formAction.isEmpty ? "'none'" : formAction.joined(separator: " ")))
        parts.append("base-uri 'none'")
        return parts.joined(separator: "; ")
    }
}

import Foundation

/// Which page `TaskPageRenderer` writes.
public enum TaskPageMode: Sendable {
    /// task.html: the HIT page; items arrive through the `${items}` placeholder
    /// (a platform's batch templating) and the demo items are the fallback.
    case task
    /// preview.html: the same page showing the given items; answers are shown, never sent.
    case preview
}

/// Renders task.html and preview.html from a checked spec with the templates
/// `task` and `partials/**` and the assets `assets/task.js` (with the spec's
/// target modules, `assets/targets/*.js`), `assets/task.css`.
public enum TaskPageRenderer {
    /// The page, one self-contained HTML file.
    ///
    /// - Parameters:
    ///   - items: for `.preview`, the items to show (sample rows, field → value;
    ///     CSV values as `.string`); for `.task`, demo items shown when the page is
    ///     opened without a payload (e.g. from disk).
    /// - Throws: `TemplateError` when a template is missing or does not parse, or
    ///   when the result would be unsafe (see `PageSafety`).
    public static func render(_ checked: CheckedSpec, mode: TaskPageMode, items: [[String: JSONValue]],
                              templates: TemplateSet) throws -> String {
        try render(checked, mode: mode, items: items, prepared: PreparedTemplates(templates))
    }

    /// The page from templates already prepared (a build renders several pages from one set).
    static func render(_ checked: CheckedSpec, mode: TaskPageMode, items: [[String: JSONValue]],
                       prepared: PreparedTemplates) throws -> String {
        let html = try prepared.render(view(checked, mode: mode, items: items, prepared: prepared), template: "task")
        return try PageSafety.finalize(html, placeholder: mode == .task)
    }

    /// The page's view model (exposed to tests).
    static func view(_ checked: CheckedSpec, mode: TaskPageMode, items: [[String: JSONValue]],
                     templates: TemplateSet) throws -> TaskPageView {
        try view(checked, mode: mode, items: items, prepared: PreparedTemplates(templates))
    }

    static func view(_ checked: CheckedSpec, mode: TaskPageMode, items: [[String: JSONValue]],
                     prepared: PreparedTemplates) throws -> TaskPageView {
        let spec = checked.spec
        let lowering = TaskPageLowering(checked)
        let config = lowering.config(preview: mode == .preview, items: items)
        let summary = spec.guidelines?.summary?.value
        let script = try prepared.taskScript(modules: checked.targets.scriptModules)
        return TaskPageView(
            lang: spec.language.value.text,
            title: checked.title,
            description: spec.description?.value ?? "",
            csp: mode == .preview
                ? contentSecurityPolicy(scriptHash: script.hash, connect: [], formAction: [])
                : contentSecurityPolicy(scriptHash: script.hash, connect: checked.targets.connectOrigins,
                                        formAction: checked.targets.formActionOrigins),
            preview: mode == .preview,
            summaryHTML: summary.map { TaskPageMarkdown.block($0, headingsBelow: 1) },
            guidelines: lowering.guidelines(),
            itemLayout: lowering.itemLayout(),
            legend: lowering.legend(),
            feedback: config.feedback,
            contact: spec.communication?.contact?.value,
            initialProgress: "0 of \(mode == .preview ? items.count : config.itemsPerHit) items answered",
            configJSON: try PageSafety.scriptJSON(config),
            itemsMarker: PageSafety.itemsMarker,
            script: script.text,
            style: prepared.taskStyle)
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

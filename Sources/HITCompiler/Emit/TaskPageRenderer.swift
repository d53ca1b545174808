import Foundation

/// Which page `TaskPageRenderer` writes.
public enum TaskPageMode: Sendable {
    /// task.html: the HIT page; items arrive through the `${items}` placeholder
    /// (MTurk batch templating) and the demo items are the fallback.
    case task
    /// preview.html: the same page showing the given items; answers are shown, never sent.
    case preview
}

/// Renders task.html and preview.html from a checked spec with the templates
/// `task` and `partials/**` and the assets `assets/task.js`, `assets/task.css`.
public enum TaskPageRenderer {
    /// The page, one self-contained HTML file.
    ///
    /// - Parameters:
    ///   - items: for `.preview`, the items to show (sample rows, field → value;
    ///     CSV values as `.string`); for `.task`, demo items shown when the page is
    ///     opened without a payload (e.g. from disk).
    ///   - specPath: the spec file, to read guideline sections written with `file:`;
    ///     without it those sections point to the guideline document.
    /// - Throws: `TemplateError` when a template is missing or does not parse, or
    ///   when the result would be unsafe (see `PageSafety`).
    public static func render(_ spec: Spec, mode: TaskPageMode, items: [[String: JSONValue]],
                              templates: TemplateSet, specPath: String? = nil) throws -> String {
        try render(spec, mode: mode, items: items, prepared: PreparedTemplates(templates),
                   sectionBodies: specPath.map { sectionBodies(spec, specPath: $0) } ?? [:])
    }

    /// The page from templates already prepared (a build renders several pages
    /// from one set) and guideline section files already read.
    static func render(_ spec: Spec, mode: TaskPageMode, items: [[String: JSONValue]],
                       prepared: PreparedTemplates, sectionBodies: [String: String]) throws -> String {
        let html = try prepared.render(view(spec, mode: mode, items: items, prepared: prepared, sectionBodies: sectionBodies),
                                       template: "task")
        return try PageSafety.finalize(html, placeholder: mode == .task)
    }

    /// The page's view model (exposed to tests).
    static func view(_ spec: Spec, mode: TaskPageMode, items: [[String: JSONValue]], templates: TemplateSet,
                     sectionBodies: [String: String]) throws -> TaskPageView {
        try view(spec, mode: mode, items: items, prepared: PreparedTemplates(templates), sectionBodies: sectionBodies)
    }

    static func view(_ spec: Spec, mode: TaskPageMode, items: [[String: JSONValue]], prepared: PreparedTemplates,
                     sectionBodies: [String: String]) throws -> TaskPageView {
        let lowering = TaskPageLowering(spec: spec)
        let config = lowering.config(preview: mode == .preview, items: items)
        let summary = spec.guidelines?.summary?.value
        return TaskPageView(
            lang: spec.language.value.text,
            title: spec.title?.value ?? spec.id?.value ?? "Task",
            description: spec.description?.value ?? "",
            csp: mode == .preview
                ? contentSecurityPolicy(scriptHash: prepared.taskScriptHash, connect: [], formAction: [])
                : contentSecurityPolicy(scriptHash: prepared.taskScriptHash, connect: lowering.connectOrigins(),
                                        formAction: lowering.formActionOrigins()),
            preview: mode == .preview,
            summaryHTML: summary.map { TaskPageMarkdown.block($0, headingsBelow: 1) },
            guidelines: lowering.guidelines(sectionBodies: sectionBodies),
            itemLayout: lowering.itemLayout(),
            legend: lowering.legend(),
            feedback: config.feedback,
            contact: spec.communication?.contact?.value,
            initialProgress: "0 of \(mode == .preview ? items.count : config.itemsPerHit) items answered",
            configJSON: try PageSafety.scriptJSON(config),
            itemsMarker: PageSafety.itemsMarker,
            script: prepared.taskScript,
            style: prepared.taskStyle)
    }

    /// The Markdown of guideline sections written with `file:`, by path as written;
    /// files that cannot be resolved inside the spec's folder or read are left out.
    public static func sectionBodies(_ spec: Spec, specPath: String) -> [String: String] {
        let resolver = PathResolver(specPath: specPath)
        var bodies: [String: String] = [:]
        for section in spec.guidelines?.sections ?? [] {
            guard let file = section.file, case .success(let url) = resolver.resolve(file.value),
                  let bytes = try? InputFile(opening: url.path).readAll(limit: InputFile.maxTextBytes),
                  let text = String(validating: bytes, as: UTF8.self) else { continue }
            bodies[file.value] = text
        }
        return bodies
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

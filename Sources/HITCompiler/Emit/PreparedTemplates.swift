import Foundation
import Mustache

/// A template set made ready to render: every Mustache template parsed once and
/// the page assets minified and checked once, shared by all pages of a build
/// (parsing and minifying per page was most of a build's time).
struct PreparedTemplates: Sendable {
    /// Every template of the set, parsed.
    let library: MustacheLibrary
    /// `assets/task.js` minified, cut at the marker the target modules go to
    /// (`tail` nil: a script without the marker, which takes no modules).
    let taskScriptParts: (head: String, tail: String?)
    /// The target script modules (`assets/targets/<name>.js`) by name, minified and checked.
    let targetScripts: [String: String]
    /// Page scripts already made, by their modules.
    private let scripts = TaskScriptCache()
    /// Item templates already rendered, by their view.
    private let itemTemplates = ItemTemplateCache()
    /// Whether a template reads the page's `itemLayout` (a `task.mustache` override
    /// written before `itemTemplateHTML`); when none does, pages leave it out of their context.
    let readsItemLayout: Bool
    /// `assets/task.css` minified and checked.
    let taskStyle: String
    /// The guideline document's style: `assets/task.css` and `assets/guidelines.css`, compacted and checked.
    let guidelinesStyle: String

    /// Parses and checks `templates`; throws `TemplateError` naming the template or asset at fault.
    init(_ templates: TemplateSet) throws {
        try Self.refuseForbiddenCharacters(templates)
        library = try templates.library()
        readsItemLayout = templates.templates.values.contains { $0.contains("itemLayout") }
        // Minified here, once, in parts (a page's script joins them); each part is
        // checked on its own first, so a problem names its file.
        let source = try templates.asset("assets/task.js")
        if let marker = source.range(of: Self.targetScriptMarker) {
            taskScriptParts = (TaskPageMinifier.script(String(source[..<marker.lowerBound])),
                               TaskPageMinifier.script(String(source[marker.upperBound...])))
        } else {
            taskScriptParts = (TaskPageMinifier.script(source), nil)
        }
        for part in [taskScriptParts.head, taskScriptParts.tail].compactMap({ $0 }) {
            try PageSafety.checkScript(part, name: "assets/task.js")
        }
        var modules: [String: String] = [:]
        for (name, text) in templates.assets.sorted(by: { $0.key < $1.key })
        where name.hasPrefix(Self.targetScriptFolder) && name.hasSuffix(".js") {
            let minified = TaskPageMinifier.script(text)
            try PageSafety.checkScript(minified, name: name)
            modules[String(name.dropFirst(Self.targetScriptFolder.count).dropLast(3))] = minified
        }
        targetScripts = modules
        taskStyle = TaskPageMinifier.style(try templates.asset("assets/task.css"))
        try PageSafety.checkStyle(taskStyle, name: "assets/task.css")
        let guideTaskCSS = GuidelinesRenderer.compactStyle(try templates.asset("assets/task.css"))
        let ownCSS = GuidelinesRenderer.compactStyle(try templates.asset("assets/guidelines.css"))
        try PageSafety.checkStyle(guideTaskCSS, name: "assets/task.css")
        try PageSafety.checkStyle(ownCSS, name: "assets/guidelines.css")
        guidelinesStyle = guideTaskCSS + "\n" + ownCSS
    }

    /// Where the target script modules are among the assets.
    static let targetScriptFolder = "assets/targets/"
    /// The line of `assets/task.js` the modules replace (a script without it gets none).
    static let targetScriptMarker = "  // @hitc-target-modules\n"

    /// The page's script: the minified `assets/task.js` with the minified
    /// target modules `modules` joined in at the marker (every part ends a
    /// statement), checked as a whole (`PageSafety.checkScript`), with its
    /// base64 sha256 for the page's Content-Security-Policy. Made once per list
    /// of modules.
    func taskScript(modules: [String]) throws -> (text: String, hash: String) {
        try scripts.script(for: modules) {
            var text = taskScriptParts.head
            if let tail = taskScriptParts.tail {
                for name in modules {
                    guard let module = targetScripts[name] else { throw TemplateError.missing(Self.targetScriptFolder + name + ".js") }
                    text += module
                }
                text += tail
            }
            try PageSafety.checkScript(text, name: "assets/task.js")
            return (text, Digest.sha256Base64(text))
        }
    }

    /// Renders the template `name` with `view` (as `TemplateContext` values, without
    /// the top-level properties `omitting` names); throws when the template does not exist.
    func render<View: Encodable>(_ view: View, template name: String, omitting: Set<String> = []) throws -> String {
        guard let text = library.render(try TemplateContext.make(view, omitting: omitting), withTemplate: name) else {
            throw TemplateError.missing(name)
        }
        return text
    }

    /// `partials/item` rendered with `view`, once per view (`ItemTemplateCache`).
    func itemTemplate(_ view: ItemTemplateView) throws -> String {
        try itemTemplates.html(for: view) { try render($0, template: "partials/item") }
    }

    /// Refuses a template or asset (a `--templates` override) holding a character
    /// XML 1.0 forbids, naming its file and where in it.
    private static func refuseForbiddenCharacters(_ templates: TemplateSet) throws {
        let files = templates.templates.map { ($0.key + ".mustache", $0.value) } + templates.assets.map { ($0.key, $0.value) }
        for (name, text) in files.sorted(by: { $0.0 < $1.0 }) {
            if let found = ForbiddenCharacters.firstForbiddenInXML(in: text) {
                throw TemplateError.forbiddenCharacter(name, ForbiddenCharacters.describe(found.scalar, at: found.offset, in: text))
            }
        }
    }
}

/// The page scripts a build made, by their list of modules (the task page and
/// the preview share one), so each is spliced, minified and hashed once.
final class TaskScriptCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [[String]: (text: String, hash: String)] = [:]

    func script(for modules: [String], make: () throws -> (text: String, hash: String)) throws -> (text: String, hash: String) {
        lock.lock()
        defer { lock.unlock() }
        if let script = made[modules] { return script }
        let script = try make()
        made[modules] = script
        return script
    }
}

import Mustache

/// A template set made ready to render: every Mustache template parsed once and
/// the page assets minified and checked once, shared by all pages of a build
/// (parsing and minifying per page was most of a build's time).
public struct PreparedTemplates: Sendable {
    /// Every template of the set, parsed.
    let library: MustacheLibrary
    /// `assets/task.js` minified (`TaskPageMinifier.script`) and checked (`PageSafety.checkScript`).
    let taskScript: String
    /// The base64 sha256 of `taskScript`, for the task page's Content-Security-Policy.
    let taskScriptHash: String
    /// `assets/task.css` minified and checked.
    let taskStyle: String
    /// The guideline document's style: `assets/task.css` and `assets/guidelines.css`, compacted and checked.
    let guidelinesStyle: String

    /// Parses and checks `templates`; throws `TemplateError` naming the template or asset at fault.
    public init(_ templates: TemplateSet) throws {
        try Self.refuseForbiddenCharacters(templates)
        library = try templates.library()
        taskScript = TaskPageMinifier.script(try templates.asset("assets/task.js"))
        try PageSafety.checkScript(taskScript, name: "assets/task.js")
        taskScriptHash = Digest.sha256Base64(taskScript)
        taskStyle = TaskPageMinifier.style(try templates.asset("assets/task.css"))
        try PageSafety.checkStyle(taskStyle, name: "assets/task.css")
        let guideTaskCSS = GuidelinesRenderer.compactStyle(try templates.asset("assets/task.css"))
        let ownCSS = GuidelinesRenderer.compactStyle(try templates.asset("assets/guidelines.css"))
        try PageSafety.checkStyle(guideTaskCSS, name: "assets/task.css")
        try PageSafety.checkStyle(ownCSS, name: "assets/guidelines.css")
        guidelinesStyle = guideTaskCSS + "\n" + ownCSS
    }

    /// Renders the template `name` with `view` (as `TemplateContext` values); throws when the template does not exist.
    func render<View: Encodable>(_ view: View, template name: String) throws -> String {
        guard let text = library.render(try TemplateContext.make(view), withTemplate: name) else {
            throw TemplateError.missing(name)
        }
        return text
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

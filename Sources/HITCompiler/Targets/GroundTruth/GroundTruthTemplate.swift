/// `ground_truth/template.liquid.html`: the custom worker task template. It
/// loads `crowd-html-elements.js`, and inside a `crowd-form` carries the
/// guidelines (`short-instructions`: the summary, else the description;
/// `full-instructions`: the full guidelines as guidelines.html shows them) and
/// one `section.gt-item` per item of `task.input.items` (the manifest line's
/// items, `GroundTruthManifest`), each with the spec's layout
/// (`GroundTruthBlocks`) and a hidden `item<N>` holding the item's key. After
/// the items: the optional feedback box and the hidden `hitc_seconds`. The
/// configuration of the inline script (`GroundTruthPageConfig`) and the script
/// itself (`GroundTruthScript`) follow the form.
///
/// So the worker's submission (`annotationData.content`, the JSON of the
/// form's named fields) holds `item<N>` and `item<N>_<question>` as the
/// task page's answers do.
struct GroundTruthTemplate {
    /// Ground Truth's limit on a worker task template (`UiTemplate.Content`), in characters.
    static let characterLimit = 128_000

    /// The template.
    let text: String

    /// The template of `spec`; `guidelines` is the full guidelines' HTML fragment
    /// (nil at check time, before the guidelines are rendered).
    init(_ spec: Spec, title: String, guidelines: String?) {
        let h = GroundTruthHTML.text
        let words = GroundTruthWords(spec)
        var out = "<script src=\"https://assets.crowd.aws/crowd-html-elements.js\"></script>\n"
        out += "<style>\n" + GroundTruthScript.style + "</style>\n"
        out += "<crowd-form>\n"
        out += "<short-instructions>\n"
        if let summary = spec.guidelines?.summary?.value {
            out += GroundTruthHTML.rendered(TaskPageMarkdown.block(summary, headingsBelow: 2))
        } else if let description = spec.description?.value {
            out += "<p>" + h(description) + "</p>\n"
        }
        out += "</short-instructions>\n"
        out += "<full-instructions header=\"\(h(title))\">\n"
        if let guidelines { out += GroundTruthHTML.rendered(guidelines) + "\n" }
        out += "</full-instructions>\n"
        let lang = spec.language.value.text
        out += "<div class=\"gt-task\" lang=\"\(h(lang))\" dir=\"\(TextDirection.of(languageTag: lang).rawValue)\">\n<h1 class=\"gt-title\">\(h(title))</h1>\n"
        if let description = spec.description?.value { out += "<p class=\"gt-description\">\(h(description))</p>\n" }
        out += "{% for item in task.input.items %}\n"
        out += "<section class=\"gt-item\" data-slot=\"{{ forloop.index }}\">\n"
        out += "<h2 class=\"gt-item-title\">"
            + words.html("script-item-title", liquid: ["number": "{{ forloop.index }}", "total": "{{ forloop.length }}"]) + "</h2>\n"
        if let key = spec.data.key?.value {
            out += "<input type=\"hidden\" name=\"item{{ forloop.index }}\" value=\"\(GroundTruthHTML.field(key))\">\n"
        }
        out += GroundTruthBlocks.html(spec.hit.layout, spec.hit, words)
        out += "</section>\n{% endfor %}\n"
        if spec.communication?.feedback == .optional {
            out += "<p class=\"gt-feedback\"><label>\(words.html("page-feedback-label")) \(words.html("page-optional"))<br>"
            out += "<textarea name=\"hitc_feedback\" rows=\"3\"></textarea></label></p>\n"
        }
        out += "<input type=\"hidden\" name=\"hitc_seconds\" value=\"\">\n"
        out += "</div>\n</crowd-form>\n"
        var config = GroundTruthPageConfig(spec.hit)
        config.lang = spec.language.value.text
        config.messages = ScriptMessages.compiled(words.catalogue,
                                                  only: ScriptMessages.used(by: spec, targetKeys: []))
        out += "<script type=\"application/json\" id=\"gt-config\">" + GroundTruthHTML.json(config) + "</script>\n"
        out += "<script>\n" + GroundTruthScript.script + "</script>\n"
        if GroundTruthMarkdownScript.needed(spec.hit.layout), let markdown = GroundTruthMarkdownScript.script {
            out += "<script>\n" + markdown + "</script>\n"
        }
        text = out
    }
}

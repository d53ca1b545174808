/// The spec's per-item layout in the worker task template, inside the Liquid
/// loop over `task.input.items` (the current item is `item`). Every field is
/// a Liquid output through `escape`; a URL is shown (as an image, a link, a
/// player) only when it starts with `https://`, otherwise as text saying so, as
/// on the task page.
///
/// | block | HTML |
/// |---|---|
/// | text (body, heading, quote, mono) | `p`, `h3`, `blockquote`, `p.gt-mono` |
/// | image | `img src alt` (alt from its field) |
/// | link | `a href target="_blank" rel="noopener noreferrer"` with the label |
/// | audio, video | `audio controls`, `video controls` |
/// | markdown | the source as escaped text, rendered in the browser by the task page's renderer (`GroundTruthMarkdownScript`) |
/// | note | the note's Markdown, rendered at build time (cmark-gfm, safe mode) |
/// | columns | a flex row of columns |
enum GroundTruthBlocks {
    /// The HTML of `blocks` for the current item.
    static func html(_ blocks: [LayoutBlock], _ hit: HITDesign) -> String {
        blocks.map { block($0, hit) }.joined()
    }

    static func block(_ block: LayoutBlock, _ hit: HITDesign) -> String {
        switch block.kind {
        case .text(let field, let style):
            let value = GroundTruthHTML.field(field.value)
            switch style {
            case .heading: return "<h3 class=\"gt-text\">\(value)</h3>\n"
            case .body: return "<p class=\"gt-text\">\(value)</p>\n"
            case .quote: return "<blockquote class=\"gt-text\">\(value)</blockquote>\n"
            case .mono: return "<p class=\"gt-text gt-mono\">\(value)</p>\n"
            }
        case .image(let field, let alt):
            let altText = alt.map { GroundTruthHTML.field($0.value) } ?? ""
            return https(field.value, what: "Image",
                         shown: "<figure class=\"gt-image\"><img src=\"{{ url | escape }}\" alt=\"\(altText)\"></figure>")
        case .link(let field, let label):
            let text = label.map(GroundTruthHTML.text) ?? "{{ url | escape }}"
            return https(field.value, what: label.map(GroundTruthHTML.text) ?? "Link",
                         shown: "<p class=\"gt-link\"><a href=\"{{ url | escape }}\" target=\"_blank\" rel=\"noopener noreferrer\">\(text)</a></p>")
        case .audio(let field):
            return https(field.value, what: "Audio",
                         shown: "<div class=\"gt-media\"><audio controls preload=\"none\" src=\"{{ url | escape }}\"></audio></div>")
        case .video(let field):
            return https(field.value, what: "Video",
                         shown: "<div class=\"gt-media\"><video controls preload=\"none\" src=\"{{ url | escape }}\"></video></div>")
        case .markdown(let field):
            return "<div class=\"gt-text gt-markdown\" data-markdown>\(GroundTruthHTML.field(field.value))</div>\n"
        case .note(let text):
            return "<div class=\"gt-note-block\">\(GroundTruthHTML.rendered(TaskPageMarkdown.block(text.value, headingsBelow: 3)))</div>\n"
        case .question(let id):
            guard let question = hit.question(id.value) else { return "" }
            return GroundTruthControls.question(question)
        case .columns(let columns):
            var out = "<div class=\"gt-columns\">\n"
            for column in columns {
                out += "<div class=\"gt-column\">\n" + html(column, hit) + "</div>\n"
            }
            return out + "</div>\n"
        }
    }

    /// `shown` when the field holds an `https://` URL (as `url`), nothing when it
    /// is empty, and otherwise the value as text saying it is not shown.
    static func https(_ field: String, what: String, shown: String) -> String {
        "{% assign url = item.\(field) | strip %}{% assign scheme = url | slice: 0, 8 | downcase %}"
            + "{% if url == \"\" %}{% elsif scheme == \"https://\" %}\(shown)"
            + "{% else %}<p class=\"gt-missing\">\(what) not shown (not an https address): {{ url | escape }}</p>{% endif %}\n"
    }
}

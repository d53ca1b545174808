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
    static func html(_ blocks: [LayoutBlock], _ hit: HITDesign, _ words: GroundTruthWords) -> String {
        blocks.map { block($0, hit, words) }.joined()
    }

    static func block(_ block: LayoutBlock, _ hit: HITDesign, _ words: GroundTruthWords) -> String {
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
            return https(field.value, missing: words.html("guide-image-not-https", liquid: ["address": url]),
                         shown: "<figure class=\"gt-image\"><img src=\"{{ url | escape }}\" alt=\"\(altText)\"></figure>")
        case .link(let field, let label):
            let text = label.map(GroundTruthHTML.text) ?? "{{ url | escape }}"
            let link = label ?? words.catalogue.format("script-link")
            return https(field.value, missing: words.html("guide-link-not-https", text: ["label": link], liquid: ["address": url]),
                         shown: "<p class=\"gt-link\"><a href=\"{{ url | escape }}\" target=\"_blank\" rel=\"noopener noreferrer\">\(text)</a></p>")
        case .audio(let field):
            return https(field.value, missing: words.html("guide-media-not-https", liquid: ["address": url]),
                         shown: "<div class=\"gt-media\"><audio controls preload=\"none\" src=\"{{ url | escape }}\"></audio></div>")
        case .video(let field):
            return https(field.value, missing: words.html("guide-media-not-https", liquid: ["address": url]),
                         shown: "<div class=\"gt-media\"><video controls preload=\"none\" src=\"{{ url | escape }}\"></video></div>")
        case .markdown(let field):
            return "<div class=\"gt-text gt-markdown\" data-markdown>\(GroundTruthHTML.field(field.value))</div>\n"
        case .note(let text):
            return "<div class=\"gt-note-block\">\(GroundTruthHTML.rendered(TaskPageMarkdown.block(text.value, headingsBelow: 3)))</div>\n"
        case .question(let id):
            guard let question = hit.question(id.value) else { return "" }
            return GroundTruthControls.question(question, words)
        case .columns(let columns):
            var out = "<div class=\"gt-columns\">\n"
            for column in columns {
                out += "<div class=\"gt-column\">\n" + html(column, hit, words) + "</div>\n"
            }
            return out + "</div>\n"
        }
    }

    /// The Liquid output of the field's value as `https` reads it.
    static let url = "{{ url | escape }}"

    /// `shown` when the field holds an `https://` URL (as `url`), nothing when it
    /// is empty, and otherwise `missing` (the value as text saying it is not shown).
    static func https(_ field: String, missing: String, shown: String) -> String {
        "{% assign url = item.\(field) | strip %}{% assign scheme = url | slice: 0, 8 | downcase %}"
            + "{% if url == \"\" %}{% elsif scheme == \"https://\" %}\(shown)"
            + "{% else %}<p class=\"gt-missing\">\(missing)</p>{% endif %}\n"
    }
}

/// `appen/cml.xml`: the spec's per-item layout as the CML of an Appen job. Appen
/// shows the CML once per unit (one item), `units_per_assignment` units on a
/// page, and namespaces each unit's form elements itself (CrowdFlower's CML
/// docs: "we display multiple forms in a single page").
///
/// Data reach the page only through `{{ column | escape }}` (`AppenMarkup`);
/// the spec's own text is escaped, braces included, so nothing Liquid or HTML
/// would read comes from it. Blocks are HTML, which CML jobs may mix with
/// CML tags (Appen's "Guide to CML"):
///
/// | block | HTML |
/// |---|---|
/// | text (body, heading, quote, mono) | `p`, `h3`, `blockquote`, `pre`, keeping line breaks |
/// | image | `img src alt` (the alt from its field) |
/// | link | `a href target="_blank" rel="noopener noreferrer"` with the label |
/// | audio, video | `audio controls`, `video controls` |
/// | markdown | the field's Markdown source, as text (W0018) |
/// | note | the note's Markdown as HTML (cmark-gfm's safe mode, as on hitc's own page) |
/// | columns | a flex `div` of one `div` per column |
struct AppenCML {
    /// The document: the layout's elements, one after another.
    let text: String

    init(_ checked: CheckedSpec) {
        let spec = checked.spec
        let goldQuestions = Set(checked.goldItems.flatMap(\.answers.keys))
        let builder = Builder(questions: spec.hit.questions, goldQuestions: goldQuestions)
        var out = ""
        for element in builder.blocks(spec.hit.layout) { element.write(into: &out) }
        text = out
    }

    private struct Builder {
        let questions: [Question]
        let goldQuestions: Set<String>

        func blocks(_ blocks: [LayoutBlock]) -> [AppenElement] { blocks.compactMap(block) }

        func block(_ block: LayoutBlock) -> AppenElement? {
            switch block.kind {
            case .text(let field, let style):
                let (tag, css) = Self.text(style)
                return AppenElement(tag, text: [("style", css)], [.column(column(field))])
            case .image(let field, let alt):
                var attributes: [(String, AppenNode)] = [("src", .column(column(field)))]
                attributes.append(("alt", alt.map { .column(column($0)) } ?? .text("")))
                attributes.append(("style", .text("max-width: 100%")))
                return AppenElement("img", attributes)
            case .link(let field, let label):
                return AppenElement("p", [], [.element(AppenElement("a", [
                    ("href", .column(column(field))), ("target", .text("_blank")), ("rel", .text("noopener noreferrer")),
                ], [label.map { .text($0) } ?? .column(column(field))]))])
            case .audio(let field):
                return AppenElement("audio", [("controls", .text("controls")), ("src", .column(column(field)))])
            case .video(let field):
                return AppenElement("video", [("controls", .text("controls")), ("src", .column(column(field))),
                                              ("style", .text("max-width: 100%"))])
            case .markdown(let field):
                return AppenElement("div", text: [("style", "white-space: pre-wrap")], [.column(column(field))])
            case .note(let text):
                return AppenElement("div", text: [("class", "hitc-note")], [.html(MarkdownRenderer.html(text.value))])
            case .question(let id):
                guard let q = questions.first(where: { $0.id == id.value }) else { return nil }
                return AppenControls.element(q, questions: questions, gold: goldQuestions.contains(q.id))
            case .columns(let columns):
                return AppenElement("div", text: [("style", "display: flex; gap: 1em")], columns.map { column in
                    .element(AppenElement("div", text: [("style", "flex: 1; min-width: 0")], blocks(column).map { .element($0) }))
                })
            }
        }

        func column(_ field: Located<String>) -> String { AppenNames.name(field.value) }

        /// The tag and style of a text block.
        static func text(_ style: LayoutBlock.TextStyle) -> (String, String) {
            switch style {
            case .body: ("p", "white-space: pre-wrap")
            case .heading: ("h3", "white-space: pre-wrap")
            case .quote: ("blockquote", "white-space: pre-wrap")
            case .mono: ("pre", "white-space: pre-wrap")
            }
        }
    }
}

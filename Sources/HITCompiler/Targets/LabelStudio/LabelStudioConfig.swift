/// `label_studio/config.xml`: the spec's per-item layout as a Label Studio
/// labeling config. One Label Studio task is one item; a field is shown through
/// `$<field>` (Label Studio fills it from the task's `data`), links and Markdown
/// as HTML hitc renders safe (`LabelStudioRichText`), and each question is its control
/// (`LabelStudioControls`), labelling the first object the layout shows.
///
/// | block | tag |
/// |---|---|
/// | text (body, heading, quote, mono) | `Text value="$field"`, in a styled `View` for heading, quote, mono |
/// | image | `Image value="$field"` |
/// | link | `HyperText inline value="$hitc_link_<field>"`: a safe link (`LabelStudioRichText`) |
/// | audio, video | `Audio`, `Video` `value="$field"` |
/// | markdown | `HyperText inline value="$hitc_html_<field>"`: the Markdown rendered safe |
/// | note | `HyperText inline` with the note rendered safe as its value |
/// | columns | a flex `View` of one `View` per column |
struct LabelStudioConfig {
    /// The config document.
    let xml: String

    init(_ spec: Spec) {
        let questions = spec.hit.questions
        var names = LabelStudioNames(questionIDs: questions.map(\.id))
        var builder = Builder(questions: questions, names: names)
        var body = builder.blocks(spec.hit.layout)
        if builder.firstObject == nil {
            // Controls need an object to label: show the item's key (or first field).
            let field = spec.data.key?.value ?? spec.data.fields.first?.name ?? "item"
            let name = names.claim(field)
            body.insert(LabelStudioElement("Text", [("name", name), ("value", "$" + field)]), at: 0)
            builder.firstObject = name
        }
        names = builder.names
        let root = LabelStudioElement("View", [], children: builder.resolve(body))
        var out = ""
        root.write(into: &out)
        xml = out
    }

    /// Walks the layout; controls are written with a placeholder `toName`
    /// until the first object is known, then `resolve` fills it.
    private struct Builder {
        let questions: [Question]
        var names: LabelStudioNames
        var firstObject: String?

        static let pendingObject = "\u{0}first-object"

        func question(_ id: String) -> Question? { questions.first { $0.id == id } }

        mutating func blocks(_ blocks: [LayoutBlock]) -> [LabelStudioElement] {
            blocks.flatMap { block($0) }
        }

        mutating func object(_ tag: String, field: String, extra: [(String, String)] = []) -> LabelStudioElement {
            let name = names.claim(field)
            if firstObject == nil { firstObject = name }
            return LabelStudioElement(tag, [("name", name), ("value", "$" + field)] + extra)
        }

        mutating func block(_ block: LayoutBlock) -> [LabelStudioElement] {
            switch block.kind {
            case .text(let field, let style):
                let text = object("Text", field: field.value)
                guard let css = Self.style(style) else { return [text] }
                return [LabelStudioElement("View", [("style", css)], children: [text])]
            case .image(let field, _):
                return [object("Image", field: field.value)]
            case .link(let field, _):
                return [hyperText(field: field.value, key: LabelStudioRichText.linkKey(field.value))]
            case .audio(let field):
                return [object("Audio", field: field.value)]
            case .video(let field):
                return [object("Video", field: field.value)]
            case .markdown(let field):
                return [hyperText(field: field.value, key: LabelStudioRichText.htmlKey(field.value))]
            case .note(let text):
                let name = names.claim("note")
                if firstObject == nil { firstObject = name }
                let html = LabelStudioRichText.staticHTML(LabelStudioRichText.markdown(text.value))
                return [LabelStudioElement("HyperText", [("name", name), ("value", html), ("inline", "true")])]
            case .question(let id):
                guard let q = question(id.value) else { return [] }
                return [LabelStudioControls.question(q, toName: firstObject ?? Self.pendingObject,
                                                     hotkeys: LabelStudioHotkeys.kept(for: q, in: questions), names: &names)]
            case .columns(let columns):
                var views: [LabelStudioElement] = []
                for column in columns {
                    views.append(LabelStudioElement("View", [("style", "flex: 1; min-width: 0")], children: blocks(column)))
                }
                return [LabelStudioElement("View", [("style", "display: flex; gap: 1em")], children: views)]
            }
        }

        /// An inline `HyperText` showing the HTML hitc made for `field` under data key `key`.
        mutating func hyperText(field: String, key: String) -> LabelStudioElement {
            let name = names.claim(field)
            if firstObject == nil { firstObject = name }
            return LabelStudioElement("HyperText", [("name", name), ("value", "$" + key), ("inline", "true")])
        }

        /// The CSS of a text style; nil for body text.
        static func style(_ style: LayoutBlock.TextStyle) -> String? {
            switch style {
            case .body: nil
            case .heading: "font-size: 1.25em; font-weight: bold"
            case .quote: "border-left: 3px solid #ccc; padding-left: 1em; font-style: italic"
            case .mono: "font-family: monospace; white-space: pre-wrap"
            }
        }

        /// `elements` with every pending `toName` set to the first object.
        func resolve(_ elements: [LabelStudioElement]) -> [LabelStudioElement] {
            elements.map { element in
                var element = element
                element.attributes = element.attributes.map { name, value in
                    (name == "toName" && value == Self.pendingObject) ? (name, firstObject ?? value) : (name, value)
                }
                element.children = resolve(element.children)
                return element
            }
        }
    }
}

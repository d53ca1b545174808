import Foundation

/// Spec → the task page's view models (layout blocks, questions, legend,
/// guidelines) and its script configuration. Pure: reads nothing but the
/// checked spec (its guideline section bodies included).
struct TaskPageLowering {
    let checked: CheckedSpec
    /// The typed spec of `checked`.
    var spec: Spec { checked.spec }

    init(_ checked: CheckedSpec) {
        self.checked = checked
    }

    /// The blocks of one item, in layout order.
    func itemLayout() -> ItemLayoutView {
        ItemLayoutView(blocks: spec.hit.layout.compactMap(block))
    }

    /// One block's view model; nil for a question the spec does not define
    /// (the checker reports it; the page leaves it out).
    func block(_ block: LayoutBlock) -> BlockView? {
        var view = BlockView()
        switch block.kind {
        case .text(let field, let style):
            view.text = TextBlockView(field: field.value, isHeading: style == .heading, isBody: style == .body,
                                      isQuote: style == .quote, isMono: style == .mono)
        case .image(let field, let alt):
            view.image = ImageBlockView(field: field.value, altField: alt?.value ?? "")
        case .link(let field, let label):
            view.link = LinkBlockView(field: field.value, linkLabel: label ?? "")
        case .audio(let field):
            view.audio = MediaBlockView(field: field.value)
        case .video(let field):
            view.video = MediaBlockView(field: field.value)
        case .markdown(let field):
            view.markdown = MarkdownBlockView(field: field.value)
        case .note(let text):
            view.note = NoteBlockView(noteHTML: TaskPageMarkdown.block(text.value, headingsBelow: 2))
        case .question(let id):
            guard let question = spec.hit.question(id.value) else { return nil }
            view.question = self.question(question)
        case .columns(let columns):
            view.columns = ColumnsBlockView(columnList: columns.map { ColumnView(blocks: $0.compactMap(self.block)) })
        }
        return view
    }

    /// A question's fieldset.
    func question(_ q: Question) -> QuestionView {
        var view = QuestionView(id: q.id, type: q.typeName, display: "", prompt: q.prompt.value,
                                optionalMark: !q.required && !q.prompt.value.lowercased().contains("optional"),
                                hintHTML: q.hint.map { TaskPageMarkdown.block($0, headingsBelow: 2) })
        q.kind.type.pageControl(into: &view)
        return view
    }

    /// A number for an HTML attribute: `10`, `0.5`, never `10.0`.
    static func number(_ value: Double) -> String {
        NumberText.plain(value)
    }

    /// The hotkey legend: option keys per question (layout order), then the page's own keys.
    func legend() -> LegendView {
        var groups: [LegendGroupView] = []
        for id in spec.hit.questionOrder {
            guard let q = spec.hit.question(id.value), let choice = q.choice else { continue }
            let keys = choice.options.compactMap { option in
                option.key.map { LegendKeyView(key: $0.value, keyLabel: option.label) }
            }
            if !keys.isEmpty { groups.append(LegendGroupView(groupPrompt: q.prompt.value, keys: keys)) }
        }
        groups.append(LegendGroupView(groupPrompt: "Moving around", keys: [
            LegendKeyView(key: "j", keyLabel: "next item (also n)"),
            LegendKeyView(key: "k", keyLabel: "previous item (also p)"),
            LegendKeyView(key: "?", keyLabel: "show or hide these shortcuts"),
        ]))
        return LegendView(groups: groups)
    }

    /// The guidelines shown inside the page; nil when the spec has none.
    func guidelines() -> GuidelinesView? {
        guard let g = spec.guidelines, !(g.sections.isEmpty && g.faq.isEmpty) else { return nil }
        let sections = g.sections.map { section -> GuidelineSectionView in
            let markdown = section.body?.value
                ?? section.file.flatMap { checked.sectionBodies[$0.value] }
                ?? "See the full guideline document."
            return GuidelineSectionView(sectionTitle: section.title.value,
                                        sectionHTML: TaskPageMarkdown.block(markdown, headingsBelow: 2))
        }
        let faq = g.faq.map {
            FAQEntryView(faqQuestionHTML: TaskPageMarkdown.inline($0.question.value),
                         faqAnswerHTML: TaskPageMarkdown.block($0.answer.value, headingsBelow: 2))
        }
        return GuidelinesView(guidelinesTitle: checked.title,
                              guidelinesVersion: checked.version.description,
                              sections: sections, faq: faq.isEmpty ? nil : FAQView(entries: faq))
    }

    /// The script's configuration.
    func config(preview: Bool, items: [[String: JSONValue]]) -> TaskPageConfig {
        var questions: [TaskPageConfig.QuestionConfig] = []
        for id in spec.hit.questionOrder {
            guard let q = spec.hit.question(id.value) else { continue }
            var c = TaskPageConfig.QuestionConfig(id: q.id, type: q.typeName, display: "", required: q.required)
            q.kind.type.pageConfig(into: &c)
            let conditions = q.visibleIf.map {
                TaskPageConfig.VisibleIfConfig(question: $0.question.value, values: $0.values.map(\.value))
            }
            c.visibleIf = conditions.isEmpty ? nil : conditions
            questions.append(c)
        }
        let targets = spec.targets
        return TaskPageConfig(
            task: checked.id,
            taskVersion: checked.version.description,
            preview: preview,
            itemsPerHit: checked.itemsPerHit,
            keyField: spec.data.key?.value,
            questions: questions,
            feedback: spec.communication?.feedback == .optional,
            prolific: targets?.prolific.map {
                TaskPageConfig.ProlificConfig(completionCode: $0.completionCode.value, submitUrl: $0.submitURL?.value)
            },
            generic: targets?.generic.map { TaskPageConfig.GenericConfig(submitUrl: $0.submitURL.value) },
            mturk: targets?.mturk.map { _ in TaskPageConfig.MTurkConfig(submitOrigins: MTurkQuestion.submitOrigins) },
            demoItems: items)
    }

    /// Origins the page may `fetch` (the generic and Prolific submit URLs), sorted.
    /// A submit URL whose origin cannot be named was refused at check time (E0209).
    func connectOrigins() -> [String] {
        let urls = [spec.targets?.generic?.submitURL.value, spec.targets?.prolific?.submitURL?.value].compactMap { $0 }
        return Set(urls.compactMap { try? HTTPSURL.origin($0).get() }).sorted()
    }

    /// Origins the page's form may post to, sorted: MTurk's submit hosts when the
    /// spec targets MTurk (the form posts to `turkSubmitTo`), and the submit
    /// origins (the page sends there with `fetch`; a template override may post a form).
    /// Prolific needs none: the page fetches its submit URL, then navigates to Prolific.
    func formActionOrigins() -> [String] {
        let mturk = spec.targets?.mturk == nil ? [] : MTurkQuestion.submitOrigins
        return Set(mturk + connectOrigins()).sorted()
    }
}

/// Markdown for the page: cmark-gfm in safe mode, headings moved below the
/// page's own, and an inline form for places that allow phrasing content only.
enum TaskPageMarkdown {
    /// Block HTML with Markdown headings demoted so the first level becomes `headingsBelow + 1`.
    static func block(_ markdown: String, headingsBelow level: Int) -> String {
        modernTableAlignment(MarkdownRenderer.html(markdown, headingsBelow: level))
    }

    /// cmark-gfm writes table alignment as `align="..."`, which HTML5 made obsolete
    /// (the W3C checker reports it as an error); an inline style says the same.
    static func modernTableAlignment(_ html: String) -> String {
        guard html.containsASCII(" align=\"") else { return html }
        var out = html
        for side in ["left", "center", "right"] {
            out = out.replacingASCII(" align=\"\(side)\"", with: " style=\"text-align: \(side)\"")
        }
        return out
    }

    /// Phrasing HTML for a one-paragraph text (an option hint inside a `<label>`);
    /// anything with block structure falls back to escaped plain text.
    static func inline(_ markdown: String) -> String {
        let html = MarkdownRenderer.html(markdown).trimmingWhitespace()
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") {
            let inner = html.dropFirst(3).dropLast(4)
            let blockTags = ["<p>", "<p ", "<ul", "<ol", "<li", "<div", "<pre", "<table", "<blockquote", "<h", "<hr"]
            if !blockTags.contains(where: { inner.containsASCII($0) }) { return String(inner) }
        }
        return escape(markdown)
    }

    /// `&`, `<`, `>`, `"`, `'` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Headings moved below the page's own (`HeadingDemotion`).
    static func demoteHeadings(_ html: String, by: Int) -> String {
        HeadingDemotion.html(html, below: by)
    }
}

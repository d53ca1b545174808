import Foundation

/// Spec → the task page's view models (layout blocks, questions, legend,
/// guidelines) and its script configuration. Pure: reads nothing but the
/// checked spec (its guideline section bodies included).
struct TaskPageLowering {
    let checked: CheckedSpec
    /// The words hitc writes on the page, in the spec's language.
    let messages: MessageCatalogue
    /// The typed spec of `checked`.
    var spec: Spec { checked.spec }

    init(_ checked: CheckedSpec) {
        self.checked = checked
        messages = checked.messages
    }

    /// The page `mode` shows with `items` (the preview's items, or the task page's demo
    /// items): its view and script configuration. The render stage adds what
    /// the templates give (the script and its hash, the style) and the configuration's JSON.
    func page(mode: TaskPageMode, items: [[String: JSONValue]]) -> TaskPage {
        shown(common(items: items), mode: mode, items: items)
    }

    /// task.html and preview.html, lowered once: they differ only in what `shown` sets.
    func pages(items: [[String: JSONValue]]) -> (task: TaskPage, preview: TaskPage) {
        let page = common(items: items)
        return (shown(page, mode: .task, items: items), shown(page, mode: .preview, items: items))
    }

    /// What both pages share (the view and configuration of the task page).
    private func common(items: [[String: JSONValue]]) -> TaskPage {
        let config = config(preview: false, items: items)
        let view = TaskPageView(
            lang: spec.language.value.text,
            dir: TextDirection.of(languageTag: spec.language.value.text).rawValue,
            t: messages.htmlTexts(prefix: "page-"),
            legendKeysHTML: messages.formatHTML("page-legend-submit", ["key": .html("<kbd>\(messages.formatHTML("page-legend-key-ctrl-enter"))</kbd>"),
                                                                      "macKey": .text("⌘+Enter")])
                + " " + messages.formatHTML("page-legend-escape", ["key": .html("<kbd>\(messages.formatHTML("page-legend-key-escape"))</kbd>")]),
            title: checked.title,
            description: spec.description?.value ?? "",
            csp: "",
            preview: false,
            summaryHTML: spec.guidelines?.summary.map { MarkdownBlock($0.value, headingsBelow: 1) },
            guidelines: guidelines(),
            itemLayout: itemLayout(),
            legend: legend(),
            feedback: config.feedback,
            contact: spec.communication?.contact?.value,
            contactHTML: (spec.communication?.contact?.value).map { contact in
                let address = MarkupEscaping.escaped(contact)
                return messages.formatHTML("page-contact", ["contact": .html("<a href=\"mailto:\(address)\">\(address)</a>")])
            },
            initialProgress: "",
            configJSON: "",
            itemsMarker: PageSafety.itemsMarker,
            script: "",
            style: "")
        return TaskPage(mode: .task, view: view, config: config, scriptModules: checked.targets.scriptModules,
                        connectOrigins: [], formActionOrigins: [])
    }

    /// `page` as `mode` shows it: the preview flag, the progress line, and the
    /// origins the page may send to (none for the preview, which never sends).
    private func shown(_ page: TaskPage, mode: TaskPageMode, items: [[String: JSONValue]]) -> TaskPage {
        var page = page
        let preview = mode == .preview
        page.mode = mode
        page.view.preview = preview
        page.config.preview = preview
        page.view.initialProgress = messages.format("script-progress", ["answered": .number(0), "total": .number(preview ? items.count : page.config.itemsPerHit)])
        page.connectOrigins = preview ? [] : checked.targets.connectOrigins
        page.formActionOrigins = preview ? [] : checked.targets.formActionOrigins
        return page
    }

    /// The blocks of one item, in layout order.
    func itemLayout() -> ItemLayoutView {
        ItemLayoutView(blocks: spec.hit.layout.compactMap(block))
    }

    /// One block's view model; nil for a question the spec does not define
    /// (the checker reports it; the page leaves it out).
    func block(_ block: LayoutBlock) -> BlockView? {
        var view = BlockView(blockLabel: block.caption)
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
            view.note = NoteBlockView(noteHTML: MarkdownBlock(text.value, headingsBelow: 2))
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
                                hintHTML: q.hint.map { MarkdownBlock($0, headingsBelow: 2) })
        q.kind.type.pageControl(into: &view, messages: messages)
        // A pairwise side holding a markdown field is rendered as the script renders markdown blocks.
        if var pair = view.pairwise {
            pair.leftMarkdown = spec.data.field(named: pair.leftField)?.type.value == .markdown
            pair.rightMarkdown = spec.data.field(named: pair.rightField)?.type.value == .markdown
            view.pairwise = pair
        }
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
        groups.append(LegendGroupView(groupPrompt: messages.format("page-legend-moving"), keys: [
            LegendKeyView(key: "j", keyLabel: messages.format("page-legend-next")),
            LegendKeyView(key: "k", keyLabel: messages.format("page-legend-previous")),
            LegendKeyView(key: "?", keyLabel: messages.format("page-legend-toggle")),
        ]))
        return LegendView(groups: groups)
    }

    /// The guidelines shown inside the page; nil when the spec has none.
    func guidelines() -> GuidelinesView? {
        guard let g = spec.guidelines, !(g.sections.isEmpty && g.faq.isEmpty) else { return nil }
        let sections = g.sections.map { section -> GuidelineSectionView in
            let markdown = section.body?.value
                ?? section.file.flatMap { checked.sectionBodies[$0.value] }
                ?? MarkdownText.plain(messages.format("page-guidelines-link")).markdownSource
            return GuidelineSectionView(sectionTitle: section.title.value,
                                        sectionHTML: MarkdownBlock(markdown, headingsBelow: 2))
        }
        let faq = g.faq.map {
            FAQEntryView(faqQuestionHTML: MarkdownInline($0.question.value),
                         faqAnswerHTML: MarkdownBlock($0.answer.value, headingsBelow: 2))
        }
        return GuidelinesView(guidelinesTitle: checked.title,
                              guidelinesSummary: messages.format("page-guidelines-version", ["version": .text(checked.version.description)]),
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
        return TaskPageConfig(
            lang: spec.language.value.text,
            dir: TextDirection.of(languageTag: spec.language.value.text).rawValue,
            messages: ScriptMessages.compiled(messages, only: ScriptMessages.used(
                by: spec, targetKeys: Set(checked.targets.all.compactMap(\.target.specKey)))),
            task: checked.id,
            taskVersion: checked.version.description,
            preview: preview,
            itemsPerHit: checked.itemsPerHit,
            keyField: spec.data.key?.value,
            questions: questions,
            feedback: spec.communication?.feedback == .optional,
            autoAdvance: spec.hit.autoAdvance,
            targets: checked.targets.pageConfig,
            demoItems: items)
    }
}

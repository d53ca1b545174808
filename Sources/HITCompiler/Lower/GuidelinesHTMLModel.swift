import Foundation

/// View models of guidelines.html (`Templates/guidelines.mustache`).
///
/// The worked examples are drawn with the task page's own block partials
/// (`partials/block`), so while Mustache renders a block it looks names up
/// through these models too (a nil optional counts as missing). No property here
/// shares its name with a property of a task page view model (a test checks it),
/// and every name the template uses exists here (another test checks that).
/// Strings are plain text (escaped by Mustache); a name ending in `HTML` holds the
/// author's Markdown (`MarkdownBlock`, `MarkdownInline`), HTML once rendered.

/// The whole document.
struct GuidelinesPageView: Encodable, Sendable {
    /// BCP 47 tag for `<html lang>`.
    var docLang: String
    var docTitle: String
    var docDescription: String?
    var docVersion: String?
    /// The Content-Security-Policy meta value (no scripts at all).
    var docCSP: String
    /// task.css and guidelines.css, compacted.
    var docStyle: String
    var tocEntries: [TOCEntryView]
    var purposePart: PurposePartView?
    /// The summary, rendered.
    var inShortHTML: MarkdownBlock?
    var docSections: [DocSectionView]
    var questionsPart: QuestionsPartView?
    var examplesPart: ExamplesPartView?
    var faqPart: FAQPartView?
    var changelogPart: ChangelogPartView?
    var contactPart: ContactPartView?
    /// Headings of the fixed parts (the same words as the table of contents).
    var headingPurpose: String
    var headingSummary: String
    var headingQuestions: String
    var headingExamples: String
    var headingFAQ: String
    var headingChangelog: String
    var headingContact: String
    /// `<html dir>`.
    var docDir: String
    /// hitc's own words without variables (`page-*` for the task page's partials,
    /// `guide-*`), HTML-escaped, by message id. Shares its name with the task
    /// page's `t` on purpose: the example blocks use the page's partials.
    var t: [String: String]
    /// The window title, "Guidelines: …".
    var docWindowTitle: String
    /// "Guidelines · version 2".
    var docKicker: String
    /// The contact sentence with its link, HTML.
    var contactLineHTML: String?
}

struct TOCEntryView: Encodable, Sendable {
    var tocAnchor: String
    var tocLabel: String
}

struct PurposePartView: Encodable, Sendable {
    var purposeLines: [PurposeLineView]
}

struct PurposeLineView: Encodable, Sendable {
    var lineName: String
    var lineText: String
}

struct DocSectionView: Encodable, Sendable {
    var docSectionAnchor: String
    var docSectionTitle: String
    var docSectionHTML: MarkdownBlock
}

struct QuestionsPartView: Encodable, Sendable {
    var guideQuestions: [GuideQuestionView]
}

struct GuideQuestionView: Encodable, Sendable {
    var guideQuestionAnchor: String
    var guideQuestionPrompt: String
    var guideQuestionHintHTML: MarkdownBlock?
    var ruleLines: [RuleLineView]
    var choiceTable: ChoiceTableView?
}

struct RuleLineView: Encodable, Sendable {
    var ruleText: String
    var ruleCode: String?
}

/// Options (label and key) or scale points in the first column; what they mean
/// (hint or point label) and the examples that use them in the second, so the
/// table stays two columns wide on a phone.
struct ChoiceTableView: Encodable, Sendable {
    var tableIsScale: Bool
    var tableHasKeys: Bool
    /// The second column's heading; nil when no row has a meaning or an example.
    var detailsHeading: String?
    var choiceRows: [ChoiceRowView]
}

struct ChoiceRowView: Encodable, Sendable {
    var choiceLabel: String
    var choicePointLabel: String?
    var choiceKey: String?
    /// Inline HTML of the option's hint.
    var choiceHintHTML: MarkdownInline?
    var choiceHasExamples: Bool
    var choiceExamples: [ExampleRefView]
    /// A multi_choice option chosen alone (`exclusive: true`): the list says it clears the others.
    var choiceExclusive: Bool
}

struct ExampleRefView: Encodable, Sendable {
    var refAnchor: String
    var refText: String
}

struct ExamplesPartView: Encodable, Sendable {
    var guideExamples: [GuideExampleView]
}

struct GuideExampleView: Encodable, Sendable {
    var guideExampleAnchor: String
    var guideExampleHeading: String
    /// The task page's blocks with this example's values filled in; no questions.
    var exampleBlocks: [BlockView]
    var expectedAnswers: [ExpectedAnswerView]
    var whyText: String?
}

struct ExpectedAnswerView: Encodable, Sendable {
    var expectedPrompt: String
    var expectedLabels: [ExpectedLabelView]
}

struct ExpectedLabelView: Encodable, Sendable {
    var expectedLabel: String
    var expectedKey: String?
    /// A free-text answer, shown in quotes.
    var expectedQuoted: Bool
}

struct FAQPartView: Encodable, Sendable {
    var faqItems: [FAQItemView]
}

struct FAQItemView: Encodable, Sendable {
    var faqAnchor: String
    /// Inline HTML of the question.
    var askHTML: MarkdownInline
    var replyHTML: MarkdownBlock
}

struct ChangelogPartView: Encodable, Sendable {
    var changes: [ChangeView]
}

struct ChangeView: Encodable, Sendable {
    var changeVersion: String
    var changeDate: String?
    /// The date as the language writes it in full.
    var changeDateText: String
    var changeNotes: String
}

struct ContactPartView: Encodable, Sendable {
    var contactText: String
    var contactHref: String?
}

/// `GuidelinesDocument` → `GuidelinesPageView`.
enum GuidelinesHTMLModel {
    /// Markdown headings of sections, the summary and FAQ answers sit below the
    /// part's `<h2>`/`<h3>`; those of example fields below the example's `<h3>`.
    static func view(_ doc: GuidelinesDocument, itemLayout: ItemLayoutView, csp: String, style: String) -> GuidelinesPageView {
        GuidelinesPageView(
            docLang: doc.lang,
            docTitle: doc.title,
            docDescription: doc.description,
            docVersion: doc.version,
            docCSP: csp,
            docStyle: style,
            tocEntries: GuidelinesLowering.contents(doc).map { TOCEntryView(tocAnchor: $0.anchor, tocLabel: $0.label) },
            purposePart: doc.purpose.isEmpty ? nil
                : PurposePartView(purposeLines: doc.purpose.map { PurposeLineView(lineName: $0.name, lineText: $0.text) }),
            inShortHTML: doc.summary.map { markdownHTML($0, headingsBelow: 2) },
            docSections: doc.sections.map {
                DocSectionView(docSectionAnchor: $0.anchor, docSectionTitle: $0.title,
                               docSectionHTML: markdownHTML($0.body, headingsBelow: 2))
            },
            questionsPart: doc.questions.isEmpty ? nil : QuestionsPartView(guideQuestions: doc.questions.map { question($0, messages: doc.messages) }),
            examplesPart: doc.examples.isEmpty ? nil : ExamplesPartView(guideExamples: doc.examples.map {
                example($0, itemLayout: itemLayout, messages: doc.messages)
            }),
            faqPart: doc.faq.isEmpty ? nil : FAQPartView(faqItems: doc.faq.enumerated().map { i, entry in
                FAQItemView(faqAnchor: "faq-\(i + 1)", askHTML: MarkdownInline(entry.question),
                            replyHTML: markdownHTML(entry.answer, headingsBelow: 3))
            }),
            changelogPart: doc.changelog.isEmpty ? nil : ChangelogPartView(changes: doc.changelog.map {
                ChangeView(changeVersion: $0.version, changeDate: $0.date, changeDateText: $0.dateText ?? $0.date ?? "", changeNotes: $0.notes)
            }),
            contactPart: doc.contact.map { ContactPartView(contactText: $0.text, contactHref: $0.href) },
            headingPurpose: doc.messages.format(GuidelinesLowering.Heading.purpose),
            headingSummary: doc.messages.format(GuidelinesLowering.Heading.summary),
            headingQuestions: doc.messages.format(GuidelinesLowering.Heading.questions),
            headingExamples: doc.messages.format(GuidelinesLowering.Heading.examples),
            headingFAQ: doc.messages.format(GuidelinesLowering.Heading.faq),
            headingChangelog: doc.messages.format(GuidelinesLowering.Heading.changelog),
            headingContact: doc.messages.format(GuidelinesLowering.Heading.contact),
            docDir: TextDirection.of(languageTag: doc.lang).rawValue,
            t: doc.messages.htmlTexts(prefix: "page-")
                .merging(doc.messages.htmlTexts(prefix: "guide-")) { a, _ in a }
                .merging(doc.messages.htmlTexts(prefix: "script-image-failed")) { a, _ in a },
            docWindowTitle: doc.messages.format("guide-title", ["title": .text(doc.title)]),
            docKicker: doc.messages.format("guide-kicker-version", ["version": .text(doc.version ?? "")]),
            contactLineHTML: doc.contact.map { contact in
                let text = MarkupEscaping.escaped(contact.text)
                let link = contact.href.map { "<a href=\"\(MarkupEscaping.escaped($0))\">\(text)</a>" } ?? text
                return doc.messages.formatHTML("guide-contact-line", ["contact": .html(link)])
            })
    }

    /// The author's Markdown, to become HTML in the render stage: headings ranked below
    /// `level`, table alignment as a style (HTML5 has no `align`), and each table
    /// in a scroll box (a phone scrolls a wide table instead of squeezing its words),
    /// focusable so a keyboard can scroll it too.
    static func markdownHTML(_ markdown: String, headingsBelow level: Int) -> MarkdownBlock {
        MarkdownBlock(markdown, headingsBelow: level, scrollingTables: true)
    }

    static func question(_ q: GuidelinesDocument.QuestionEntry, messages: MessageCatalogue) -> GuideQuestionView {
        var table: ChoiceTableView?
        if !q.choices.isEmpty {
            let rows = q.choices.map { choice in
                ChoiceRowView(choiceLabel: choice.label, choicePointLabel: choice.pointLabel, choiceKey: choice.key,
                              choiceHintHTML: choice.hint.map(MarkdownInline.init),
                              choiceHasExamples: !choice.examples.isEmpty,
                              choiceExamples: choice.examples.map { ExampleRefView(refAnchor: "example-\($0)", refText: messages.format("guide-example-ref", ["number": .number($0)])) },
                              choiceExclusive: choice.exclusive)
            }
            let meanings = q.choices.contains { $0.hint != nil || $0.pointLabel != nil }
            let examples = q.choices.contains { !$0.examples.isEmpty }
            let heading = meanings ? messages.format(q.isScale ? "guide-col-meaning" : "guide-col-when") : (examples ? messages.format("guide-col-examples") : nil)
            table = ChoiceTableView(tableIsScale: q.isScale, tableHasKeys: q.choices.contains { $0.key != nil },
                                    detailsHeading: heading, choiceRows: rows)
        }
        return GuideQuestionView(guideQuestionAnchor: q.anchor, guideQuestionPrompt: q.prompt,
                                 guideQuestionHintHTML: q.hint.map { markdownHTML($0, headingsBelow: 3) },
                                 ruleLines: q.rules.map { RuleLineView(ruleText: $0.text, ruleCode: $0.code) },
                                 choiceTable: table)
    }

    static func example(_ example: GuidelinesDocument.ExampleEntry, itemLayout: ItemLayoutView, messages: MessageCatalogue) -> GuideExampleView {
        GuideExampleView(
            guideExampleAnchor: example.anchor,
            guideExampleHeading: messages.format("guide-example", ["number": .number(example.number)]),
            exampleBlocks: GuidelinesExampleBlocks.fill(itemLayout.blocks, values: example.values, messages: messages),
            expectedAnswers: example.answers.map { answer in
                ExpectedAnswerView(expectedPrompt: answer.prompt, expectedLabels: answer.labels.map {
                    ExpectedLabelView(expectedLabel: $0.label, expectedKey: $0.key, expectedQuoted: $0.isText)
                })
            },
            whyText: example.why)
    }
}

/// The task page's item blocks filled with one item's values, as the page's
/// script would fill them (task.js `fill`): empty values leave their block out,
/// images, media and links need an https address (otherwise the value is shown
/// as text), Markdown fields are rendered safely. Questions are left out: the
/// example shows its expected answers separately.
enum GuidelinesExampleBlocks {
    static func fill(_ blocks: [BlockView], values: [String: String], messages: MessageCatalogue = .english) -> [BlockView] {
        blocks.compactMap { fill($0, values: values, messages: messages) }
    }

    static func fill(_ block: BlockView, values: [String: String], messages: MessageCatalogue = .english) -> BlockView? {
        func value(_ field: String) -> String? {
            guard let v = values[field], !v.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return v
        }
        var block = block
        if let pair = block.question?.pairwise { return PairwiseExample.sides(pair, values: values) }
        if block.question != nil { return nil }
        if var text = block.text {
            guard let v = value(text.field) else { return nil }
            text.textValue = v
            block.text = text
        } else if var image = block.image {
            guard let v = value(image.field) else { return nil }
            guard isHTTPS(v) else { return missing(image.field, messages.format("guide-image-not-https", ["address": .text(v)]), caption: block.blockLabel) }
            image.imageSrc = v
            image.imageAlt = values[image.altField] ?? ""
            block.image = image
        } else if var link = block.link {
            guard let v = value(link.field) else { return nil }
            if link.linkLabel.trimmingCharacters(in: .whitespaces).isEmpty { link.linkLabel = v }
            guard isHTTPS(v) else { return missing(link.field, messages.format("guide-link-not-https", ["label": .text(link.linkLabel), "address": .text(v)])) }
            link.linkHref = v
            block.link = link
        } else if var media = block.audio ?? block.video {
            guard let v = value(media.field) else { return nil }
            guard isHTTPS(v) else { return missing(media.field, messages.format("guide-media-not-https", ["address": .text(v)]), caption: block.blockLabel) }
            media.mediaSrc = v
            if block.audio != nil { block.audio = media } else { block.video = media }
        } else if var markdown = block.markdown {
            guard let v = value(markdown.field) else { return nil }
            markdown.markdownHTML = GuidelinesHTMLModel.markdownHTML(v, headingsBelow: 3)
            block.markdown = markdown
        } else if var columns = block.columns {
            columns.columnList = columns.columnList.map { ColumnView(blocks: fill($0.blocks, values: values, messages: messages)) }
                .filter { !$0.blocks.isEmpty }
            if columns.columnList.isEmpty { return nil }
            block.columns = columns
        }
        return block
    }

    /// A body text block in place of a value that cannot be shown as what it is.
    static func missing(_ field: String, _ message: String, caption: String? = nil) -> BlockView {
        var block = BlockView(blockLabel: caption)
        block.text = TextBlockView(field: field, isHeading: false, isBody: true, isQuote: false, isMono: false, textValue: message)
        return block
    }

    /// An absolute https URL with a host, as the data check accepts it (`HTTPSURL`).
    static func isHTTPS(_ value: String) -> Bool {
        HTTPSURL.problem(String(value.trimmingSpacesAndTabs())) == nil
    }
}

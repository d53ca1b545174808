import Foundation

/// View models of guidelines.md (`Templates/guidelines-md.mustache`). Every
/// value that reaches the output is a `MarkdownText` (escaped plain text or
/// rewritten Markdown), never a bare `String`: the template renders with
/// Mustache's TEXT content type, and a test checks that no `String` is left here.

struct GuidelinesMarkdownView: Encodable, Sendable {
    var mdTitle: MarkdownText
    var mdDescription: MarkdownText?
    var mdVersion: MarkdownText?
    var mdContents: [MDContentsEntry]
    var mdPurposePart: MDPurposePart?
    var mdSummary: MarkdownText?
    var mdSections: [MDSection]
    var mdQuestionsPart: MDQuestionsPart?
    var mdExamplesPart: MDExamplesPart?
    var mdFAQPart: MDFAQPart?
    var mdChangelogPart: MDChangelogPart?
    var mdContact: MarkdownText?
    /// Headings of the fixed parts.
    var headingPurpose: MarkdownText
    var headingSummary: MarkdownText
    var headingQuestions: MarkdownText
    var headingExamples: MarkdownText
    var headingFAQ: MarkdownText
    var headingChangelog: MarkdownText
    var headingContact: MarkdownText
    /// hitc's own words without variables (`guide-*`), Markdown-escaped, by message id.
    var mdT: [String: MarkdownText]
    /// "Guidelines, version 2".
    var mdKicker: MarkdownText
    /// The contact sentence with its link.
    var mdContactLine: MarkdownText?
}

struct MDContentsEntry: Encodable, Sendable {
    var contentsLabel: MarkdownText
}

struct MDPurposePart: Encodable, Sendable {
    var mdPurposeLines: [MDPurposeLine]
}

struct MDPurposeLine: Encodable, Sendable {
    var purposeName: MarkdownText
    var purposeText: MarkdownText
}

struct MDSection: Encodable, Sendable {
    var mdSectionTitle: MarkdownText
    var mdSectionBody: MarkdownText
}

struct MDQuestionsPart: Encodable, Sendable {
    var mdQuestions: [MDQuestion]
}

struct MDQuestion: Encodable, Sendable {
    var mdPrompt: MarkdownText
    var mdHint: MarkdownText?
    var mdRules: MarkdownText
    var mdTable: MDTable?
}

/// A GFM table of options or scale points; the flags choose the columns.
struct MDTable: Encodable, Sendable {
    var mdIsScale: Bool
    var mdHasKeys: Bool
    var mdHasMeanings: Bool
    var mdHasExamples: Bool
    var mdRows: [MDRow]
}

struct MDRow: Encodable, Sendable {
    var rowLabel: MarkdownText
    var rowKey: MarkdownText
    var rowMeaning: MarkdownText
    var rowExamples: MarkdownText
    /// A multi_choice option chosen alone (`exclusive: true`).
    var rowExclusive: Bool
}

struct MDExamplesPart: Encodable, Sendable {
    var mdExamples: [MDExample]
}

struct MDExample: Encodable, Sendable {
    var mdExampleHeading: MarkdownText
    /// The item's blocks, each a block quote; a `>` line goes between them.
    var mdItemBlocks: MDItemBlocks
    var mdAnswers: [MDAnswer]
    var mdWhy: MarkdownText?
}

/// An example item's blocks, quoted when the render stage encodes them: the
/// author's Markdown is rewritten then, and a block it leaves empty is dropped.
struct MDItemBlocks: Encodable, Sendable {
    var blocks: [MarkdownText]

    func encode(to encoder: any Encoder) throws {
        let shown = blocks.filter { !$0.markdownSource.isEmpty }
        var container = encoder.unkeyedContainer()
        for (i, block) in shown.enumerated() {
            try container.encode(MDItemBlock(quotedBlock: block.quoted(), lastItemBlock: i == shown.count - 1))
        }
    }
}

struct MDItemBlock: Encodable, Sendable {
    var quotedBlock: MarkdownText
    var lastItemBlock: Bool
}

struct MDAnswer: Encodable, Sendable {
    var answerPrompt: MarkdownText
    var answerText: MarkdownText
}

struct MDFAQPart: Encodable, Sendable {
    var mdFAQ: [MDFAQEntry]
}

struct MDFAQEntry: Encodable, Sendable {
    var mdAsk: MarkdownText
    var mdReply: MarkdownText
}

struct MDChangelogPart: Encodable, Sendable {
    var mdChanges: [MDChange]
}

struct MDChange: Encodable, Sendable {
    var mdChangeVersion: MarkdownText
    var mdChangeDate: MarkdownText
    var mdChangeNotes: MarkdownText
}

/// `GuidelinesDocument` → `GuidelinesMarkdownView`. Headings: `#` the title,
/// `##` the parts and sections, `###` questions, examples and FAQ entries;
/// the author's Markdown headings move below the heading they sit under.
enum GuidelinesMarkdownModel {
    typealias Heading = GuidelinesLowering.Heading

    static func view(_ doc: GuidelinesDocument, layout: [LayoutBlock]) -> GuidelinesMarkdownView {
        GuidelinesMarkdownView(
            mdTitle: .plain(doc.title),
            mdDescription: doc.description.map { .lines($0) },
            mdVersion: doc.version.map { .plain($0) },
            mdContents: GuidelinesLowering.contents(doc).map { MDContentsEntry(contentsLabel: .plain($0.label)) },
            mdPurposePart: doc.purpose.isEmpty ? nil : MDPurposePart(mdPurposeLines: doc.purpose.map {
                MDPurposeLine(purposeName: .plain($0.name), purposeText: .plain($0.text))
            }),
            mdSummary: doc.summary.map { .block($0, headingsBelow: 2) },
            mdSections: doc.sections.map { MDSection(mdSectionTitle: .plain($0.title), mdSectionBody: .block($0.body, headingsBelow: 2)) },
            mdQuestionsPart: doc.questions.isEmpty ? nil : MDQuestionsPart(mdQuestions: doc.questions.map(question)),
            mdExamplesPart: doc.examples.isEmpty ? nil : MDExamplesPart(mdExamples: doc.examples.map { example($0, layout: layout, messages: doc.messages) }),
            mdFAQPart: doc.faq.isEmpty ? nil : MDFAQPart(mdFAQ: doc.faq.map {
                MDFAQEntry(mdAsk: .inline($0.question), mdReply: .block($0.answer, headingsBelow: 3))
            }),
            mdChangelogPart: doc.changelog.isEmpty ? nil : MDChangelogPart(mdChanges: doc.changelog.map {
                MDChange(mdChangeVersion: .cell($0.version), mdChangeDate: .cell($0.dateText ?? ""), mdChangeNotes: .cell($0.notes))
            }),
            mdContact: doc.contact.map { $0.href != nil ? .autolink($0.text) : .plain($0.text) },
            headingPurpose: .plain(doc.messages.format(Heading.purpose)),
            headingSummary: .plain(doc.messages.format(Heading.summary)),
            headingQuestions: .plain(doc.messages.format(Heading.questions)),
            headingExamples: .plain(doc.messages.format(Heading.examples)),
            headingFAQ: .plain(doc.messages.format(Heading.faq)),
            headingChangelog: .plain(doc.messages.format(Heading.changelog)),
            headingContact: .plain(doc.messages.format(Heading.contact)),
            mdT: Dictionary(uniqueKeysWithValues: doc.messages.ids.filter { $0.hasPrefix("guide-") && doc.messages.variables(of: $0)?.isEmpty == true }
                .map { ($0, MarkdownText.plain(doc.messages.format($0))) }),
            mdKicker: .plain(doc.messages.format("guide-kicker-version", ["version": .text(doc.version ?? "")])),
            mdContactLine: doc.contact.map { contact in
                let link: MarkdownText = contact.href != nil ? .autolink(contact.text) : .plain(contact.text)
                let parts = doc.messages.format("guide-contact-line", ["contact": .text("\u{1}")]).split(separator: "\u{1}", omittingEmptySubsequences: false)
                guard parts.count == 2 else { return .plain(doc.messages.format("guide-contact-line", ["contact": .text(contact.text)])) }
                return MarkdownText.fragment(String(parts[0])) + link + .fragment(String(parts[1]))
            })
    }

    static func question(_ q: GuidelinesDocument.QuestionEntry) -> MDQuestion {
        let rules = MarkdownText.joined(q.rules.map { rule in
            guard let code = rule.code else { return .plain(rule.text) }
            return .plain(rule.text) + .fragment(" ") + .code(code) + .fragment(".")
        }, separator: " ")
        var table: MDTable?
        if !q.choices.isEmpty {
            table = MDTable(
                mdIsScale: q.isScale,
                mdHasKeys: q.choices.contains { $0.key != nil },
                mdHasMeanings: q.choices.contains { $0.hint != nil || $0.pointLabel != nil },
                mdHasExamples: q.choices.contains { !$0.examples.isEmpty },
                mdRows: q.choices.map { choice in
                    MDRow(rowLabel: .cell(choice.label),
                          rowKey: choice.key.map { MarkdownText.code($0).inCell() } ?? .cell(""),
                          rowMeaning: choice.hint.map { .inlineCell($0) } ?? .cell(choice.pointLabel ?? ""),
                          rowExamples: .cell(choice.examples.map(String.init).joined(separator: ", ")),
                          rowExclusive: choice.exclusive)
                })
        }
        return MDQuestion(mdPrompt: .plain(q.prompt), mdHint: q.hint.map { .block($0, headingsBelow: 3) },
                          mdRules: rules, mdTable: table)
    }

    static func example(_ example: GuidelinesDocument.ExampleEntry, layout: [LayoutBlock], messages: MessageCatalogue) -> MDExample {
        let blocks = itemBlocks(layout, values: example.values, messages: messages)
        return MDExample(
            mdExampleHeading: .plain(messages.format("guide-example", ["number": .number(example.number)])),
            mdItemBlocks: MDItemBlocks(blocks: blocks),
            mdAnswers: example.answers.map { answer in
                MDAnswer(answerPrompt: .cell(answer.prompt), answerText: .joined(answer.labels.map { label in
                    if label.isText { return .fragment("“") + .plain(label.label) + .fragment("”") }
                    let strong = MarkdownText.plain(label.label).strong()
                    guard let key = label.key else { return strong }
                    return strong + .fragment(" (key ") + .code(key) + .fragment(")")
                }, separator: ", ").inCell())
            },
            mdWhy: example.why.map { .lines($0) })
    }

    /// The item's layout as Markdown blocks, filled like the task page fills it
    /// (see `GuidelinesExampleBlocks`): no questions, no empty values, https only
    /// (a block the render stage finds empty is dropped then, `MDItemBlocks`).
    static func itemBlocks(_ layout: [LayoutBlock], values: [String: String], messages: MessageCatalogue = .english) -> [MarkdownText] {
        var blocks: [MarkdownText] = []
        func value(_ field: Located<String>) -> String? {
            guard let v = values[field.value], !v.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return v
        }
        let isHTTPS = GuidelinesExampleBlocks.isHTTPS
        for block in layout {
            switch block.kind {
            case .text(let field, let style):
                guard let v = value(field) else { continue }
                switch style {
                case .heading: blocks.append(MarkdownText.lines(v).strong())
                case .body: blocks.append(.lines(v))
                case .quote: blocks.append(MarkdownText.lines(v).quoted())
                case .mono: blocks.append(MarkdownText.splitLines(v).count > 1 ? .codeBlock(v) : .code(v))
                }
            case .image(let field, let alt):
                guard let v = value(field) else { continue }
                blocks.append(isHTTPS(v) ? .link(alt.flatMap { values[$0.value] } ?? "", url: v, image: true)
                              : .plain(messages.format("guide-image-not-https", ["address": .text(v)])))
            case .link(let field, let label):
                guard let v = value(field) else { continue }
                let text = label.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? v
                blocks.append(isHTTPS(v) ? .link(text, url: v) : .plain(messages.format("guide-link-not-https", ["label": .text(text), "address": .text(v)])))
            case .audio(let field), .video(let field):
                guard let v = value(field) else { continue }
                let kind = if case .audio = block.kind { messages.format("guide-audio") } else { messages.format("guide-video") }
                blocks.append(isHTTPS(v) ? .link(kind + ": " + v, url: v) : .plain(messages.format("guide-media-not-https", ["address": .text(v)])))
            case .markdown(let field):
                guard let v = value(field) else { continue }
                blocks.append(.block(v, headingsBelow: 3))
            case .note(let text):
                blocks.append(.block(text.value, headingsBelow: 3))
            case .question:
                continue
            case .columns(let columns):
                for column in columns { blocks += itemBlocks(column, values: values, messages: messages) }
            }
        }
        return blocks
    }
}

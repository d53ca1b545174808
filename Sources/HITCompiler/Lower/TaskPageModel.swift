/// View models of the task page (`Templates/task.mustache` and its partials).
///
/// Mustache looks a name up the context stack when the current object lacks it,
/// and swift-mustache treats a nil optional as missing: an optional named like a
/// field of an enclosing view model would silently render the outer value. So
/// every optional here has a name no other view model uses (a test checks it),
/// and every name a template uses exists here (another test checks that).

/// The whole page.
struct TaskPageView: Encodable, Sendable {
    /// BCP 47 tag for `<html lang>`.
    var lang: String
    /// `<html dir>`: `ltr` or `rtl`.
    var dir: String
    /// hitc's own words without variables (`page-*` messages), HTML-escaped, by
    /// message id: `{{{t.page-submit}}}`.
    var t: [String: String]
    /// The legend's last line: submitting and leaving a text box, with `<kbd>` keys.
    var legendKeysHTML: String
    var title: String
    var description: String
    /// The Content-Security-Policy meta value.
    var csp: String
    /// True for preview.html: a banner, answers shown instead of sent.
    var preview: Bool
    /// The guidelines summary (Markdown rendered), shown collapsible above the items.
    var summaryHTML: MarkdownBlock?
    /// The full guidelines, one click away.
    var guidelines: GuidelinesView?
    /// The layout of one item, cloned by the script once per item.
    var itemLayout: ItemLayoutView
    /// `itemLayout` rendered (`partials/item`), for the page's `<template>`: made
    /// once per layout and words and reused by every page showing it (`ItemTemplate`).
    var itemTemplateHTML = ""
    /// The hotkey legend.
    var legend: LegendView
    /// The optional feedback box (`communication.feedback: optional`).
    var feedback: Bool
    /// `communication.contact`, shown in the footer.
    var contact: String?
    /// The footer's sentence with the contact's `mailto:` link.
    var contactHTML: String?
    /// "0 of 5 items answered" before the script runs.
    var initialProgress: String
    /// The configuration JSON, escaped for a `<script type="application/json">`.
    var configJSON: String
    /// Where the item payload goes; `PageSafety` replaces it by the `${items}` placeholder.
    var itemsMarker: String
    /// The inline script and style (assets, compacted).
    var script: String
    var style: String
}

/// The guideline document inside the page: title, sections, FAQ.
struct GuidelinesView: Encodable, Sendable {
    var guidelinesTitle: String
    /// "Full guidelines (version 2)".
    var guidelinesSummary: String
    var sections: [GuidelineSectionView]
    var faq: FAQView?
}

struct GuidelineSectionView: Encodable, Sendable {
    var sectionTitle: String
    var sectionHTML: MarkdownBlock
}

struct FAQView: Encodable, Sendable {
    var entries: [FAQEntryView]
}

struct FAQEntryView: Encodable, Sendable {
    /// Inline Markdown of the question.
    var faqQuestionHTML: MarkdownInline
    var faqAnswerHTML: MarkdownBlock
}

/// The blocks of one item, in layout order.
struct ItemLayoutView: Encodable, Sendable, Hashable {
    var blocks: [BlockView]
}

/// One layout block: exactly one of the kinds is set; the templates dispatch
/// on which (`{{#text}}{{> partials/blocks/text}}{{/text}}`).
struct BlockView: Encodable, Sendable, Hashable {
    /// The block's caption (`label:` on a text, markdown, image, audio or video
    /// block), shown with the value ("Rating: 5"); nil without one.
    var blockLabel: String?
    var text: TextBlockView?
    var image: ImageBlockView?
    var link: LinkBlockView?
    var audio: MediaBlockView?
    var video: MediaBlockView?
    var markdown: MarkdownBlockView?
    var note: NoteBlockView?
    var question: QuestionView?
    var columns: ColumnsBlockView?
}

/// A field shown as text. `textValue` is filled when a page renders a known item
/// server-side (e.g. a guideline example); on the task page the script fills it.
struct TextBlockView: Encodable, Sendable, Hashable {
    var field: String
    var isHeading: Bool
    var isBody: Bool
    var isQuote: Bool
    var isMono: Bool
    var textValue: String?
}

/// An image field; `altField` names the field read for the alt text.
struct ImageBlockView: Encodable, Sendable, Hashable {
    var field: String
    var altField: String
    /// Server-side rendering only: an https URL and its alt text.
    var imageSrc: String?
    var imageAlt: String?
}

struct LinkBlockView: Encodable, Sendable, Hashable {
    var field: String
    /// The link text (`label:`), or empty: the script then shows the URL.
    var linkLabel: String
    var linkHref: String?
}

/// An audio or video field.
struct MediaBlockView: Encodable, Sendable, Hashable {
    var field: String
    var mediaSrc: String?
}

/// A field of type markdown, rendered safely by the script (see task.js).
struct MarkdownBlockView: Encodable, Sendable, Hashable {
    var field: String
    /// Server-side rendering only: the value, rendered by cmark-gfm in the render stage.
    var markdownHTML: MarkdownBlock?
}

/// Static Markdown written in the spec, rendered at build time (by the render stage).
struct NoteBlockView: Encodable, Sendable, Hashable {
    var noteHTML: MarkdownBlock
}

struct ColumnsBlockView: Encodable, Sendable, Hashable {
    var columnList: [ColumnView]
}

struct ColumnView: Encodable, Sendable, Hashable {
    var blocks: [BlockView]
}

/// One question: a fieldset with a legend; exactly one control kind is set.
struct QuestionView: Encodable, Sendable, Hashable {
    var id: String
    /// The `type:` word (`QuestionTypes.words`).
    var type: String
    /// `radio`, `buttons`, `dropdown`, `checkboxes`, `scale`, `text`, `number`.
    var display: String
    var prompt: String
    /// Show "(optional)" after the prompt.
    var optionalMark: Bool
    var hintHTML: MarkdownBlock?
    /// "Choose 1 to 5." for multi-choice limits.
    var selectionNote: String?
    var singleRadio: ChoiceControlView?
    var singleButtons: ChoiceControlView?
    var singleDropdown: ChoiceControlView?
    var multiCheckboxes: ChoiceControlView?
    var multiButtons: ChoiceControlView?
    var scale: ScaleControlView?
    var textAnswer: TextControlView?
    var numberAnswer: NumberControlView?
    var pairwise: PairwiseControlView?
}

struct ChoiceControlView: Encodable, Sendable, Hashable {
    var options: [OptionView]
    /// Dropdowns list option hints below the control (an `<option>` cannot hold them).
    var dropdownHints: DropdownHintsView?
}

struct DropdownHintsView: Encodable, Sendable, Hashable {
    var hintEntries: [OptionHintView]
}

struct OptionView: Encodable, Sendable, Hashable {
    var value: String
    var label: String
    var optionKey: String?
    /// Inline HTML (phrasing content only: it sits inside the `<label>`).
    var optionHintHTML: MarkdownInline?
    /// `exclusive: true` (multi_choice): choosing it clears the other options, and the reverse.
    var exclusive = false
}

struct OptionHintView: Encodable, Sendable, Hashable {
    var hintLabel: String
    var hintTextHTML: MarkdownInline
}

/// A pairwise question's two sides (filled by the script from the item's
/// fields, or server-side in a guideline example) and its answer buttons.
struct PairwiseControlView: Encodable, Sendable, Hashable {
    var leftField: String
    var rightField: String
    /// The captions shown above each side ("A", "B").
    var leftTag: String
    var rightTag: String
    var pairChoices: ChoiceControlView
    /// A side showing a markdown field (rendered safely by the script).
    var leftMarkdown = false
    var rightMarkdown = false
}

struct ScaleControlView: Encodable, Sendable, Hashable {
    var points: [ScalePointView]
}

struct ScalePointView: Encodable, Sendable, Hashable {
    var point: String
    var pointLabel: String?
}

struct TextControlView: Encodable, Sendable, Hashable {
    /// A `<textarea>` (long answers) rather than an `<input>`.
    var multiline: Bool
    var maxLengthAttr: String?
    var minLengthAttr: String?
    var placeholder: String?
}

struct NumberControlView: Encodable, Sendable, Hashable {
    var minAttr: String?
    var maxAttr: String?
    var stepAttr: String?
    var unit: String?
}

/// The hotkey legend: page keys and every option key per question.
struct LegendView: Encodable, Sendable {
    var groups: [LegendGroupView]
}

struct LegendGroupView: Encodable, Sendable {
    var groupPrompt: String
    var keys: [LegendKeyView]
}

struct LegendKeyView: Encodable, Sendable {
    var key: String
    var keyLabel: String
}

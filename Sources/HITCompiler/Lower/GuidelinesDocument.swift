/// The guideline document, independent of its format: what guidelines.html and
/// guidelines.md both show, in order. Text is kept as written: `plain` strings
/// are shown literally, `markdown` strings are the author's Markdown. The HTML
/// and Markdown view models are made from this (`GuidelinesHTMLModel`,
/// `GuidelinesMarkdownModel`).
struct GuidelinesDocument {
    /// BCP 47 tag of the text.
    var lang: String
    /// hitc's own words, in the spec's language.
    var messages: MessageCatalogue
    var title: String
    var description: String?
    var version: String?
    /// From `use_case`: purpose, goal, metric; empty when none is given.
    var purpose: [PurposeLine]
    /// Markdown.
    var summary: String?
    var sections: [Section]
    /// Questions in layout order.
    var questions: [QuestionEntry]
    var examples: [ExampleEntry]
    var faq: [FAQEntry]
    /// Newest first.
    var changelog: [Change]
    var contact: Contact?

    /// One line of the purpose list: "Goal" – "Measure how relevant ...".
    struct PurposeLine {
        var name: String
        var text: String
    }

    struct Section {
        /// A stable fragment id (`section-1`).
        var anchor: String
        var title: String
        /// Markdown.
        var body: String
    }

    struct QuestionEntry {
        var id: String
        var anchor: String
        var prompt: String
        /// Markdown.
        var hint: String?
        /// How the question is answered, one sentence each ("Choose one.").
        var rules: [Rule]
        /// Choice options or scale points with what they mean; empty for text and number.
        var choices: [Choice]
        /// Choices of a scale are points (`1`), of a choice question options.
        var isScale: Bool
    }

    /// A rule sentence, with an optional code part shown after it (a pattern).
    struct Rule {
        var text: String
        var code: String?
    }

    struct Choice {
        /// The option label, or the scale point.
        var label: String
        /// The scale point's label.
        var pointLabel: String?
        var key: String?
        /// Markdown (option hints).
        var hint: String?
        /// Numbers of the examples whose expected answer is this choice.
        var examples: [Int]
        /// A multi_choice option chosen alone (`exclusive: true`): choosing it clears the others.
        var exclusive = false
    }

    struct ExampleEntry {
        /// 1-based.
        var number: Int
        var anchor: String
        /// Item field → value as written (absent: no value).
        var values: [String: String]
        /// Question id → the expected values as written.
        var answerValues: [String: [String]]
        var answers: [Answer]
        /// Plain text.
        var why: String?
    }

    /// The expected answer to one question, in words.
    struct Answer {
        var questionID: String
        var prompt: String
        /// Option labels (several for a list answer), the point with its label,
        /// the number with its unit, or the text.
        var labels: [AnswerLabel]
    }

    struct AnswerLabel {
        var label: String
        var key: String?
        /// A free-text answer: shown in quotes rather than as a label.
        var isText = false
    }

    struct FAQEntry {
        /// Markdown (one line).
        var question: String
        /// Markdown.
        var answer: String
    }

    struct Change {
        var version: String
        /// `YYYY-MM-DD`.
        var date: String?
        /// The date as the language writes it in full.
        var dateText: String?
        /// Plain text.
        var notes: String
    }

    /// `communication.contact`: an e-mail address, an https address or other text.
    struct Contact {
        var text: String
        /// `mailto:` or `https:` address; nil when the text is neither.
        var href: String?
    }
}

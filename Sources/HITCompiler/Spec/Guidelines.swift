/// Step 5: the document workers learn from.
public struct Guidelines: Sendable {
    /// The short summary shown above the sections.
    public var summary: Located<String>?
    var sections: [Section]
    var examples: [Example]
    var faq: [FAQEntry]
    var changelog: [ChangelogEntry]

    /// A section's body is inline Markdown or read from `file`.
    struct Section: Sendable {
        var title: Located<String>
        var body: Located<String>?
        var file: Located<String>?
        var range: SourceRange
    }

    /// A worked example: an item, the expected answers and why.
    struct Example: Sendable {
        /// Field values as written (scalars are text; lists for multi-valued answers).
        var item: [ExampleValue]
        var answers: [ExampleValue]
        var why: Located<String>?
        var range: SourceRange
        var itemRange: SourceRange
    }

    /// One `name: value` of an example's item or answers.
    struct ExampleValue: Sendable {
        var name: Located<String>
        /// Scalar text; several entries for a list.
        var values: [Located<String>]
        var isList: Bool
        var isNull: Bool
        var range: SourceRange
    }

    struct FAQEntry: Sendable {
        var question: Located<String>
        var answer: Located<String>
    }

    struct ChangelogEntry: Sendable {
        var version: Located<SemanticVersion>
        var date: Located<CalendarDate>?
        var notes: Located<String>
    }
}

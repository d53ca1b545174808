/// Step 5: the document workers learn from.
public struct Guidelines: Sendable {
    public var summary: Located<String>?
    public var sections: [Section]
    public var examples: [Example]
    public var faq: [FAQEntry]
    public var changelog: [ChangelogEntry]

    /// A section's body is inline Markdown or read from `file`.
    public struct Section: Sendable {
        public var title: Located<String>
        public var body: Located<String>?
        public var file: Located<String>?
        public var range: SourceRange
    }

    /// A worked example: an item, the expected answers and why.
    public struct Example: Sendable {
        /// Field values as written (scalars are text; lists for multi-valued answers).
        public var item: [ExampleValue]
        public var answers: [ExampleValue]
        public var why: Located<String>?
        public var range: SourceRange
        public var itemRange: SourceRange
    }

    /// One `name: value` of an example's item or answers.
    public struct ExampleValue: Sendable {
        public var name: Located<String>
        /// Scalar text; several entries for a list.
        public var values: [Located<String>]
        public var isList: Bool
        public var isNull: Bool
        public var range: SourceRange
    }

    public struct FAQEntry: Sendable {
        public var question: Located<String>
        public var answer: Located<String>
    }

    public struct ChangelogEntry: Sendable {
        public var version: Located<SemanticVersion>
        public var date: Located<CalendarDate>?
        public var notes: Located<String>
    }
}

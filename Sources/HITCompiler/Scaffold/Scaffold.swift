/// The files `hitc init` writes: a small but complete spec (every checklist
/// step filled in), sample and gold data, a guideline section file and the
/// JSON Schema that editors use to complete it.
/// The scaffold passes `hitc check` with no warnings (a test holds it to that).
public enum Scaffold {
    /// One file to write, relative to the target folder.
    public struct File: Sendable {
        var path: String
        var contents: String
    }

    /// A task id made from a folder name (`My Task` → `my-task`), or `my-task`.
    public static func taskID(fromFolderName name: String) -> String {
        let mapped = name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let id = String(mapped).split(separator: "-").joined(separator: "-")
        return ValueSyntax.isTaskID(id) ? id : "my-task"
    }

    /// Why `hitc init --language` cannot scaffold in a language.
    public enum LanguageError: Error, Equatable, CustomStringConvertible {
        /// The tag is not a well-formed BCP 47 tag.
        case invalidTag(String)
        /// No built-in catalogue serves the tag.
        case noCatalogue(String)

        /// The error as one line for the terminal (the tag comes from the command line: escaped).
        public var description: String {
            let tags = MessageCatalogue.builtInTags.joined(separator: " ")
            switch self {
            case .invalidTag(let tag):
                return "'\(TerminalText.escaped(tag))' is not a well-formed BCP 47 language tag; built-in languages: \(tags)"
            case .noCatalogue(let tag):
                return "hitc has no built-in catalogue for '\(TerminalText.escaped(tag))', so it cannot scaffold in it; built-in languages: \(tags)"
            }
        }
    }

    /// The scaffold's files for a task named `id`, in English.
    public static func files(id: String) -> [File] {
        files(id: id, language: "en", catalogue: .english)
    }

    /// The scaffold's files for a task named `id` whose workers read `language`
    /// (a BCP 47 tag served by a built-in catalogue, `pt-BR` by `pt`): its
    /// worker-facing texts are the `scaffold-*` messages of that catalogue.
    public static func files(id: String, language: String) throws(LanguageError) -> [File] {
        guard ValueSyntax.languageTag(language) != nil else { throw .invalidTag(language) }
        guard let catalogue = MessageCatalogue.builtIn(forLanguage: language) else { throw .noCatalogue(language) }
        return files(id: id, language: language, catalogue: catalogue)
    }

    /// The files with the texts of `catalogue` (tests give it hostile ones).
    static func files(id: String, language: String, catalogue: MessageCatalogue) -> [File] {
        [
            File(path: "spec.yaml", contents: spec(id: id, language: language, catalogue)),
            File(path: "data/sample.csv", contents: sample(catalogue)),
            File(path: "data/gold.csv", contents: gold(catalogue)),
            File(path: "guidelines/sentiment.md", contents: section(catalogue)),
            File(path: "hitc.schema.json", contents: JSONSchemaGenerator.generate()),
        ]
    }

    /// The example spec (`Templates/scaffold/spec.yaml`, embedded with the
    /// templates) with its placeholders filled: `{{id}}` (a task id:
    /// `[a-z0-9-]`), `{{language}}`, and `{{text ID}}`, `{{flow ID}}`,
    /// `{{block ID}}` the message `ID` as a YAML scalar in a block mapping, in a
    /// flow mapping, or as a literal block when it can be one.
    private static func spec(id: String, language: String, _ catalogue: MessageCatalogue) -> String {
        guard let text = BuiltinTemplates.files[specTemplate] else { preconditionFailure("\(specTemplate) is not embedded") }
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(line)
            let indent = line.prefix { $0 == " " }.count
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                out += rest[..<open.lowerBound]
                let parts = rest[open.upperBound..<close.lowerBound].split(separator: " ")
                switch (parts.first, parts.count == 2 ? String(parts[1]) : nil) {
                case ("id"?, nil): out += id
                case ("language"?, nil): out += YAMLScalarText.scalar(language, .block)
                case ("text"?, let message?): out += YAMLScalarText.scalar(catalogue.format(message), .block)
                case ("flow"?, let message?): out += YAMLScalarText.scalar(catalogue.format(message), .flow)
                case ("block"?, let message?): out += YAMLScalarText.block(catalogue.format(message), indent: indent + 2)
                default: preconditionFailure("unknown placeholder in \(specTemplate): \(rest[open.lowerBound..<close.upperBound])")
                }
                rest = rest[close.upperBound...]
            }
            out += rest
            out += "\n"
        }
        return String(out.dropLast())
    }

    /// Where the example spec is among the built-in templates.
    static let specTemplate = "scaffold/spec.yaml"

    /// Rows of data: cells joined by commas, quoted as RFC 4180 needs, each row ended by a line break.
    private static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map(CSVCell.quoted).joined(separator: ",") + "\n" }.joined()
    }

    private static func sample(_ c: MessageCatalogue) -> String {
        csv([
            ["review_id", "product", "review"],
            ["r-001", c.format("scaffold-toaster"), c.format("scaffold-sample-1")],
            ["r-002", c.format("scaffold-toaster"), c.format("scaffold-sample-2")],
            ["r-003", c.format("scaffold-headphones"), c.format("scaffold-sample-3")],
            ["r-004", c.format("scaffold-headphones"), c.format("scaffold-sample-4")],
            ["r-005", c.format("scaffold-desk-lamp"), c.format("scaffold-sample-5")],
            ["r-006", c.format("scaffold-desk-lamp"), c.format("scaffold-sample-6")],
        ])
    }

    private static func gold(_ c: MessageCatalogue) -> String {
        csv([
            ["review_id", "product", "review", "sentiment", "why"],
            ["g-001", c.format("scaffold-blender"), c.format("scaffold-gold-1"), "positive", c.format("scaffold-gold-1-why")],
            ["g-002", c.format("scaffold-blender"), c.format("scaffold-gold-2"), "negative", c.format("scaffold-gold-2-why")],
            ["g-003", c.format("scaffold-blender"), c.format("scaffold-gold-3"), "mixed", c.format("scaffold-gold-3-why")],
        ])
    }

    /// The guideline section (Markdown): a table from a review to its answer.
    /// A `|` in a translated cell is escaped, so it cannot split the table, and
    /// a paragraph starting like another block (`#`, `-`, `>`, `|`, ...) keeps
    /// that character as text.
    private static func section(_ c: MessageCatalogue) -> String {
        func paragraph(_ text: String) -> String {
            guard let first = text.first, "#>-+*|=`~_".contains(first) else { return text }
            return "\\" + text
        }
        func cell(_ id: String) -> String {
            c.format(id).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ")
        }
        let sarcasm = c.format("scaffold-section-sarcasm", [
            "example": .text(c.format("scaffold-sarcasm-example")),
            "answer": .text("**" + c.format("scaffold-negative") + "**"),
        ])
        return """
            \(paragraph(c.format("scaffold-section-intro")))

            | \(cell("scaffold-section-column-review")) | \(cell("scaffold-section-column-answer")) |
            |---|---|
            | \(cell("scaffold-section-row-positive")) | \(cell("scaffold-positive")) |
            | \(cell("scaffold-section-row-mixed")) | \(cell("scaffold-mixed")) |
            | \(cell("scaffold-section-row-negative")) | \(cell("scaffold-negative")) |

            \(paragraph(sarcasm))

            """
    }
}

@testable import HITCompiler

/// Data schemas, questions and one-call checks for the data-file tests.
enum DataFixtures {
    static let here = SourceRange(line: 1, column: 1)

    static func field(_ name: String, _ type: FieldType, required: Bool = true, maxLength: Int? = nil,
                      min: Double? = nil, max: Double? = nil, integer: Bool = false,
                      values: [String] = []) -> DataField {
        DataField(name: name, nameRange: here, type: Located(type, here), required: required, description: nil,
                  maxLength: maxLength, min: min, max: max, integer: integer,
                  values: values.map { Located($0, here) })
    }

    static func schema(key: String? = nil, _ fields: [DataField]) -> DataSchema {
        DataSchema(key: key.map { Located($0, here) }, fields: fields, sample: nil)
    }

    /// The grocery schema of the language brief.
    static let grocery = schema(key: "item_id", [
        field("item_id", .string),
        field("query", .text, maxLength: 120),
        field("title", .text),
        field("image", .image),
        field("brand", .text, required: false),
        field("price", .number, min: 0),
        field("aisle", .category, values: ["produce", "dairy", "bakery", "pantry", "frozen"]),
        field("url", .url, required: false),
    ])

    static func choice(_ values: [String], min: Int? = nil, max: Int? = nil) -> Question.Choice {
        Question.Choice(options: values.map {
            ChoiceOption(value: $0, label: $0, key: nil, hint: nil, range: here, valueRange: here)
        }, display: .radio, minSelected: min.map { Located($0, here) }, maxSelected: max.map { Located($0, here) })
    }

    static func question(_ id: String, _ kind: QuestionKind, required: Bool = true,
                         visibleIf: [String: [String]] = [:]) -> Question {
        Question(id: id, idRange: here, kind: kind, prompt: Located("Prompt", here), required: required, hint: nil,
                 visibleIf: visibleIf.sorted { $0.key < $1.key }.map { condition in
                     VisibleCondition(question: Located(condition.key, here),
                                      values: condition.value.map { Located($0, here) })
                 })
    }

    static func singleChoice(_ id: String, _ values: [String], required: Bool = true,
                             visibleIf: [String: [String]] = [:]) -> Question {
        question(id, QuestionKind(SingleChoiceQuestion(settings: choice(values))), required: required, visibleIf: visibleIf)
    }

    static func multiChoice(_ id: String, _ values: [String], min: Int? = nil, max: Int? = nil) -> Question {
        question(id, QuestionKind(MultiChoiceQuestion(settings: choice(values, min: min, max: max))))
    }

    static func scale(_ id: String, _ min: Int, _ max: Int) -> Question {
        question(id, QuestionKind(ScaleQuestion(min: min, max: max, range: here, labels: [])))
    }

    static func text(_ id: String, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil,
                     required: Bool = true, visibleIf: [String: [String]] = [:]) -> Question {
        question(id, QuestionKind(TextQuestion(minLength: minLength, maxLength: maxLength,
                                               pattern: pattern.map { Located($0, here) }, placeholder: nil)),
                 required: required, visibleIf: visibleIf)
    }

    static func number(_ id: String, min: Double? = nil, max: Double? = nil, step: Double? = nil) -> Question {
        question(id, QuestionKind(NumberQuestion(min: min, max: max, step: step, unit: nil)))
    }

    /// The grocery questions: relevance, and a reason shown only for `cant_judge`.
    static let groceryQuestions = [
        singleChoice("relevance", ["exact", "substitute", "complement", "irrelevant", "cant_judge"]),
        text("reason", maxLength: 300, visibleIf: ["relevance": ["cant_judge"]]),
    ]

    /// Checks text as a data file.
    static func check(_ text: String, format: DataFormat = .csv, schema: DataSchema = grocery,
                      questions: [Question] = [], role: DataFileRole = .sample,
                      limits: DataLimits = .default) -> DataCheckResult {
        DataFileChecker(schema: schema, questions: questions, role: role, limits: limits)
            .check(bytes: Array(text.utf8), displayPath: "data/t.\(format == .csv ? "csv" : "jsonl")", format: format)
    }

    /// `code line:column message` of every diagnostic, for compact expectations.
    static func summary(_ result: DataCheckResult) -> [String] {
        result.diagnostics.map { d in
            let position = d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
            return "\(d.code.code) \(position) \(d.message)"
        }
    }

    /// The header and a valid grocery row, for building files.
    static let groceryHeader = "item_id,query,title,image,brand,price,aisle,url"
    static func groceryRow(_ id: String, query: String = "milk", title: String = "Whole milk",
                           image: String = "https://img.example.com/1.jpg", brand: String = "",
                           price: String = "1.99", aisle: String = "dairy", url: String = "") -> String {
        [id, query, title, image, brand, price, aisle, url].joined(separator: ",")
    }
}

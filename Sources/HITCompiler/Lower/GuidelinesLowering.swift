import Foundation

/// Spec → `GuidelinesDocument`. Pure: reads nothing but the checked spec (the
/// Markdown of guideline sections written with `file:` included).
struct GuidelinesLowering {
    let checked: CheckedSpec
    /// The typed spec of `checked`.
    var spec: Spec { checked.spec }

    init(_ checked: CheckedSpec) {
        self.checked = checked
    }

    /// Fragment ids of the fixed parts of the document.
    enum Anchor {
        static let purpose = "purpose"
        static let summary = "summary"
        static let questions = "questions"
        static let examples = "examples"
        static let faq = "faq"
        static let changelog = "changelog"
        static let contact = "contact"
    }

    /// Headings of the fixed parts.
    enum Heading {
        static let purpose = "Why this task exists"
        static let summary = "In short"
        static let questions = "The questions and their answers"
        static let examples = "Worked examples"
        static let faq = "Frequently asked questions"
        static let changelog = "What changed"
        static let contact = "Contact"
    }

    func document() -> GuidelinesDocument {
        let g = spec.guidelines
        let examples = self.examples()
        return GuidelinesDocument(
            lang: spec.language.value.text,
            title: checked.title,
            description: spec.description?.value,
            version: checked.version.description,
            purpose: purpose(),
            summary: g?.summary?.value,
            sections: (g?.sections ?? []).enumerated().map { i, section in
                GuidelinesDocument.Section(anchor: "section-\(i + 1)", title: section.title.value,
                                           body: section.body?.value
                                               ?? section.file.flatMap { checked.sectionBodies[$0.value] }
                                               ?? "*The text of this section could not be read.*")
            },
            questions: questions(examples: examples),
            examples: examples,
            faq: (g?.faq ?? []).map { GuidelinesDocument.FAQEntry(question: $0.question.value, answer: $0.answer.value) },
            changelog: changelog(),
            contact: spec.communication?.contact.map { Self.contact($0.value) })
    }

    /// The table of contents: every part the document has, in order.
    static func contents(_ doc: GuidelinesDocument) -> [(anchor: String, label: String)] {
        var entries: [(String, String)] = []
        if !doc.purpose.isEmpty { entries.append((Anchor.purpose, Heading.purpose)) }
        if doc.summary != nil { entries.append((Anchor.summary, Heading.summary)) }
        entries += doc.sections.map { ($0.anchor, $0.title) }
        if !doc.questions.isEmpty { entries.append((Anchor.questions, Heading.questions)) }
        if !doc.examples.isEmpty { entries.append((Anchor.examples, Heading.examples)) }
        if !doc.faq.isEmpty { entries.append((Anchor.faq, Heading.faq)) }
        if !doc.changelog.isEmpty { entries.append((Anchor.changelog, Heading.changelog)) }
        if doc.contact != nil { entries.append((Anchor.contact, Heading.contact)) }
        return entries
    }

    // MARK: - Purpose

    func purpose() -> [GuidelinesDocument.PurposeLine] {
        guard let useCase = spec.useCase else { return [] }
        var lines: [GuidelinesDocument.PurposeLine] = []
        if let purpose = useCase.purpose?.value {
            lines.append(.init(name: "Purpose", text: Self.purposeText(purpose)))
        }
        if let goal = useCase.goal?.value { lines.append(.init(name: "Goal", text: goal)) }
        if let metric = useCase.metric?.value { lines.append(.init(name: "Measured by", text: metric)) }
        return lines
    }

    static func purposeText(_ purpose: UseCase.Purpose) -> String {
        switch purpose {
        case .training: "Training: your answers teach a machine-learning model."
        case .evaluation: "Evaluation: your answers measure how well a system works."
        case .model_qa: "Model quality check: your answers decide whether a model is good enough to release."
        case .reference_collection: "Reference collection: your answers become a reference data set."
        }
    }

    // MARK: - Questions

    func questions(examples: [GuidelinesDocument.ExampleEntry]) -> [GuidelinesDocument.QuestionEntry] {
        // The numbers of the examples answering each question with each value, in one
        // pass over the examples (not one per option).
        var answering: [String: [String: [Int]]] = [:]
        for example in examples {
            for (question, values) in example.answerValues {
                for value in Set(values) { answering[question, default: [:]][value, default: []].append(example.number) }
            }
        }
        return spec.hit.questionOrder.compactMap { id -> GuidelinesDocument.QuestionEntry? in
            guard let q = spec.hit.question(id.value) else { return nil }
            /// Examples whose expected answer to `q` includes `value`.
            func shownIn(_ value: String) -> [Int] {
                answering[q.id]?[value] ?? []
            }
            let choices = q.kind.type.guidelineChoices(shownIn: shownIn)
            let isScale = q.kind.definition.guidelinesListPoints
            return GuidelinesDocument.QuestionEntry(id: q.id, anchor: "question-\(q.id)", prompt: q.prompt.value, hint: q.hint,
                                                    rules: rules(q), choices: choices, isScale: isScale)
        }
    }

    /// How a question is answered, in sentences a worker reads.
    func rules(_ q: Question) -> [GuidelinesDocument.Rule] {
        var rules = q.kind.type.guidelineRules()
        if !q.visibleIf.isEmpty {
            let conditions = q.visibleIf.map { condition -> String in
                let other = spec.hit.question(condition.question.value)
                let prompt = other?.prompt.value ?? condition.question.value
                let values = condition.values.map { "“" + Self.answerLabel(other, $0.value) + "”" }
                return "the answer to “\(prompt)” is " + Self.list(values, conjunction: "or")
            }
            rules.append(.init(text: "Shown only when " + Self.list(conditions, conjunction: "and") + "."))
            rules.append(.init(text: q.required ? "Required when shown." : "Optional."))
        } else {
            rules.append(.init(text: q.required ? "Required." : "Optional."))
        }
        return rules
    }

    // MARK: - Examples

    func examples() -> [GuidelinesDocument.ExampleEntry] {
        // Answers are listed in the layout's order of their questions.
        var position: [String: Int] = [:]
        for (i, id) in spec.hit.questionOrder.enumerated() where position[id.value] == nil { position[id.value] = i }
        return (spec.guidelines?.examples ?? []).enumerated().map { i, example in
            var values: [String: String] = [:]
            for entry in example.item where !entry.isNull {
                values[entry.name.value] = entry.values.map(\.value).joined(separator: ", ")
            }
            var answerValues: [String: [String]] = [:]
            for entry in example.answers where !entry.isNull {
                answerValues[entry.name.value] = entry.values.map(\.value)
            }
            var answers: [(place: Int, answer: GuidelinesDocument.Answer)] = []
            for entry in example.answers where !entry.isNull && !entry.values.isEmpty {
                // Answers are a mapping: one entry per question.
                guard let place = position[entry.name.value], let q = spec.hit.question(entry.name.value) else { continue }
                answers.append((place, .init(questionID: q.id, prompt: q.prompt.value,
                                             labels: entry.values.map { Self.answer(q, $0.value) })))
            }
            return GuidelinesDocument.ExampleEntry(number: i + 1, anchor: "example-\(i + 1)", values: values,
                                                   answerValues: answerValues,
                                                   answers: answers.sorted { $0.place < $1.place }.map(\.answer),
                                                   why: example.why?.value)
        }
    }

    /// An expected answer in words: the option's label and key, the point with its
    /// label, the number with its unit, or the text itself.
    static func answer(_ q: Question, _ value: String) -> GuidelinesDocument.AnswerLabel {
        q.kind.type.guidelineAnswer(value)
    }

    /// The label of `value` for a `visible_if` sentence.
    static func answerLabel(_ q: Question?, _ value: String) -> String {
        guard let q else { return value }
        return answer(q, value).label
    }

    // MARK: - Changelog and contact

    func changelog() -> [GuidelinesDocument.Change] {
        let entries = spec.guidelines?.changelog ?? []
        let order = entries.indices.sorted { a, b in
            let va = entries[a].version.value, vb = entries[b].version.value
            if Self.precedes(vb, va) { return true }
            if Self.precedes(va, vb) { return false }
            return a < b
        }
        return order.map { i in
            GuidelinesDocument.Change(version: entries[i].version.value.description,
                                      date: entries[i].date?.value.description, notes: entries[i].notes.value)
        }
    }

    /// Semantic Versioning 2.0.0 precedence: `a` comes before (is older than) `b`; build metadata is ignored.
    static func precedes(_ a: SemanticVersion, _ b: SemanticVersion) -> Bool {
        if (a.major, a.minor, a.patch) != (b.major, b.minor, b.patch) {
            return (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
        }
        switch (a.prerelease, b.prerelease) {
        case (nil, _): return false
        case (_?, nil): return true
        case let (pa?, pb?):
            let ia = pa.split(separator: "."), ib = pb.split(separator: ".")
            for (x, y) in zip(ia, ib) where x != y {
                switch (Int(x), Int(y)) {
                case let (nx?, ny?): return nx < ny
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return x < y
                }
            }
            return ia.count < ib.count
        }
    }

    /// An e-mail address becomes a `mailto:` link, an https address a link, anything else stays text.
    static func contact(_ text: String) -> GuidelinesDocument.Contact {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let unsafe = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "<>\"'`\\()[],;:"))
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
           trimmed.rangeOfCharacter(from: unsafe) == nil {
            return .init(text: trimmed, href: "mailto:" + trimmed)
        }
        if let components = URLComponents(string: trimmed), components.scheme?.lowercased() == "https",
           components.host?.isEmpty == false, trimmed.rangeOfCharacter(from: .whitespacesAndNewlines) == nil {
            return .init(text: trimmed, href: trimmed)
        }
        return .init(text: trimmed, href: nil)
    }

    // MARK: - Words

    /// `errors` after `1` reads `error`: a plain English plural `s` is dropped for
    /// a count of one; units whose singular is not that simple stay as written.
    static func unit(_ unit: String, count: String) -> String {
        guard count == "1" || count == "-1" || count == "+1", unit.hasSuffix("s"), unit.count > 2,
              unit.allSatisfy({ $0.isASCII && $0.isLetter }) else { return unit }
        let lower = unit.lowercased()
        for ending in ["ss", "us", "is", "ies", "ches", "shes", "xes", "ses", "zes", "oes"] where lower.hasSuffix(ending) { return unit }
        return String(unit.dropLast())
    }

    /// "a", "a or b", "a, b or c".
    static func list(_ items: [String], conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }
}

import Foundation

/// Spec → `GuidelinesDocument`. Pure: reads nothing but the checked spec (the
/// Markdown of guideline sections written with `file:` included).
struct GuidelinesLowering {
    let checked: CheckedSpec
    /// hitc's own words, in the spec's language.
    let messages: MessageCatalogue
    /// The typed spec of `checked`.
    var spec: Spec { checked.spec }

    init(_ checked: CheckedSpec) {
        self.checked = checked
        messages = checked.messages
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

    /// Message ids of the headings of the fixed parts.
    enum Heading {
        static let purpose = "guide-purpose"
        static let summary = "guide-summary"
        static let questions = "guide-questions"
        static let examples = "guide-examples"
        static let faq = "guide-faq"
        static let changelog = "guide-changelog"
        static let contact = "guide-contact"
    }

    func document() -> GuidelinesDocument {
        let g = spec.guidelines
        let examples = self.examples()
        return GuidelinesDocument(
            lang: spec.language.value.text,
            messages: messages,
            title: checked.title,
            description: spec.description?.value,
            version: checked.version.description,
            purpose: purpose(),
            summary: g?.summary?.value,
            sections: (g?.sections ?? []).enumerated().map { i, section in
                GuidelinesDocument.Section(anchor: "section-\(i + 1)", title: section.title.value,
                                           body: section.body?.value
                                               ?? section.file.flatMap { checked.sectionBodies[$0.value] }
                                               ?? "*" + MarkdownText.plain(messages.format("guide-section-unreadable")).markdownSource + "*")
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
        let m = doc.messages
        if !doc.purpose.isEmpty { entries.append((Anchor.purpose, m.format(Heading.purpose))) }
        if doc.summary != nil { entries.append((Anchor.summary, m.format(Heading.summary))) }
        entries += doc.sections.map { ($0.anchor, $0.title) }
        if !doc.questions.isEmpty { entries.append((Anchor.questions, m.format(Heading.questions))) }
        if !doc.examples.isEmpty { entries.append((Anchor.examples, m.format(Heading.examples))) }
        if !doc.faq.isEmpty { entries.append((Anchor.faq, m.format(Heading.faq))) }
        if !doc.changelog.isEmpty { entries.append((Anchor.changelog, m.format(Heading.changelog))) }
        if doc.contact != nil { entries.append((Anchor.contact, m.format(Heading.contact))) }
        return entries
    }

    // MARK: - Purpose

    func purpose() -> [GuidelinesDocument.PurposeLine] {
        var lines: [GuidelinesDocument.PurposeLine] = []
        if let useCase = spec.useCase {
            if let purpose = useCase.purpose?.value {
                lines.append(.init(name: messages.format("guide-fact-purpose"), text: messages.format(Self.purposeMessage(purpose))))
            }
            if let goal = useCase.goal?.value { lines.append(.init(name: messages.format("guide-fact-goal"), text: goal)) }
            if let metric = useCase.metric?.value { lines.append(.init(name: messages.format("guide-fact-metric"), text: metric)) }
        }
        if let pay = payLine() { lines.append(.init(name: messages.format("guide-fact-pay"), text: pay)) }
        return lines
    }

    /// "$0.20 per task of about 2 minutes, about $6.00 an hour." from `hit.reward` and
    /// `hit.estimated_seconds`, money and numbers in the spec's language; nil without both.
    func payLine() -> String? {
        guard let reward = spec.hit.reward?.value, let seconds = spec.hit.estimatedSeconds?.value, seconds > 0 else { return nil }
        let locale = messages.localeIdentifier
        let minutes = max(1, Int((Double(seconds) / 60).rounded()))
        let hourly = reward.amount * 3600 / Double(seconds)
        return messages.format("guide-pay-line", [
            "reward": .text(LocalizedFormats.money(reward.amount, currency: reward.currency, localeIdentifier: locale, keepDigits: true)),
            "minutes": .number(minutes),
            "hourly": .text(LocalizedFormats.money(hourly, currency: reward.currency, localeIdentifier: locale)),
        ])
    }

    static func purposeMessage(_ purpose: UseCase.Purpose) -> String {
        switch purpose {
        case .training: "guide-purpose-training"
        case .evaluation: "guide-purpose-evaluation"
        case .model_qa: "guide-purpose-model-qa"
        case .reference_collection: "guide-purpose-reference"
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
            let choices = q.kind.type.localized(messages).guidelineChoices(shownIn: shownIn)
            let isScale = q.kind.definition.guidelinesListPoints
            return GuidelinesDocument.QuestionEntry(id: q.id, anchor: "question-\(q.id)", prompt: q.prompt.value, hint: q.hint,
                                                    rules: rules(q), choices: choices, isScale: isScale)
        }
    }

    /// How a question is answered, in sentences a worker reads.
    func rules(_ q: Question) -> [GuidelinesDocument.Rule] {
        var rules = q.kind.type.guidelineRules(messages)
        if !q.visibleIf.isEmpty {
            let conditions = q.visibleIf.map { condition -> String in
                let other = spec.hit.question(condition.question.value)
                let prompt = other?.prompt.value ?? condition.question.value
                let values = condition.values.map { messages.quoted(answerLabel(other, $0.value)) }
                return messages.format("guide-condition", ["question": .text(prompt), "answers": .text(messages.list(values, or: true))])
            }
            rules.append(.init(text: messages.format("guide-shown-only-when", ["conditions": .text(messages.list(conditions, or: false))])))
            rules.append(.init(text: messages.format(q.required ? "guide-required-when-shown" : "guide-optional")))
        } else {
            rules.append(.init(text: messages.format(q.required ? "guide-required" : "guide-optional")))
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
                                             labels: entry.values.map { answer(q, $0.value) })))
            }
            return GuidelinesDocument.ExampleEntry(number: i + 1, anchor: "example-\(i + 1)", values: values,
                                                   answerValues: answerValues,
                                                   answers: answers.sorted { $0.place < $1.place }.map(\.answer),
                                                   why: example.why?.value)
        }
    }

    /// An expected answer in words: the option's label and key, the point with its
    /// label, the number with its unit, or the text itself.
    func answer(_ q: Question, _ value: String) -> GuidelinesDocument.AnswerLabel {
        q.kind.type.localized(messages).guidelineAnswer(value)
    }

    /// The label of `value` for a `visible_if` sentence.
    func answerLabel(_ q: Question?, _ value: String) -> String {
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
            let date = entries[i].date?.value
            return GuidelinesDocument.Change(version: entries[i].version.value.description, date: date?.description,
                                             dateText: date.map { date in
                                                 LocalizedFormats.longDate(year: date.year, month: date.month, day: date.day,
                                                                           localeIdentifier: messages.localeIdentifier) ?? date.description
                                             },
                                             notes: entries[i].notes.value)
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

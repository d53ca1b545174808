/// The known answers of the gold file, by item key, decoded like workers'
/// answers (so a worker's answer and the gold answer compare as values).
struct GoldAnswers: Sendable {
    /// Gold item keys, numbered in file order.
    private(set) var keys: [String] = []
    /// `expected[q][g]`: the value of gold item `g`'s answer to question `q`; -1 when it gives none.
    private(set) var expected: [[Int32]]

    /// No gold.
    init(questionCount: Int) {
        expected = [[Int32]](repeating: [], count: questionCount)
    }

    /// Adds a gold item with its answers (by question index), decoding them into `store`'s value tables.
    mutating func add(key: String, answers: [Int: String], store: inout JudgmentStore) {
        keys.append(key)
        for q in expected.indices {
            var value: Int32 = -1
            if var text = answers[q] {
                let decoder = AnswerDecoder(question: store.questions[q], index: q)
                if case .value(let v) = text.withByteSpan({ decoder.decode($0, store: &store) }) { value = v }
            }
            expected[q].append(value)
        }
    }

    /// The gold items the check read (`CheckedSpec.goldItems`), their
    /// answers decoded into `store`'s value tables. Nil without a gold file.
    init?(_ checked: CheckedSpec, store: inout JudgmentStore) {
        guard checked.spec.quality?.gold != nil, checked.spec.data.key != nil, checked.paths.gold != nil else { return nil }
        self.init(questionCount: store.questions.count)
        for item in checked.goldItems {
            var byQuestion: [Int: String] = [:]
            for (q, question) in store.questions.enumerated() {
                if let answer = item.answers[question.id] { byQuestion[q] = answer }
            }
            add(key: item.key, answers: byQuestion, store: &store)
        }
    }
}

import Foundation

/// The known answers of the gold file, by item key, decoded like workers'
/// answers (so a worker's answer and the gold answer compare as values).
public struct GoldAnswers: Sendable {
    /// Gold item keys, numbered in file order.
    public private(set) var keys: [String] = []
    /// `expected[q][g]`: the value of gold item `g`'s answer to question `q`; -1 when it gives none.
    public private(set) var expected: [[Int32]]

    /// No gold.
    public init(questionCount: Int) {
        expected = [[Int32]](repeating: [], count: questionCount)
    }

    /// Adds a gold item with its answers (by question index), decoding them into `store`'s value tables.
    mutating func add(key: String, answers: [Int: String], store: inout JudgmentStore) {
        keys.append(key)
        for q in expected.indices {
            var value: Int32 = -1
            if var text = answers[q] {
                let decoder = AnswerDecoder(question: store.questions[q], index: q)
                if case .value(let v) = text.withUTF8({ decoder.decode($0, store: &store) }) { value = v }
            }
            expected[q].append(value)
        }
    }

    /// Reads the spec's gold file (`quality.gold.file`, already checked by
    /// `Pipeline.check`); rows with errors are skipped. Nil without a gold file.
    public static func read(spec: Spec, specPath: String, store: inout JudgmentStore) -> GoldAnswers? {
        guard let gold = spec.quality?.gold, let key = spec.data.key?.value,
              case .success(let url) = PathResolver(specPath: specPath).resolve(gold.file.value) else { return nil }
        var records: [DataRecord] = []
        _ = DataFileChecker.check(url: url, displayPath: gold.file.value, schema: spec.data,
                                  questions: spec.hit.questions, role: .gold) { record in
            if !record.hasErrors { records.append(record) }
        }
        var answers = GoldAnswers(questionCount: store.questions.count)
        for record in records {
            guard let itemKey = record[key]?.text, !itemKey.isEmpty else { continue }
            var byQuestion: [Int: String] = [:]
            for (q, question) in store.questions.enumerated() {
                if let value = record[question.id], value != .null { byQuestion[q] = value.text }
            }
            answers.add(key: itemKey, answers: byQuestion, store: &store)
        }
        return answers
    }
}

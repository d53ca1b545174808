import Foundation

/// `mturk/review-policies.jsonl`: per HIT, the `ScoreMyKnownAnswers`
/// assignment review policy of `mturk/review-policy.json` with its `AnswerKey`
/// filled for the slots that hold gold items (gold sits at different slots on
/// different HITs, so the key is per HIT).
///
/// MTurk compares answers as text, so the key holds only answers the page
/// writes in one way (each question type says which, and how:
/// `QuestionType.uniqueSubmittedAnswer`); the others are scored by
/// `hitc aggregate` only.
struct AnswerKeys {
    /// Per gold item, (question id, expected answer as the page submits it).
    private let expected: [[(question: String, answer: String)]]
    /// The policy's parameters after `AnswerKey`, as compact sorted JSON.
    private let rest: String
    private let policyName: String

    /// Nil when the spec has no gold per HIT (the bundle then has no assignment review policy).
    init?(_ checked: CheckedSpec, gold: GoldPool) {
        let spec = checked.spec
        guard let policy = MTurkReviewPolicy(checked).AssignmentReviewPolicy else { return nil }
        policyName = policy.PolicyName
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let others = policy.Parameters.filter { $0.Key != "AnswerKey" }
        rest = others.compactMap { (try? encoder.encode($0)).map { String(decoding: $0, as: UTF8.self) } }.joined(separator: ",")
        expected = gold.items.map { item in
            spec.hit.questions.compactMap { q in
                guard let written = item.answers[q.id], let answer = Self.pageAnswer(written, q) else { return nil }
                return (q.id, answer)
            }
        }
    }

    /// The answer as the page submits it, or nil when MTurk could not compare it reliably.
    static func pageAnswer(_ written: String, _ question: Question) -> String? {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return question.kind.type.uniqueSubmittedAnswer(trimmed)
    }

    /// One line: `{"AssignmentReviewPolicy": {...}, "hit": N}`.
    func line(_ hit: BatchHIT) -> [UInt8] {
        var out = Array("{\"AssignmentReviewPolicy\":{\"Parameters\":[{\"Key\":\"AnswerKey\",\"MapEntries\":[".utf8)
        var first = true
        for (index, slot) in hit.slots.enumerated() {
            guard let g = slot.gold else { continue }
            for (question, answer) in expected[g] {
                if !first { out.append(0x2C) }
                first = false
                out += Array("{\"Key\":".utf8)
                JSONBytes.appendString("item\(index + 1)_\(question)", to: &out, escapingSlashes: false)
                out += Array(",\"Values\":[".utf8)
                JSONBytes.appendString(answer, to: &out, escapingSlashes: false)
                out += Array("]}".utf8)
            }
        }
        out += Array("]}".utf8)
        if !rest.isEmpty { out += Array(("," + rest).utf8) }
        out += Array("],\"PolicyName\":".utf8)
        JSONBytes.appendString(policyName, to: &out, escapingSlashes: false)
        out += Array("},\"hit\":\(hit.number)}\n".utf8)
        return out
    }
}

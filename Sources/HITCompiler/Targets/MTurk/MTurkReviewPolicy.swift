/// `mturk/review-policy.json`: MTurk review policies from gold and aggregation.
///
/// Gold items sit at different slots on different HITs, so the answer key of
/// `ScoreMyKnownAnswers` (keyed by form field, `item<N>_<question>`) is per HIT:
/// `hitc batch` fills `AnswerKey` for each HIT; here it is empty. The HIT
/// policy `SimplePlurality` names the choice questions of every slot (at most 15).
struct MTurkReviewPolicy: Encodable, Sendable {
    var AssignmentReviewPolicy: Policy?
    var HITReviewPolicy: Policy?

    struct Policy: Encodable, Sendable {
        var PolicyName: String
        var Parameters: [Parameter]
    }

    struct Parameter: Encodable, Sendable {
        var Key: String
        var Values: [String]?
        var MapEntries: [MapEntry]?
    }

    struct MapEntry: Encodable, Sendable {
        var Key: String
        var Values: [String]
    }

    init(_ checked: CheckedSpec) {
        let spec = checked.spec
        if let gold = spec.quality?.gold, gold.perHit.value > 0 {
            let percent = Int(((gold.minAccuracy?.value ?? 0.8) * 100).rounded())
            AssignmentReviewPolicy = Policy(PolicyName: "ScoreMyKnownAnswers/2011-09-01", Parameters: [
                Parameter(Key: "AnswerKey", Values: nil, MapEntries: []),
                Parameter(Key: "ApproveIfKnownAnswerScoreIsAtLeast", Values: [String(percent)], MapEntries: nil),
                Parameter(Key: "ApproveReason", Values: ["Your answers to the check items were correct."], MapEntries: nil),
            ])
        }
        let choiceQuestions = spec.hit.questions.filter { $0.kind.definition.picksOneOption }
        let slots = checked.itemsPerHit
        var ids: [String] = []
        for n in 1...max(1, slots) {
            for q in choiceQuestions { ids.append("item\(n)_\(q.id)") }
        }
        if !ids.isEmpty, checked.judgmentsPerItem > 1 {
            HITReviewPolicy = Policy(PolicyName: "SimplePlurality/2011-09-01", Parameters: [
                Parameter(Key: "QuestionIds", Values: Array(ids.prefix(15)), MapEntries: nil),
                Parameter(Key: "QuestionAgreementThreshold", Values: ["50"], MapEntries: nil),
            ])
        }
    }
}

/// The MTurk entry of `aggregation.json`'s `platforms`: the columns of the
/// batch results CSV, for tools that read it (`{n}` = item slot, `{question}` = question id).
struct MTurkResultsColumns: Encodable, Sendable {
    var worker = "WorkerId"
    var assignment = "AssignmentId"
    var hit = "HITId"
    var item = "Answer.item{n}"
    var answer = "Answer.item{n}_{question}"
    var seconds = "Answer.hitc_seconds"
    var secondsFallback = "WorkTimeInSeconds"
    var feedback = "Answer.hitc_feedback"

    enum CodingKeys: String, CodingKey {
        case worker, assignment, hit, item, answer, seconds, secondsFallback = "seconds_fallback", feedback
    }
}

extension MTurkTarget {
    static var resultsColumns: (any Encodable & Sendable)? { MTurkResultsColumns() }
}

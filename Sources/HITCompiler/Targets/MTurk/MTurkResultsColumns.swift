/// The MTurk entry of `aggregation.json`'s `platforms`: the columns of the
/// batch results CSV, for tools that read it (`{n}` = item slot, `{question}` = question id).
extension AggregationConfig {
    public struct MTurkColumns: Encodable, Sendable {
        public var worker = "WorkerId"
        public var assignment = "AssignmentId"
        public var hit = "HITId"
        public var item = "Answer.item{n}"
        public var answer = "Answer.item{n}_{question}"
        public var seconds = "Answer.hitc_seconds"
        public var secondsFallback = "WorkTimeInSeconds"
        public var feedback = "Answer.hitc_feedback"

        enum CodingKeys: String, CodingKey {
            case worker, assignment, hit, item, answer, seconds, secondsFallback = "seconds_fallback", feedback
        }
    }
}

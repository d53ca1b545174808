/// The MTurk entry of `aggregation.json`'s `platforms`: the columns of the
/// batch results CSV, for tools that read it (`{n}` = item slot, `{question}` = question id).
extension AggregationConfig {
    /// The column names of MTurk's batch results that `hitc aggregate` reads.
    public struct MTurkColumns: Encodable, Sendable {
        /// The worker id column.
        public var worker = "WorkerId"
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
}

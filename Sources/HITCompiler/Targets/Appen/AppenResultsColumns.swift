/// The Appen entry of `aggregation.json`'s `platforms`: the columns of a job's
/// full report as `AppenResultsReader` reads them, for tools that read it
/// (`{key}` = the column of `data.key`, `{question}` = the question's CML name:
/// both the spec's names in lower case).
struct AppenResultsColumns: Encodable, Sendable {
    var item = "{key}"
    var itemFallback = "_unit_id"
    var worker = "_worker_id"
    var answer = "{question}"
    var answerSeparator = "\n"
    var started = "_started_at"
    var submitted = "_created_at"
    var rejected = "_tainted"
    var gold = "_golden"

    enum CodingKeys: String, CodingKey {
        case item, itemFallback = "item_fallback", worker, answer, answerSeparator = "answer_separator"
        case started, submitted, rejected, gold
    }
}

extension AppenTarget {
    static var resultsColumns: (any Encodable & Sendable)? { AppenResultsColumns() }
}

/// The Toloka entry of `aggregation.json`'s `platforms`: the columns of Toloka's
/// results file, for tools that read it (`{key}` = the spec's `data.key`,
/// `{question}` = question id).
struct TolokaResultsColumns: Encodable, Sendable {
    var worker = "ASSIGNMENT:worker_id"
    var assignment = "ASSIGNMENT:assignment_id"
    var item = "INPUT:{key}"
    var answer = "OUTPUT:{question}"
    var gold = "GOLDEN:{question}"
    var status = "ASSIGNMENT:status"
    var started = "ASSIGNMENT:started"
    var submitted = "ASSIGNMENT:submitted"
}

extension TolokaTarget {
    static var resultsColumns: (any Encodable & Sendable)? { TolokaResultsColumns() }
}

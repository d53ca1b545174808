/// The Label Studio entry of `aggregation.json`'s `platforms`: where
/// `--format label_studio` finds each part of a judgment in Label Studio's
/// JSON export (`json`) and in its JSON-MIN export (`json_min`), for tools
/// that read them (`{key}` = the spec's `data.key`, `{question}` = a
/// question id; each control is named after its question).
struct LabelStudioResultsColumns: Encodable, Sendable {
    struct JSONExport: Encodable, Sendable {
        var item = "data.{key}"
        var annotations = "annotations"
        var worker = "completed_by"
        var assignment = "id"
        var seconds = "lead_time"
        var cancelled = "was_cancelled"
        var answers = "result"
        var question = "from_name"
        var answer = "value.choices|value.number|value.rating|value.text"
    }

    struct JSONMinExport: Encodable, Sendable {
        var item = "{key}"
        var worker = "annotator"
        var assignment = "annotation_id"
        var seconds = "lead_time"
        var answer = "{question}"
    }

    var json = JSONExport()
    var jsonMin = JSONMinExport()

    enum CodingKeys: String, CodingKey {
        case json, jsonMin = "json_min"
    }
}

extension LabelStudioTarget {
    static var resultsColumns: (any Encodable & Sendable)? { LabelStudioResultsColumns() }
}

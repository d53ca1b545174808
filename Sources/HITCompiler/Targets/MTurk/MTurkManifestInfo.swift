/// The MTurk entry of `manifest.json`: the question document's size against
/// MTurk's limit, and the values a `CreateHIT` call needs.
struct MTurkManifestInfo: Encodable, Sendable {
    var questionBytes: Int
    var questionLimit: Int
    var maxAssignments: Int
    var lifetimeInSeconds: Int

    enum CodingKeys: String, CodingKey {
        case questionBytes = "question_bytes", questionLimit = "question_limit"
        case maxAssignments = "MaxAssignments", lifetimeInSeconds = "LifetimeInSeconds"
    }
}

/// The MTurk entry of `manifest.json`: the question document's size against
/// MTurk's limit, and the values a `CreateHIT` call needs.
public struct MTurkManifestInfo: Encodable, Sendable {
    public var questionBytes: Int
    public var questionLimit: Int
    public var maxAssignments: Int
    public var lifetimeInSeconds: Int

    enum CodingKeys: String, CodingKey {
        case questionBytes = "question_bytes", questionLimit = "question_limit"
        case maxAssignments = "MaxAssignments", lifetimeInSeconds = "LifetimeInSeconds"
    }
}

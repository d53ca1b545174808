/// `manifest.json`: what the bundle holds and how it was made.
public struct Manifest: Encodable, Sendable {
    /// Marks a folder as a hitc bundle (the writer replaces only such folders without `--force`).
    public var generator = "hitc"
    public var hitcVersion: String
    public var task: AggregationConfig.Task
    public var spec: FileEntry
    public var files: [FileEntry]
    public var checklist: PreflightChecklist?
    public var cost: CostEstimate?
    public var mturk: MTurkInfo?

    public struct FileEntry: Encodable, Sendable {
        public var path: String
        public var sha256: String
        public var bytes: Int
    }

    public struct MTurkInfo: Encodable, Sendable {
        public var questionBytes: Int
        public var questionLimit: Int
        public var maxAssignments: Int
        public var lifetimeInSeconds: Int

        enum CodingKeys: String, CodingKey {
            case questionBytes = "question_bytes", questionLimit = "question_limit"
            case maxAssignments = "MaxAssignments", lifetimeInSeconds = "LifetimeInSeconds"
        }
    }

    enum CodingKeys: String, CodingKey {
        case generator, hitcVersion = "hitc_version", task, spec, files, checklist, cost, mturk
    }
}

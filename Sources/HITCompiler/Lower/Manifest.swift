/// `manifest.json`: what the bundle holds and how it was made.
struct Manifest: Encodable, Sendable {
    /// Marks a folder as a hitc bundle (the writer replaces only such folders without `--force`).
    var generator = "hitc"
    var hitcVersion: String
    var task: AggregationConfig.Task
    var spec: FileEntry
    var files: [FileEntry]
    var checklist: PreflightChecklist?
    var cost: CostEstimate?
    /// The targets' own entries (`TargetPageFiles.manifest`), under each target's key.
    var targets: [(key: String, value: any Encodable & Sendable)] = []

    struct FileEntry: Encodable, Sendable {
        var path: String
        var sha256: String
        var bytes: Int
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(generator, forKey: JSONKey("generator"))
        try c.encode(hitcVersion, forKey: JSONKey("hitc_version"))
        try c.encode(task, forKey: JSONKey("task"))
        try c.encode(spec, forKey: JSONKey("spec"))
        try c.encode(files, forKey: JSONKey("files"))
        try c.encodeIfPresent(checklist, forKey: JSONKey("checklist"))
        try c.encodeIfPresent(cost, forKey: JSONKey("cost"))
        for (key, value) in targets { try c.encode(value, forKey: JSONKey(key)) }
    }
}

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

    /// A key of the manifest: a fixed one or a target's.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(generator, forKey: Key("generator"))
        try c.encode(hitcVersion, forKey: Key("hitc_version"))
        try c.encode(task, forKey: Key("task"))
        try c.encode(spec, forKey: Key("spec"))
        try c.encode(files, forKey: Key("files"))
        try c.encodeIfPresent(checklist, forKey: Key("checklist"))
        try c.encodeIfPresent(cost, forKey: Key("cost"))
        for (key, value) in targets { try c.encode(value, forKey: Key(key)) }
    }
}

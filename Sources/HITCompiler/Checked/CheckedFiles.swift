/// What the check read from the files a spec names, kept for `CheckedSpec`
/// so that no later stage reads them again.
struct CheckedFiles: Sendable {
    /// Where each file resolved.
    var paths: CheckedPaths
    /// Guideline section files that are valid UTF-8, by path as written.
    var sectionBodies: [String: String] = [:]
    /// The first `items_per_hit` sample rows without error, data fields only.
    var sampleItems: [[String: JSONValue]] = []
    /// Gold rows without error that have a key.
    var goldItems: [GoldItem] = []
}

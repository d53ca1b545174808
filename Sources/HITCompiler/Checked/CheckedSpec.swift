/// A spec that passed every check, with what the later stages need: the
/// values they read with their defaults applied (one home for each default),
/// the guideline section bodies, the preview items and gold items read from
/// the spec's files, and the resolved paths. The check stage builds it only
/// when the spec and its files have no error (`Pipeline.check`); lowering,
/// rendering, `hitc batch` and `hitc aggregate` take it and never read a spec
/// file again.
public struct CheckedSpec: Sendable {
    /// The typed spec, for the parts that have no default to apply (layout,
    /// questions, guidelines, targets).
    let spec: Spec
    /// The spec file and the files it names, resolved at check time.
    let paths: CheckedPaths
    /// The spec file's source, as read once (the manifest hashes its bytes).
    let source: SourceFile
    /// `id:` (required).
    var id: String
    /// `version:` (required).
    var version: SemanticVersion
    /// `title:` (required).
    var title: String
    /// `hit.items_per_hit` (required).
    var itemsPerHit: Int
    /// `hit.reward` (required).
    var reward: Money
    /// `quality.judgments_per_item`; 1 without a `quality` section.
    public internal(set) var judgmentsPerItem: Int
    /// `quality.gold.per_hit`; 0 without gold.
    var goldPerHit: Int
    /// The spec's targets with their defaults (`TargetRegistry`), in registry order.
    var targets: CheckedTargets
    /// The Markdown of guideline sections written with `file:`, by path as written.
    var sectionBodies: [String: String]
    /// The items previews show (`PreviewItems`).
    var previewItems: [[String: JSONValue]]
    /// The rows of `quality.gold.file` with their expected answers, in file order.
    public internal(set) var goldItems: [GoldItem]

    /// Applies the defaults to `spec`, checked without error, and keeps what
    /// its files held (`files`); nil when a value the checks require is missing
    /// (they reported it, so this happens only with errors).
    init?(spec: Spec, source: SourceFile, files: CheckedFiles) {
        guard let id = spec.id?.value, let version = spec.version?.value, let title = spec.title?.value,
              let itemsPerHit = spec.hit.itemsPerHit?.value, let reward = spec.hit.reward?.value else { return nil }
        self.spec = spec
        self.paths = files.paths
        self.source = source
        self.id = id
        self.version = version
        self.title = title
        self.itemsPerHit = itemsPerHit
        self.reward = reward
        judgmentsPerItem = spec.quality?.judgmentsPerItem.value ?? 1
        goldPerHit = spec.quality?.gold?.perHit.value ?? 0
        targets = CheckedTargets(spec)
        sectionBodies = files.sectionBodies
        previewItems = files.sampleItems.isEmpty ? PreviewItems.fromExamples(spec, count: itemsPerHit) : files.sampleItems
        goldItems = files.goldItems
    }
}

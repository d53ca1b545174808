/// A `PlatformTarget` erased once, when the registry is built: its constants,
/// and closures that take its settings as `any Sendable` and hand them to the
/// concrete type. The pipeline calls these per spec, per page or per batch
/// file, never per data row.
struct RegisteredTarget: Sendable {
    /// The concrete type's identity.
    let id: ObjectIdentifier
    let specKey: String?
    /// The `SpecSchema` mapping of `targets.<key>`, named by the key; nil without one.
    let schemaObject: SpecSchema.ObjectName?
    let summary: String
    let properties: [SpecSchema.Property]
    let reservedNames: [String]
    let reservedReason: String
    let scriptModule: String?
    let scriptOnEveryPage: Bool
    let itemKeyJoinReason: String?
    let batchFilesHelp: String?
    let costModel: CostModel?
    let resultsFormat: ResultsFormatEntry?
    let resultsColumns: (any Encodable & Sendable)?

    /// The target's settings in `spec` (parsed), nil when the spec does not have the target.
    let settings: @Sendable (Spec) -> (any Sendable)?
    /// Parses `targets.<key>` into `targets`.
    let parse: @Sendable (YAMLNode, inout Targets, inout ParseContext) -> Void
    let checkReward: @Sendable (Located<Money>, any Sendable, inout CheckContext) -> Void
    let check: @Sendable (any Sendable, inout CheckContext) -> Void
    /// Parsed settings to checked settings (defaults applied).
    let checked: @Sendable (any Sendable) -> any Sendable
    let pageConfig: @Sendable (any Sendable) -> (any Encodable & Sendable)?
    let connectOrigins: @Sendable (any Sendable) -> [String]
    let formActionOrigins: @Sendable (any Sendable) -> [String]
    let specFiles: @Sendable (CheckedSpec, any Sendable) -> [BundleFileJob]
    let pageFiles: @Sendable (RenderedPages, CheckedSpec, any Sendable, String) throws -> TargetPageFiles
    let batchFiles: @Sendable (CheckedSpec, any Sendable, GoldPool) -> TargetBatchFiles?

    init<T: PlatformTarget>(_ target: T.Type) {
        id = ObjectIdentifier(T.self)
        specKey = T.specKey
        schemaObject = T.specKey.map(SpecSchema.ObjectName.init(rawValue:))
        summary = T.summary
        properties = T.properties
        reservedNames = T.reservedNames
        reservedReason = T.reservedReason
        scriptModule = T.scriptModule
        scriptOnEveryPage = T.scriptOnEveryPage
        itemKeyJoinReason = T.itemKeyJoinReason
        batchFilesHelp = T.batchFilesHelp
        costModel = T.costModel
        resultsFormat = T.resultsFormat
        resultsColumns = T.resultsColumns
        let what = "'targets.\(T.specKey ?? "")'"
        let keys = T.properties.map(\.name)
        settings = { spec in T.specKey == nil ? T.implicitSettings : spec.targets?[T.self] }
        parse = { node, targets, ctx in
            guard let mapping = ctx.mapping(node, what, allowed: keys) else { return }
            if let parsed = T.parse(mapping, &ctx) { targets[T.self] = parsed }
        }
        checkReward = { reward, s, ctx in T.checkReward(reward, s as! T.Settings, &ctx) }
        check = { s, ctx in T.check(s as! T.Settings, &ctx) }
        checked = { s in T.checked(s as! T.Settings) }
        pageConfig = { s in T.pageConfig(s as! T.Checked) }
        connectOrigins = { s in T.connectOrigins(s as! T.Checked) }
        formActionOrigins = { s in T.formActionOrigins(s as! T.Checked) }
        specFiles = { checked, s in T.specFiles(checked, s as! T.Checked) }
        pageFiles = { pages, checked, s, file in try T.pageFiles(pages, checked, s as! T.Checked, file: file) }
        batchFiles = { checked, s, gold in T.batchFiles(checked, s as! T.Checked, gold: gold) }
    }
}

/// A target of a checked spec with its settings, defaults applied (what
/// lowering, rendering and `hitc batch` read).
struct CheckedTarget: Sendable {
    let target: RegisteredTarget
    let settings: any Sendable

    /// The target's key under `targets:`, nil for the page opened from disk.
    var key: String? { target.specKey }
}

extension CheckedTarget {
    /// The target's files rendered from the spec alone.
    func specFiles(_ checked: CheckedSpec) -> [BundleFileJob] { target.specFiles(checked, settings) }

    /// What the target makes from the rendered pages.
    func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, file: String) throws -> TargetPageFiles {
        try target.pageFiles(pages, checked, settings, file)
    }

    /// What the target adds to `hitc batch`'s output, nil for nothing.
    func batchFiles(_ checked: CheckedSpec, gold: GoldPool) -> TargetBatchFiles? {
        target.batchFiles(checked, settings, gold)
    }
}

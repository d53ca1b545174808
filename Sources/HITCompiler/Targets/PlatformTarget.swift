/// A platform a bundle can be built for (a crowdsourcing platform, a host of
/// one's own, the page opened from disk): one folder under `Targets/`, listed once in
/// `TargetRegistry.all`. The target owns everything platform-specific: its key
/// and settings under `targets:`, its checks, the files it adds to the bundle
/// and to `hitc batch`'s output, its fee, its results reader and its submit
/// script. Every requirement but `Settings`, `specKey`, `parse` and `checked` has a
/// default (a target without it adds nothing).
///
/// Targets are stateless types; the registry erases them once
/// (`RegisteredTarget`), so the pipeline never names a platform.
protocol PlatformTarget: Sendable {
    /// What the target's `targets.<key>` mapping says, as parsed (ranges kept for diagnostics).
    associatedtype Settings: Sendable
    /// The settings with their defaults applied, which the later stages read.
    associatedtype Checked: Sendable

    /// The key under `targets:`; nil for a target a spec does not
    /// name because every page has it (the page opened from disk).
    static var specKey: String? { get }
    /// One line on the target, for `targets.<key>` in the JSON Schema (whose
    /// mapping, named by the key, lists `properties`).
    static var summary: String { get }
    /// The keys of `targets.<key>`, in documentation order.
    static var properties: [SpecSchema.Property] { get }

    /// Parses the mapping of `targets.<key>`; nil when an error (reported) leaves no settings.
    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> Settings?
    /// Applies the defaults (`CheckedSpec` keeps the result).
    static func checked(_ settings: Settings) -> Checked
    /// The settings of a target every spec has without naming it (`specKey` nil); nil otherwise.
    static var implicitSettings: Settings? { get }

    /// What the platform refuses in the reward (runs first among the pay checks).
    static func checkReward(_ reward: Located<Money>, _ settings: Settings, _ ctx: inout CheckContext)
    /// What the platform refuses in the rest of the spec (runs after the pay checks).
    static func check(_ settings: Settings, _ ctx: inout CheckContext)
    /// Names the platform uses for its own parameters, which fields and questions may
    /// not take (refused whether or not the spec targets the platform).
    static var reservedNames: [String] { get }
    /// Why a reserved name is reserved ("<platform> uses it for its own parameters").
    static var reservedReason: String { get }

    /// The target's entry in the task page's configuration (`hitc-config`), under `specKey`.
    static func pageConfig(_ settings: Checked) -> (any Encodable & Sendable)?
    /// Origins the page may `fetch` (its submit URL).
    static func connectOrigins(_ settings: Checked) -> [String]
    /// Origins the page's form may post to, besides the connect origins.
    static func formActionOrigins(_ settings: Checked) -> [String]
    /// The page script module (`Templates/assets/targets/<name>.js`) that
    /// recognises the platform and submits there; the build splices it into
    /// the page's script when the spec has the target.
    static var scriptModule: String? { get }
    /// True when every page carries the module, with the target or without it
    /// (one that refuses to submit a page built without its target).
    static var scriptOnEveryPage: Bool { get }

    /// Files rendered from the spec alone, side by side with the pages (`<key>/...`).
    static func specFiles(_ checked: CheckedSpec, _ settings: Checked) -> [BundleFileJob]
    /// Files made from the rendered pages (a question document embedding the task page, the
    /// guidelines as the platform's instructions), with their diagnostics and the target's
    /// manifest entry; `file` names the spec in diagnostics.
    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: Checked, file: String) throws -> TargetPageFiles

    /// What `hitc batch` writes for this target besides `hits.jsonl`; nil for nothing.
    static func batchFiles(_ checked: CheckedSpec, _ settings: Checked, gold: GoldPool) -> TargetBatchFiles?
    /// Why an item key may not hold `|`, when the batch upload file joins a HIT's keys with it; nil otherwise.
    static var itemKeyJoinReason: String? { get }
    /// What `batchFiles` writes, for `hitc batch --help` ("mturk/batch.csv (MTurk)"); nil for nothing.
    static var batchFilesHelp: String? { get }

    /// The platform's fee, for `CostEstimate`; nil when it charges nothing to model.
    static var costModel: CostModel? { get }

    /// The platform's own results format for `hitc aggregate` (how it is
    /// recognised and read); nil when its results come in another target's
    /// format or the long format.
    static var resultsFormat: ResultsFormatEntry? { get }
    /// The columns of the platform's results file as `aggregation.json` describes
    /// them under `platforms.<specKey>`, for other tools; nil to describe none.
    static var resultsColumns: (any Encodable & Sendable)? { get }
}

/// A bundle file rendered on its own: (path in the bundle, text).
typealias BundleFileJob = @Sendable () throws -> (String, String)

/// The bundle's rendered pages, which a target may embed or carry as its instructions.
struct RenderedPages: Sendable {
    /// task.html, final.
    let task: String
    /// task.html's model, for a target that renders a variant of it (`renderTask`).
    var taskModel: TaskPage?
    /// Renders a variant of the task page with the bundle's templates; nil where no templates are at hand (tests).
    var renderTask: (@Sendable (TaskPage) throws -> String)?
    /// guidelines.html, final (a whole document with its style).
    let guidelinesHTML: String
    /// guidelines.md.
    let guidelinesMarkdown: String

    init(task: String, guidelinesHTML: String, guidelinesMarkdown: String,
         taskModel: TaskPage? = nil, renderTask: (@Sendable (TaskPage) throws -> String)? = nil) {
        self.task = task
        self.guidelinesHTML = guidelinesHTML
        self.guidelinesMarkdown = guidelinesMarkdown
        self.taskModel = taskModel
        self.renderTask = renderTask
    }

    /// The guidelines' content without the document around it: what is inside
    /// `<main id="g-main">` of guidelines.html (sections, examples, changelog), for a
    /// platform that shows instructions as an HTML fragment in its own page.
    var guidelinesFragment: String {
        guard let open = guidelinesHTML.range(of: "<main id=\"g-main\">"),
              let close = guidelinesHTML.range(of: "</main>", options: .backwards),
              open.upperBound <= close.lowerBound else { return "" }
        return String(guidelinesHTML[open.upperBound..<close.lowerBound])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// What a target makes from the rendered pages.
struct TargetPageFiles {
    /// (path in the bundle, text), in order.
    var files: [(String, String)] = []
    /// Problems found while making them (an error stops the build).
    var diagnostics: [Diagnostic] = []
    /// The target's entry in `manifest.json`, under its key.
    var manifest: (any Encodable & Sendable)?
}

/// The files a target adds to `hitc batch`'s output, written one HIT at a time.
struct TargetBatchFiles {
    /// Paths in the batch folder, for `summary.json`.
    var names: [String]
    /// Writes the files' headers.
    var start: (BatchFolder) throws -> Void
    /// Writes one HIT's lines.
    var append: (BatchHIT, BatchFolder) throws -> Void
    /// Writes what follows the last HIT (a JSON array's `]`); nothing by default.
    var finish: (BatchFolder) throws -> Void = { _ in }
}

/// A platform's fee on the reward.
struct CostModel: Sendable {
    /// The platform's key as `CostEstimate.platform` names it.
    var platform: String
    /// The fee in thousandths of the reward, by assignments per HIT.
    var feePermille: @Sendable (_ assignmentsPerHIT: Int) -> Int
    /// How the fee is reckoned, for the estimate's assumptions.
    var note: String
}

extension PlatformTarget {
    static var summary: String { "" }
    static var properties: [SpecSchema.Property] { [] }
    static var implicitSettings: Settings? { nil }
    static func checkReward(_ reward: Located<Money>, _ settings: Settings, _ ctx: inout CheckContext) {}
    static func check(_ settings: Settings, _ ctx: inout CheckContext) {}
    static var reservedNames: [String] { [] }
    static var reservedReason: String { "" }
    static func pageConfig(_ settings: Checked) -> (any Encodable & Sendable)? { nil }
    static func connectOrigins(_ settings: Checked) -> [String] { [] }
    static func formActionOrigins(_ settings: Checked) -> [String] { [] }
    static var scriptModule: String? { nil }
    static var scriptOnEveryPage: Bool { false }
    static func specFiles(_ checked: CheckedSpec, _ settings: Checked) -> [BundleFileJob] { [] }
    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: Checked, file: String) throws -> TargetPageFiles {
        TargetPageFiles()
    }
    static func batchFiles(_ checked: CheckedSpec, _ settings: Checked, gold: GoldPool) -> TargetBatchFiles? { nil }
    static var itemKeyJoinReason: String? { nil }
    static var batchFilesHelp: String? { nil }
    static var costModel: CostModel? { nil }
    static var resultsFormat: ResultsFormatEntry? { nil }
    static var resultsColumns: (any Encodable & Sendable)? { nil }
}

extension PlatformTarget where Checked == Settings {
    static func checked(_ settings: Settings) -> Checked { settings }
}

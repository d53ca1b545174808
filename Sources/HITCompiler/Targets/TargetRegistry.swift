/// Every platform target, listed once, in the order the spec's targets are
/// parsed, checked and built, whose fee the cost estimate takes first, and in
/// which the page's script tries to recognise where it runs (the page opened
/// from disk first: a preview page is a preview wherever it is opened).
/// Adding a platform: its folder under `Targets/` and one line here (see
/// docs/architecture.md, "How to add a platform").
enum TargetRegistry {
    /// The targets, erased once.
    static let all: [RegisteredTarget] = [
        RegisteredTarget(DiskPageTarget.self),
        RegisteredTarget(MTurkTarget.self),
        RegisteredTarget(ProlificTarget.self),
        RegisteredTarget(GenericTarget.self),
        RegisteredTarget(LabelStudioTarget.self),
        RegisteredTarget(TolokaTarget.self),
        RegisteredTarget(GroundTruthTarget.self),
        RegisteredTarget(AppenTarget.self),
    ]

    /// The fee when no target of the spec models one: a host that charges nothing.
    static let fallbackCost = GenericTarget.hostFee

    /// The target with spec key `key`.
    static func target(key: String) -> RegisteredTarget? {
        all.first { $0.specKey == key }
    }

    /// The target whose schema mapping is `object`.
    static func target(schema object: SpecSchema.ObjectName) -> RegisteredTarget? {
        all.first { $0.schemaObject == object }
    }

    /// The schema mappings of the targets, in registry order.
    static var schemaObjects: [SpecSchema.ObjectName] { all.compactMap(\.schemaObject) }

    /// The keys of `targets:` with their schema mapping and summary, in registry order.
    static var schemaEntries: [SpecSchema.Property] {
        all.compactMap { t in
            guard let key = t.specKey, let object = t.schemaObject else { return nil }
            return SpecSchema.Property(name: key, type: .object(object), required: false, doc: t.summary)
        }
    }

    /// The results columns each target describes in `aggregation.json`, by spec key, in registry order.
    static var resultsColumns: [(key: String, value: any Encodable & Sendable)] {
        all.compactMap { t in t.specKey.flatMap { key in t.resultsColumns.map { (key, $0) } } }
    }

    /// Every name a platform reserves.
    static let reservedNames: [String] = all.flatMap(\.reservedNames)

    /// Why `name` is reserved, if a platform reserves it.
    static func reservedReason(_ name: String) -> String? {
        all.first { $0.reservedNames.contains(name) }?.reservedReason
    }

    /// The targets `spec` has (those it names, and those every page has), in registry order, with their settings.
    static func present(in spec: Spec) -> [SpecTarget] {
        all.compactMap { t in t.settings(spec).map { SpecTarget(target: t, settings: $0) } }
    }
}

/// A target of a spec with its settings as parsed (the check stage's view).
struct SpecTarget {
    let target: RegisteredTarget
    let settings: any Sendable
}

/// Every results format `hitc aggregate` reads: each platform's own (its
/// target's `resultsFormat`) and the platform-neutral long format, registered
/// beside them. In `--format` order: the CSV formats (the platforms', then
/// long), then those only JSON Lines hold.
enum ResultsFormats {
    static let all: [ResultsFormatEntry] = {
        let platforms = TargetRegistry.all.compactMap(\.resultsFormat)
        return platforms.filter { $0.csv != nil } + [.long] + platforms.filter { $0.csv == nil }
    }()

    /// The CSV formats in detection order: a platform's own header is
    /// recognised before the long format's four columns.
    static let csv: [CSVResultsFormat] = all.compactMap(\.csv)

    /// The targets whose pages post their answers (read as submissions), for the command's help.
    static let submittingTargets = "generic or Prolific"

    /// The registered entry of `format`.
    static func entry(_ format: ResultsFormat) -> ResultsFormatEntry? {
        all.first { $0.format == format }
    }

    /// The CSV headers the formats expect, long first, for the error when a header fits none.
    static var expectedCSVHeaders: String { csvByLongFirst.map(\.expected).joined(separator: " or ") }

    /// The `--format` options of the CSV formats, long first ("--format long or --format mturk").
    static var csvOptions: String { csvByLongFirst.map { "--format \($0.format.rawValue)" }.joined(separator: " or ") }

    private static var csvByLongFirst: [CSVResultsFormat] { csv.filter { $0.format == .long } + csv.filter { $0.format != .long } }
}

/// The commands' help where it names the platforms, so the CLI never does.
public enum PlatformHelp {
    /// `hitc build`'s abstract.
    public static let buildAbstract =
        "Check specs and write their bundles (task page, preview, guidelines, aggregation config, each target platform's files, manifest)."

    /// What `hitc batch` writes, for its discussion: `hits.jsonl`, each target's files, `summary.json`.
    public static var batchFiles: String {
        joinedWithOr(["hits.jsonl (generic and Prolific)"] + TargetRegistry.all.compactMap(\.batchFilesHelp) + ["summary.json"],
                     last: " and ")
    }

    /// What `hitc aggregate` reads, for its discussion: each format's `about`.
    public static var aggregateInputs: String { joinedWithOr(ResultsFormats.all.map(\.about)) }

    /// `--format`'s words: `auto` and every format's name.
    public static var formatWords: [String] { ["auto"] + ResultsFormats.all.map(\.format.rawValue) }

    /// `--format`'s help.
    public static var formatOption: String {
        "auto (from a CSV header, a JSON Lines file's first line or a JSON export's first element), " + joinedWithOr(ResultsFormats.all.map(\.optionHelp)) + "."
    }

    /// "a, b or c" (or "a, b and c" with `last: " and "`).
    private static func joinedWithOr(_ items: [String], last: String = " or ") -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + last + items[items.count - 1]
    }
}

/// The rules every page follows whatever the spec's targets, because a page
/// may be uploaded to a platform that embeds it in an XML question document and
/// templates `${...}` per HIT; these name that platform's files in the
/// diagnostics and template errors that enforce the rules.
enum PageRules {
    /// The question document that embeds the page (no character XML 1.0 forbids).
    static let xmlDocument = "mturk/question.xml"
    /// The same, in words.
    static let xmlDescription = "MTurk's question XML"
    /// What would replace `${...}` in the page.
    static let batchTemplating = "MTurk's batch templating"
}

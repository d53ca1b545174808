/// Toloka: a project payload (`toloka/project.json`) whose task interface is a
/// Template Builder config (`TolokaView`) with the input and output
/// specifications it reads and writes (`TolokaDataSpec`), and the tasks to
/// upload (`toloka/tasks.tsv`, `TolokaTasksFile`).
enum TolokaTarget: PlatformTarget {
    typealias Settings = TolokaSettings
    typealias Checked = TolokaSettings

    static let specKey: String? = "toloka"
    static let summary = "Toloka (a Template Builder project)."

    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> TolokaSettings? {
        TolokaSettings()
    }

    static func specFiles(_ checked: CheckedSpec, _ settings: TolokaSettings) -> [BundleFileJob] {
        [{ ("toloka/project.json", JSONText.encode(TolokaProject(checked))) }]
    }

    static func batchFiles(_ checked: CheckedSpec, _ settings: TolokaSettings, gold: GoldPool) -> TargetBatchFiles? {
        TolokaTasksFile.make(checked, gold: gold)
    }
}

/// `targets.toloka` as written: no settings yet (`{}` means Toloka's defaults).
struct TolokaSettings: Sendable {}

extension Targets {
    /// `targets.toloka`, nil without a Toloka target.
    var toloka: TolokaSettings? {
        get { self[TolokaTarget.self] }
        set { self[TolokaTarget.self] = newValue }
    }
}

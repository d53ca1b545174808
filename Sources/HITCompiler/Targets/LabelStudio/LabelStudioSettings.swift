/// `targets.label_studio`: the settings of the Label Studio project, each
/// optional (an empty mapping keeps Label Studio's defaults and names the
/// project by the spec's title). They go into `label_studio/project.json`.
struct LabelStudioSettings: Sendable {
    /// How Label Studio hands tasks to annotators (its project `sampling`).
    enum Sampling: String, Sendable, CaseIterable {
        /// In import order ("Sequential sampling", Label Studio's default).
        case sequential
        /// At random ("Uniform sampling").
        case uniform

        /// The value of the project's `sampling` field.
        var apiValue: String {
            switch self {
            case .sequential: "Sequential sampling"
            case .uniform: "Uniform sampling"
            }
        }
    }

    /// `title`: the project's title (3 to 50 characters); the spec's title by default.
    var title: Located<String>?
    /// `sampling`: `sequential` (default) or `uniform`.
    var sampling: Sampling?
    /// `skip`: whether annotators may skip a task (Label Studio's skip button); true by default.
    var skip: Bool?
    /// `instructions_first`: show the instructions before annotators start (`show_instruction`); true by default.
    var instructionsFirst: Bool?

    static let properties: [SpecSchema.Property] = [
        .init(name: "title", type: .string, required: false,
              doc: "Project title, 3 to 50 characters (default: the spec's title)."),
        .init(name: "sampling", type: .words(Sampling.allCases.map(\.rawValue)), required: false,
              doc: "Order tasks are handed out: sequential (import order, default) or uniform (random)."),
        .init(name: "skip", type: .boolean, required: false,
              doc: "Show Label Studio's skip button (default true); a skipped task is a cancelled annotation, not an answer."),
        .init(name: "instructions_first", type: .boolean, required: false,
              doc: "Show the guidelines (the project's instructions) to annotators before they start (default true)."),
    ]

    static func parse(_ m: MappingView, _ ctx: inout ParseContext) -> LabelStudioSettings {
        LabelStudioSettings(
            title: m["title"].flatMap { ctx.string($0, "'title'") },
            sampling: m["sampling"].flatMap { ctx.word($0, "'sampling'", as: Sampling.self)?.value },
            skip: m["skip"].flatMap { ctx.bool($0, "'skip'") },
            instructionsFirst: m["instructions_first"].flatMap { ctx.bool($0, "'instructions_first'") })
    }
}

extension Targets {
    /// `targets.label_studio`, nil without a Label Studio target.
    var labelStudio: LabelStudioSettings? {
        get { self[LabelStudioTarget.self] }
        set { self[LabelStudioTarget.self] = newValue }
    }
}

/// `label_studio/project.json`: the body of Label Studio's create-project
/// request (`POST /api/projects`), fields as Label Studio's `Project` model
/// names them (checked against label-studio 1.23.2): the labeling config, the
/// guidelines as `expert_instruction` (HTML, the inside of guidelines.html's
/// `<main>`), `maximum_annotations` = `quality.judgments_per_item` (a task is
/// complete once it has that many annotations), and the target's settings.
struct LabelStudioProject: Encodable {
    /// The file's path in the bundle.
    static let path = "label_studio/project.json"
    /// Label Studio's bounds on a project title (`PROJECT_TITLE_MIN_LEN`, `PROJECT_TITLE_MAX_LEN`).
    static let titleLength = 3...50

    let title: String
    let description: String
    let label_config: String
    let expert_instruction: String
    let show_instruction: Bool
    let show_skip_button: Bool
    let maximum_annotations: Int
    let sampling: String

    init(_ checked: CheckedSpec, _ settings: LabelStudioSettings, config: String, instructions: String) {
        title = Self.title(checked.spec, settings) ?? "hitc task"
        description = checked.spec.description?.value ?? ""
        label_config = config
        expert_instruction = instructions
        show_instruction = settings.instructionsFirst ?? true
        show_skip_button = settings.skip ?? true
        maximum_annotations = checked.judgmentsPerItem
        sampling = (settings.sampling ?? .sequential).apiValue
    }

    /// The project's title: `targets.label_studio.title`; else the spec's title
    /// (or id) cut to 50 characters; nil when neither is 3 characters long.
    static func title(_ spec: Spec, _ settings: LabelStudioSettings) -> String? {
        if let title = settings.title?.value { return titleLength.contains(length(title)) ? title : nil }
        for name in [spec.title?.value, spec.id?.value].compactMap({ $0 }) where length(name) >= titleLength.lowerBound {
            var cut = String.UnicodeScalarView(name.unicodeScalars.prefix(titleLength.upperBound))
            while let last = cut.last, last.properties.isWhitespace { cut.removeLast() }
            if cut.count >= titleLength.lowerBound { return String(cut) }
        }
        return nil
    }

    /// A title's length as Label Studio counts it (Python's `len`: code points).
    static func length(_ text: String) -> Int { text.unicodeScalars.count }

    /// E0216 when no title of 3 to 50 characters can be made (the one set is out of bounds,
    /// or the spec's title and id are both shorter than 3 characters).
    static func checkTitle(_ settings: LabelStudioSettings, _ ctx: inout CheckContext) {
        guard title(ctx.spec, settings) == nil else { return }
        if let set = settings.title {
            ctx.report(.platformLimit,
                       "the Label Studio project title is \(length(set.value)) characters long; Label Studio takes 3 to 50",
                       set.range, notes: [DiagnosticNote("shorten or lengthen 'targets.label_studio.title'")])
        } else {
            ctx.report(.platformLimit, "Label Studio needs a project title of 3 to 50 characters; the spec's title and id are shorter",
                       ctx.spec.title?.range ?? ctx.spec.id?.range,
                       notes: [DiagnosticNote("set 'targets.label_studio.title'")])
        }
    }
}

/// `toloka/project.json`: the body of Toloka's create-project request
/// (`POST /api/v1/projects`), with the task interface as a Template Builder
/// view spec. Field names are the API's (snake case, `view_spec` in camel
/// case where the API has it).
struct TolokaProject: Encodable, Sendable {
    var public_name: String
    var public_description: String
    /// The full guidelines as an HTML fragment (what guidelines.html shows inside
    /// its `<main>`: hitc's own rendering, Markdown in cmark-gfm's safe mode);
    /// nil when there is none.
    var public_instructions: String?
    var assignments_issuing_type = "AUTOMATED"
    var task_spec: TaskSpec

    /// `task_spec`: the data the interface reads, the answers it writes, and the interface.
    struct TaskSpec: Encodable, Sendable {
        var input_spec: [String: TolokaFieldSpec]
        var output_spec: [String: TolokaFieldSpec]
        var view_spec: ViewSpec
    }

    /// A Template Builder view spec: `config` is the Template Builder JSON as
    /// a string (as the API takes it); `lock` pins each component type used to
    /// its version, as toloka-kit sends it.
    struct ViewSpec: Encodable, Sendable {
        var type = "tb"
        var config: String
        var lock: [String: String]
        var inferDataSpec = false
    }

    init(_ checked: CheckedSpec, instructions: String) {
        let spec = checked.spec
        public_name = checked.title
        public_description = spec.description?.value ?? checked.title
        public_instructions = instructions.isEmpty ? nil : instructions
        let view = TolokaView(spec)
        task_spec = TaskSpec(
            input_spec: TolokaDataSpec.input(spec.data),
            output_spec: TolokaDataSpec.output(spec.hit.questions),
            view_spec: ViewSpec(config: view.configText, lock: view.lock))
    }
}

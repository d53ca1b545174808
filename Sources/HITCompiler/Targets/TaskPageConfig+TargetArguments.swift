/// Transitional: the task page lowering (`TaskPageLowering.config`) still passes
/// the three submit targets by name. Once it passes `targets: checked.targets.pageConfig`
/// (and its `connectOrigins`/`formActionOrigins` go, the renderer asks
/// `CheckedTargets`), delete this file.
extension TaskPageConfig {
    typealias ProlificConfig = ProlificPageConfig
    typealias GenericConfig = GenericPageConfig
    typealias MTurkConfig = MTurkPageConfig

    init(task: String, taskVersion: String?, preview: Bool, itemsPerHit: Int, keyField: String?,
         questions: [QuestionConfig], feedback: Bool, prolific: ProlificPageConfig?, generic: GenericPageConfig?,
         mturk: MTurkPageConfig?, demoItems: [[String: JSONValue]]) {
        let named: [(String, (any Encodable & Sendable)?)] = [("prolific", prolific), ("generic", generic), ("mturk", mturk)]
        self.init(task: task, taskVersion: taskVersion, preview: preview, itemsPerHit: itemsPerHit, keyField: keyField,
                  questions: questions, feedback: feedback,
                  targets: named.compactMap { key, value in value.map { (key, $0) } }, demoItems: demoItems)
    }
}

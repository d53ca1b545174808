/// What the task page's script reads from `<script type="application/json" id="hitc-config">`:
/// the questions with their rules, the answer field names' ingredients, the
/// targets and the demo (or preview) items. Encoded with sorted keys; nil
/// values are left out.
struct TaskPageConfig: Encodable, Sendable {
    /// Version of this configuration format.
    var format: Int = 1
    /// The spec's `language` (BCP 47): plural rules and number format of the script's messages.
    var lang: String
    /// `ltr` or `rtl` (`TextDirection`).
    var dir: String
    /// The `script-*` messages, compiled (`ScriptMessages`).
    var messages: [String: JSONValue]
    /// The spec's `id` (names the download of answers).
    var task: String
    /// The spec's `version`.
    var taskVersion: String?
    /// Preview page: answers are shown, never sent.
    var preview: Bool
    /// `hit.items_per_hit`: answer fields `item1` ... `item<N>` are always sent.
    var itemsPerHit: Int
    /// `data.key`: its value is sent as `item<N>`.
    var keyField: String?
    /// Questions in layout order (a `visible_if` names an earlier one).
    var questions: [QuestionConfig]
    /// The feedback box is on the page (`hitc_feedback`).
    var feedback: Bool
    /// `hit.auto_advance`: once an item is answered, move to the next unanswered one.
    var autoAdvance: Bool
    /// The targets' entries (`PlatformTarget.pageConfig`), under each target's key.
    var targets: [(key: String, value: any Encodable & Sendable)]
    /// Items shown when the page carries no payload (opened from disk, preview).
    var demoItems: [[String: JSONValue]]

    struct QuestionConfig: Encodable, Sendable {
        var id: String
        var type: String
        var display: String
        var required: Bool
        /// Option hotkey → option value.
        var keys: [String: String]?
        /// All must hold; each holds when the named question's answer is one of `values`.
        var visibleIf: [VisibleIfConfig]?
        /// Bounds of a numeric answer, and its step (`QuestionType.pageConfig` fills them).
        var min: Double?
        var max: Double?
        var step: Double?
        /// Rules of a free-text answer.
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        /// How many options may be chosen, when several may.
        var minSelected: Int?
        var maxSelected: Int?
    }

    struct VisibleIfConfig: Encodable, Sendable {
        var question: String
        var values: [String]
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(format, forKey: JSONKey("format"))
        try c.encode(lang, forKey: JSONKey("lang"))
        try c.encode(dir, forKey: JSONKey("dir"))
        try c.encode(messages, forKey: JSONKey("messages"))
        try c.encode(task, forKey: JSONKey("task"))
        try c.encodeIfPresent(taskVersion, forKey: JSONKey("taskVersion"))
        try c.encode(preview, forKey: JSONKey("preview"))
        try c.encode(itemsPerHit, forKey: JSONKey("itemsPerHit"))
        try c.encodeIfPresent(keyField, forKey: JSONKey("keyField"))
        try c.encode(questions, forKey: JSONKey("questions"))
        try c.encode(feedback, forKey: JSONKey("feedback"))
        try c.encode(autoAdvance, forKey: JSONKey("autoAdvance"))
        for (key, value) in targets { try c.encode(value, forKey: JSONKey(key)) }
        try c.encode(demoItems, forKey: JSONKey("demoItems"))
    }
}

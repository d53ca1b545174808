/// What the task page's script reads from `<script type="application/json" id="hitc-config">`:
/// the questions with their rules, the answer field names' ingredients, the
/// targets and the demo (or preview) items. Encoded with sorted keys; nil
/// values are left out.
struct TaskPageConfig: Encodable, Sendable {
    /// Version of this configuration format.
    var format: Int = 1
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
    var prolific: ProlificConfig?
    var generic: GenericConfig?
    /// Set when the spec targets MTurk: the page then posts its form to `turkSubmitTo`.
    var mturk: MTurkConfig?
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
        /// `scale` and `number` bounds, `number` step.
        var min: Double?
        var max: Double?
        var step: Double?
        /// `text` rules.
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        /// `multi_choice` limits.
        var minSelected: Int?
        var maxSelected: Int?
    }

    struct VisibleIfConfig: Encodable, Sendable {
        var question: String
        var values: [String]
    }

    struct ProlificConfig: Encodable, Sendable {
        var completionCode: String
        var submitUrl: String?
    }

    struct GenericConfig: Encodable, Sendable {
        var submitUrl: String
    }

    struct MTurkConfig: Encodable, Sendable {
        /// The origins `turkSubmitTo` may name (the page's `form-action` allows only these).
        var submitOrigins: [String]
    }
}

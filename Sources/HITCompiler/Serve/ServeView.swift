/// How the served preview shows one HIT: as the preview page, or as a target's
/// worker sees the task page (the URL parameters the platform adds), or, for the
/// platforms that draw the page themselves from the bundle's files, those files.
public enum ServeView: String, Sendable, CaseIterable {
    /// preview.html with the HIT's items: answers shown on the page.
    case preview
    /// task.html with the HIT's items and no platform parameters (as opened from disk).
    case page
    /// task.html as MTurk shows it before the worker accepts (`assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE`).
    case mturkPreview = "mturk-preview"
    /// task.html as MTurk shows it once accepted (an assignment id and `turkSubmitTo`).
    case mturk
    /// task.html as Prolific opens it (`PROLIFIC_PID`, `STUDY_ID`, `SESSION_ID`).
    case prolific
    /// task.html on a generic host (`target=generic`).
    case generic
    /// Label Studio, Toloka, SageMaker Ground Truth, Appen: their own interface
    /// renders the bundle's files; the view shows those files as text.
    case labelStudio = "label-studio"
    case toloka
    case groundTruth = "ground-truth"
    case appen

    /// The label of the view's link.
    var label: String {
        switch self {
        case .preview: "Preview"
        case .page: "Task page"
        case .mturkPreview: "MTurk (preview)"
        case .mturk: "MTurk (accepted)"
        case .prolific: "Prolific"
        case .generic: "Generic"
        case .labelStudio: "Label Studio"
        case .toloka: "Toloka"
        case .groundTruth: "Ground Truth"
        case .appen: "Appen"
        }
    }

    /// The target the view needs in the spec (nil: every spec has it).
    var targetKey: String? {
        switch self {
        case .preview, .page: nil
        case .mturkPreview, .mturk: "mturk"
        case .prolific: "prolific"
        case .generic: "generic"
        case .labelStudio: "label_studio"
        case .toloka: "toloka"
        case .groundTruth: "ground_truth"
        case .appen: "appen"
        }
    }

    /// True for the platforms whose page hitc does not render (their files are shown).
    var showsFiles: Bool { [.labelStudio, .toloka, .groundTruth, .appen].contains(self) }

    /// The URL parameters the platform adds to the task page for HIT `hit`; the
    /// ids are made up and say so. Empty for the views that need none.
    func query(hit: Int) -> String {
        switch self {
        case .mturkPreview: "assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE&hitId=SERVE-HIT-\(hit)"
        case .mturk: "assignmentId=SERVE-ASSIGNMENT-\(hit)&hitId=SERVE-HIT-\(hit)&workerId=SERVE-WORKER&turkSubmitTo=https%3A%2F%2Fworkersandbox.mturk.com"
        case .prolific: "PROLIFIC_PID=serve-participant&STUDY_ID=serve-study&SESSION_ID=serve-session-\(hit)"
        case .generic: "target=generic"
        default: ""
        }
    }

    /// The views a bundle with these targets can show, in this order.
    static func available(targetKeys: [String]) -> [ServeView] {
        allCases.filter { view in view.targetKey.map(targetKeys.contains) ?? true }
    }
}

/// `targets.mturk` as written: Amazon Mechanical Turk.
struct MTurkSettings: Sendable {
    var lifetime: Located<Duration>?
    var assignmentDuration: Located<Duration>?
    var autoApprove: Located<Duration>?
    /// `FrameHeight` of the HTMLQuestion; 0 fits the worker's window.
    var frameHeight: Int?
}

extension Targets {
    /// `targets.mturk`, nil without an MTurk target.
    var mturk: MTurkSettings? {
        get { self[MTurkTarget.self] }
        set { self[MTurkTarget.self] = newValue }
    }
}

extension CheckedSpec {
    /// `targets.mturk` with its defaults; nil without an MTurk target.
    var mturk: CheckedMTurk? { targets.settings(of: MTurkTarget.self) }
}

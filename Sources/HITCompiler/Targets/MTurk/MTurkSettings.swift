/// `targets.mturk` as written: Amazon Mechanical Turk.
public struct MTurkSettings: Sendable {
    public var lifetime: Located<Duration>?
    public var assignmentDuration: Located<Duration>?
    public var autoApprove: Located<Duration>?
    /// `FrameHeight` of the HTMLQuestion; 0 fits the worker's window.
    public var frameHeight: Int?
}

extension Targets {
    /// `targets.mturk`, nil without an MTurk target.
    public var mturk: MTurkSettings? {
        get { self[MTurkTarget.self] }
        set { self[MTurkTarget.self] = newValue }
    }
}

extension CheckedSpec {
    /// `targets.mturk` with its defaults; nil without an MTurk target.
    public var mturk: CheckedMTurk? { targets.settings(of: MTurkTarget.self) }
}

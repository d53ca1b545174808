/// `targets.mturk` with its defaults applied, in seconds.
struct CheckedMTurk: Sendable {
    /// `lifetime`: how long the HITs stay listed; 7 days by default.
    let lifetimeSeconds: Int
    /// `assignment_duration`: how long a worker has for one HIT; 1 hour by default.
    let assignmentDurationSeconds: Int
    /// `auto_approve`: when MTurk approves an assignment not reviewed; 3 days by default.
    let autoApproveSeconds: Int
    /// `FrameHeight` of the HTMLQuestion; 0 (fit the worker's window) by default.
    let frameHeight: Int

    /// Every default, as for a target written with no setting.
    static let defaults = CheckedMTurk(MTurkSettings())

    /// Applies the defaults to the target as written.
    init(_ mturk: MTurkSettings) {
        lifetimeSeconds = mturk.lifetime?.value.seconds ?? 7 * 86_400
        assignmentDurationSeconds = mturk.assignmentDuration?.value.seconds ?? 3600
        autoApproveSeconds = mturk.autoApprove?.value.seconds ?? 3 * 86_400
        frameHeight = mturk.frameHeight ?? 0
    }
}

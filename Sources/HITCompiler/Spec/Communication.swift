/// Step 6: how the task reaches workers.
public struct Communication: Sendable {
    public enum Feedback: String, Sendable, CaseIterable { case none, optional }

    public var contact: Located<String>?
    public var feedback: Feedback
    public var minHourlyWage: Located<Money>?
}

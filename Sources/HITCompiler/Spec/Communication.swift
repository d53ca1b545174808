/// Step 6: how the task reaches workers.
struct Communication: Sendable {
    enum Feedback: String, Sendable, CaseIterable { case none, optional }

    var contact: Located<String>?
    var feedback: Feedback
    var minHourlyWage: Located<Money>?
}

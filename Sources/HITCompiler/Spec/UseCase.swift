/// Steps 1-2 of the checklist: why the labels exist and how they are used.
public struct UseCase: Sendable {
    enum Purpose: String, Sendable, CaseIterable {
        case training, evaluation, model_qa, reference_collection
    }
    enum Priority: String, Sendable, CaseIterable { case critical, nice_to_have }
    enum Cadence: String, Sendable, CaseIterable { case one_off, continuous }

    var purpose: Located<Purpose>?
    var goal: Located<String>?
    /// The metric the labels serve (`use_case.metric`).
    public var metric: Located<String>?
    /// Gain per label value for the metric, in the order written.
    var gains: [Gain]
    var priority: Located<Priority>?
    var cadence: Located<Cadence>?
    var owner: Located<String>?
    var priorWork: Located<String>?

    /// One `value: gain` entry of `gains`.
    struct Gain: Sendable {
        var value: Located<String>
        var gain: Double
    }
}

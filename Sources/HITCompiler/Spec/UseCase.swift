/// Steps 1-2 of the checklist: why the labels exist and how they are used.
public struct UseCase: Sendable {
    public enum Purpose: String, Sendable, CaseIterable {
        case training, evaluation, model_qa, reference_collection
    }
    public enum Priority: String, Sendable, CaseIterable { case critical, nice_to_have }
    public enum Cadence: String, Sendable, CaseIterable { case one_off, continuous }

    public var purpose: Located<Purpose>?
    public var goal: Located<String>?
    public var metric: Located<String>?
    /// Gain per label value for the metric, in the order written.
    public var gains: [Gain]
    public var priority: Located<Priority>?
    public var cadence: Located<Cadence>?
    public var owner: Located<String>?
    public var priorWork: Located<String>?

    /// One `value: gain` entry of `gains`.
    public struct Gain: Sendable {
        public var value: Located<String>
        public var gain: Double
    }
}

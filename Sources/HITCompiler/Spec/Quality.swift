/// Step 7: redundancy, gold, qualification, checks, agreement and aggregation.
public struct Quality: Sendable {
    public var judgmentsPerItem: Located<Int>
    public var gold: Gold?
    public var qualification: Qualification?
    public var minSecondsPerHit: Located<Int>?
    public var agreement: Agreement?
    /// One rule per question, in the order written.
    public var aggregation: [AggregationRule] {
        didSet { ruleIndex = aggregation.firstPlaces(by: \.question.value) }
    }
    /// Where the first rule for each question is in `aggregation`.
    private var ruleIndex: [String: Int]

    public init(judgmentsPerItem: Located<Int>, gold: Gold?, qualification: Qualification?, minSecondsPerHit: Located<Int>?,
                agreement: Agreement?, aggregation: [AggregationRule]) {
        self.judgmentsPerItem = judgmentsPerItem
        self.gold = gold
        self.qualification = qualification
        self.minSecondsPerHit = minSecondsPerHit
        self.agreement = agreement
        self.aggregation = aggregation
        ruleIndex = aggregation.firstPlaces(by: \.question.value)
    }

    public struct Gold: Sendable {
        public var file: Located<String>
        public var perHit: Located<Int>
        public var minAccuracy: Located<Double>?
        public var showFeedback: Bool
        public var range: SourceRange
    }

    public struct Qualification: Sendable {
        public var approvalRate: Located<Int>?
        public var approvedHits: Located<Int>?
        /// ISO 3166-1 alpha-2 country codes (optionally `US-NY` subdivisions).
        public var locales: [Located<String>]
    }

    public struct Agreement: Sendable {
        public enum Metric: String, Sendable, CaseIterable { case krippendorff_alpha, fleiss_kappa, percent }
        public var metric: Located<Metric>
        public var min: Located<Double>?
    }

    public struct AggregationRule: Sendable {
        public enum Method: String, Sendable, CaseIterable {
            case majority, weighted_majority, dawid_skene, mean, median, collect
        }
        public var question: Located<String>
        public var method: Located<Method>
        public var minConfidence: Located<Double>?
    }

    /// The rule for a question, if one is written (the first for it).
    public func aggregation(for question: String) -> AggregationRule? {
        ruleIndex[question].map { aggregation[$0] }
    }
}

/// Step 7: redundancy, gold, qualification, checks, agreement and aggregation.
struct Quality: Sendable {
    var judgmentsPerItem: Located<Int>
    var gold: Gold?
    var qualification: Qualification?
    var minSecondsPerHit: Located<Int>?
    var agreement: Agreement?
    /// One rule per question, in the order written.
    var aggregation: [AggregationRule] {
        didSet { ruleIndex = aggregation.firstPlaces(by: \.question.value) }
    }
    /// Where the first rule for each question is in `aggregation`.
    private var ruleIndex: [String: Int]

    init(judgmentsPerItem: Located<Int>, gold: Gold?, qualification: Qualification?, minSecondsPerHit: Located<Int>?,
                agreement: Agreement?, aggregation: [AggregationRule]) {
        self.judgmentsPerItem = judgmentsPerItem
        self.gold = gold
        self.qualification = qualification
        self.minSecondsPerHit = minSecondsPerHit
        self.agreement = agreement
        self.aggregation = aggregation
        ruleIndex = aggregation.firstPlaces(by: \.question.value)
    }

    struct Gold: Sendable {
        var file: Located<String>
        var perHit: Located<Int>
        var minAccuracy: Located<Double>?
        var showFeedback: Bool
        var range: SourceRange
    }

    struct Qualification: Sendable {
        var approvalRate: Located<Int>?
        var approvedHits: Located<Int>?
        /// ISO 3166-1 alpha-2 country codes (optionally `US-NY` subdivisions).
        var locales: [Located<String>]
    }

    struct Agreement: Sendable {
        enum Metric: String, Sendable, CaseIterable { case krippendorff_alpha, fleiss_kappa, percent }
        var metric: Located<Metric>
        var min: Located<Double>?
    }

    struct AggregationRule: Sendable {
        enum Method: String, Sendable, CaseIterable {
            case majority, weighted_majority, dawid_skene, one_coin, wawa, zero_based_skill, glad, mace
            case bradley_terry, noisy_bt
            case mean, median, collect
        }
        /// Where an iterative method starts (`init:`): from the workers' answers
        /// on gold items, or from the votes alone.
        enum Start: String, Sendable, CaseIterable {
            case gold, votes
        }
        var question: Located<String>
        var method: Located<Method>
        var minConfidence: Located<Double>?
        /// `init:`, when written (the method's default otherwise: `gold` when there is gold).
        var start: Located<Start>?
    }

    /// The rule for a question, if one is written (the first for it).
    func aggregation(for question: String) -> AggregationRule? {
        ruleIndex[question].map { aggregation[$0] }
    }
}

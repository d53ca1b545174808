/// Every categorical method, each once.
enum CategoricalMethods {
    static let all: [any CategoricalMethod.Type] = [
        Majority.self, WeightedMajority.self, Wawa.self, ZeroBasedSkill.self,
        DawidSkeneMethod.self, OneCoin.self, GLAD.self, MACE.self,
    ]

    /// The methods' words, in the order listed.
    static let names: [Quality.AggregationRule.Method] = all.map { $0.name }

    /// Where `method` starts: `gold` when it can start from gold, there is
    /// gold, and the rule does not say `init: votes`; `votes` otherwise; nil
    /// for a method that cannot start from gold.
    static func start(of method: Quality.AggregationRule.Method, written: Quality.AggregationRule.Start?,
                      hasGold: Bool) -> Quality.AggregationRule.Start? {
        guard self.method(method)?.startsFromGold == true else { return nil }
        return hasGold ? (written ?? .gold) : .votes
    }

    /// The method named `name`, if it is categorical.
    static func method(_ name: Quality.AggregationRule.Method) -> (any CategoricalMethod.Type)? {
        all.first { $0.name == name }
    }
}

/// Every categorical method, each once.
enum CategoricalMethods {
    static let all: [any CategoricalMethod.Type] = [
        Majority.self, WeightedMajority.self, DawidSkeneMethod.self,
        GLAD.self,
        MACE.self,
    ]

    /// The methods' words, in the order listed.
    static let names: [Quality.AggregationRule.Method] = all.map { $0.name }

    /// The method named `name`, if it is categorical.
    static func method(_ name: Quality.AggregationRule.Method) -> (any CategoricalMethod.Type)? {
        all.first { $0.name == name }
    }
}

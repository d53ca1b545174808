/// Parses `use_case:`.
enum UseCaseParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> UseCase? {
        guard let m = ctx.mapping(node, "'use_case'", allowed: SpecSchema.keys(.useCase)) else { return nil }
        var gains: [UseCase.Gain] = []
        if let g = m["gains"] {
            guard case .mapping(let pairs) = g.kind else {
                ctx.report(.wrongNodeKind, "'gains' must be a mapping of label values to numbers, not \(g.shapeDescription)", g.range)
                return nil
            }
            for pair in pairs {
                if let n = ctx.number(pair.value, "the gain of '\(pair.key)'") {
                    gains.append(UseCase.Gain(value: Located(pair.key, pair.keyRange), gain: n.value))
                }
            }
        }
        return UseCase(
            purpose: ctx.optional(m["purpose"], path: "use_case.purpose") { $1.word($0, "purpose", as: UseCase.Purpose.self) },
            goal: ctx.optional(m["goal"], path: "use_case.goal") { $1.string($0, "'goal'") },
            metric: ctx.optional(m["metric"], path: "use_case.metric") { $1.string($0, "'metric'") },
            gains: gains,
            priority: m["priority"].flatMap { ctx.word($0, "priority", as: UseCase.Priority.self) },
            cadence: m["cadence"].flatMap { ctx.word($0, "cadence", as: UseCase.Cadence.self) },
            owner: ctx.optional(m["owner"], path: "use_case.owner") { $1.string($0, "'owner'") },
            priorWork: ctx.optional(m["prior_work"], path: "use_case.prior_work") { $1.string($0, "'prior_work'") })
    }
}

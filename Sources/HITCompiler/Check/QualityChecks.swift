/// Aggregation and agreement fit the question types; gold leaves room for items.
enum QualityChecks {
    static func run(_ ctx: inout CheckContext) {
        guard let quality = ctx.spec.quality else { return }
        for rule in quality.aggregation {
            if let c = rule.minConfidence, rule.method.value == .collect {
                ctx.report(.aggregationMismatch, "'min_confidence' does not apply to 'collect'", c.range)
            }
            if let start = rule.start {
                let starting = CategoricalMethods.all.filter { $0.startsFromGold }.map { $0.name.rawValue }
                if CategoricalMethods.method(rule.method.value)?.startsFromGold != true {
                    ctx.report(.aggregationMismatch, "'init' does not apply to '\(rule.method.value.rawValue)'", start.range,
                               notes: [DiagnosticNote("methods that start from gold: \(starting.joined(separator: ", "))")])
                } else if start.value == .gold, ctx.spec.quality?.gold == nil {
                    ctx.report(.aggregationMismatch, "'init: gold' needs gold items ('quality.gold')", start.range)
                }
            }
            guard let q = ctx.outline(rule.question.value) else {
                if ctx.isUnknownQuestion(rule.question.value) {
                    let (notes, fixIts) = ctx.suggestion(for: rule.question, among: ctx.questionIDs)
                    ctx.report(.unknownQuestion, "'aggregation' names question '\(rule.question.value)', which does not exist",
                               rule.question.range, notes: notes, fixIts: fixIts)
                }
                continue
            }
            // A question whose type did not parse cannot be matched with a method.
            guard let type = q.type else { continue }
            let typeName = type.word
            let fitting = type.aggregationMethods
            if !fitting.contains(rule.method.value) {
                ctx.report(.aggregationMismatch,
                           "'\(rule.method.value.rawValue)' cannot aggregate '\(q.id)', a \(typeName) question",
                           rule.method.range,
                           notes: [DiagnosticNote("methods for \(typeName): \(fitting.map(\.rawValue).joined(separator: ", "))")])
            }
        }
        // Reported only when every question's type is known: one whose type did not
        // parse might be the measurable one.
        if let agreement = quality.agreement, !ctx.outlines.isEmpty, ctx.outlines.allSatisfy({ $0.type != nil }) {
            let measurable = ctx.outlines.filter { q in
                switch q.type?.agreementLevel {
                case nil: false
                case .nominal: true
                default: agreement.metric.value == .krippendorff_alpha || agreement.metric.value == .percent
                }
            }
            if measurable.isEmpty {
                ctx.report(.agreementMismatch,
                           "'\(agreement.metric.value.rawValue)' cannot be computed on any question of this task",
                           agreement.metric.range,
                           notes: [DiagnosticNote("fleiss_kappa needs a choice question; krippendorff_alpha and percent need a choice, scale or number question")])
            }
        }
        if let gold = quality.gold, let items = ctx.spec.hit.itemsPerHit, gold.perHit.value >= items.value {
            ctx.report(.goldExceedsItems,
                       "'gold.per_hit' (\(gold.perHit.value)) must be less than 'items_per_hit' (\(items.value)); gold items are part of the page",
                       gold.perHit.range)
        }
    }

}

/// Parses `quality:`.
enum QualityParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> Quality? {
        guard let m = ctx.mapping(node, "'quality'", allowed: SpecSchema.keys(.quality)) else { return nil }
        let judgments = m.required("judgments_per_item", &ctx).flatMap { parseInteger($0, "'judgments_per_item'", in: SpecLimits.judgmentsPerItem, &ctx) }
        let gold = ctx.optional(m["gold"], path: "quality.gold") { parseGold($0, &$1) }
        let qualification = m["qualification"].flatMap { parseQualification($0, &ctx) }
        var minSeconds: Located<Int>?
        if let c = m["checks"], let checks = ctx.mapping(c, "'quality.checks'", allowed: SpecSchema.keys(.checks)) {
            minSeconds = checks["min_seconds_per_hit"].flatMap { parseInteger($0, "'min_seconds_per_hit'", minimum: 0, maximum: SpecLimits.secondsPerHit.upperBound, &ctx) }
        }
        var agreement: Quality.Agreement?
        if let a = m["agreement"], let am = ctx.mapping(a, "'quality.agreement'", allowed: SpecSchema.keys(.agreement)) {
            if let metric = am.required("metric", &ctx).flatMap({ ctx.word($0, "agreement metric", as: Quality.Agreement.Metric.self) }) {
                agreement = Quality.Agreement(metric: metric,
                                              min: am["min"].flatMap { parseFraction($0, "'agreement.min'", in: -1...1, &ctx) })
            }
        }
        if m["agreement"] != nil, agreement == nil { ctx.unreadable.insert("quality.agreement") }
        var rules: [Quality.AggregationRule] = []
        if let a = m["aggregation"] {
            if case .mapping(let pairs) = a.kind {
                for p in pairs {
                    guard let r = ctx.mapping(p.value, "the aggregation of '\(p.key)'", allowed: SpecSchema.keys(.aggregationRule)),
                          let method = r.required("method", &ctx).flatMap({ ctx.word($0, "aggregation method", as: Quality.AggregationRule.Method.self) })
                    else {
                        ctx.unreadable.insert("quality.aggregation.\(p.key)")
                        continue
                    }
                    rules.append(Quality.AggregationRule(
                        question: Located(p.key, p.keyRange), method: method,
                        minConfidence: r["min_confidence"].flatMap { parseFraction($0, "'min_confidence'", in: 0...1, &ctx) },
                        start: r["init"].flatMap { ctx.word($0, "'init'", as: Quality.AggregationRule.Start.self) }))
                }
            } else {
                ctx.report(.wrongNodeKind, "'quality.aggregation' must map question ids to rules, not \(a.shapeDescription)", a.range)
            }
        }
        guard let judgments else { return nil }
        return Quality(judgmentsPerItem: judgments, gold: gold, qualification: qualification, minSecondsPerHit: minSeconds,
                       agreement: agreement, aggregation: rules)
    }

    private static func parseGold(_ node: YAMLNode, _ ctx: inout ParseContext) -> Quality.Gold? {
        guard let m = ctx.mapping(node, "'quality.gold'", allowed: SpecSchema.keys(.gold)) else { return nil }
        let file = m.required("file", &ctx).flatMap { ctx.string($0, "'gold.file'") }
        let perHit = m.required("per_hit", &ctx).flatMap { parseInteger($0, "'gold.per_hit'", in: SpecLimits.goldPerHit, &ctx) }
        guard let file, let perHit else { return nil }
        return Quality.Gold(file: file, perHit: perHit,
                            minAccuracy: m["min_accuracy"].flatMap { parseFraction($0, "'gold.min_accuracy'", in: 0...1, &ctx) },
                            showFeedback: m["show_feedback"].flatMap { ctx.bool($0, "'show_feedback'") } ?? false,
                            range: node.range)
    }

    private static func parseQualification(_ node: YAMLNode, _ ctx: inout ParseContext) -> Quality.Qualification? {
        guard let m = ctx.mapping(node, "'quality.qualification'", allowed: SpecSchema.keys(.qualification)) else { return nil }
        var rate: Located<Int>?
        if let n = m["approval_rate"], let v = ctx.integer(n, "'approval_rate'") {
            if (0...100).contains(v.value) { rate = v } else {
                ctx.report(.valueOutOfRange, "'approval_rate' is a percentage between 0 and 100, not \(v.value)", v.range)
            }
        }
        let locales = m["locales"].map { ctx.strings($0, "'locales'") } ?? []
        for locale in locales where !isLocale(locale.value) {
            ctx.report(.invalidEnumValue, "'\(locale.value)' is not a country code (ISO 3166-1 alpha-2, e.g. US, or US-NY)", locale.range)
        }
        reportDuplicates(locales, "locale", in: "'locales'", &ctx)
        return Quality.Qualification(approvalRate: rate,
                                     approvedHits: m["approved_hits"].flatMap { parseInteger($0, "'approved_hits'", in: SpecLimits.approvedHITs, &ctx) },
                                     locales: locales)
    }

    /// `US` or a subdivision `US-NY`: two upper-case letters, optionally `-` and 1-3 alphanumerics.
    private static func isLocale(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        return parts.count == 1 || ((1...3).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) })
    }
}

/// Parses `hit:`: page settings, layout and questions.
///
/// A missing or unreadable layout or question list is reported and read as
/// empty, so the rest of the spec is still checked (checks do not report
/// references into an empty list).
enum HITParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> HITDesign? {
        guard let m = ctx.mapping(node, "'hit'", allowed: SpecSchema.keys(.hit)) else { return nil }
        let items = m.required("items_per_hit", &ctx).flatMap { parseInteger($0, "'items_per_hit'", in: SpecLimits.itemsPerHit, &ctx) }
        let reward = m.required("reward", &ctx).flatMap { parseMoney($0, "'reward'", &ctx) }
        let seconds = m.required("estimated_seconds", &ctx).flatMap { parseInteger($0, "'estimated_seconds'", in: SpecLimits.secondsPerHit, &ctx) }
        let layout = m.required("layout", &ctx).map { LayoutParser.parse($0, &ctx) } ?? []
        let parsed = m.required("questions", &ctx).map { QuestionParser.parse($0, &ctx) } ?? (questions: [], outlines: [])
        var design = HITDesign(itemsPerHit: items, reward: reward, estimatedSeconds: seconds, layout: layout,
                               questions: parsed.questions, outlines: parsed.outlines)
        if let node = m["auto_advance"], let flag = ctx.bool(node, "'auto_advance'") { design.autoAdvance = flag }
        return design
    }
}

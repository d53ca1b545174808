/// Parses `communication:`.
enum CommunicationParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> Communication? {
        guard let m = ctx.mapping(node, "'communication'", allowed: SpecSchema.keys(.communication)) else { return nil }
        return Communication(
            contact: ctx.optional(m["contact"], path: "communication.contact") { $1.string($0, "'contact'") },
            feedback: m["feedback"].flatMap { ctx.word($0, "feedback mode", as: Communication.Feedback.self)?.value } ?? .none,
            minHourlyWage: ctx.optional(m["min_hourly_wage"], path: "communication.min_hourly_wage") { parseMoney($0, "'min_hourly_wage'", &$1) })
    }
}

/// Parses `targets:`.
enum TargetsParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> Targets? {
        guard let m = ctx.mapping(node, "'targets'", allowed: SpecSchema.keys(.targets)) else { return nil }
        var targets = Targets()
        if let t = m["mturk"], let mt = ctx.mapping(t, "'targets.mturk'", allowed: SpecSchema.keys(.mturk)) {
            targets.mturk = Targets.MTurk(
                lifetime: mt["lifetime"].flatMap { parseDuration($0, "'lifetime'", &ctx) },
                assignmentDuration: mt["assignment_duration"].flatMap { parseDuration($0, "'assignment_duration'", &ctx) },
                autoApprove: mt["auto_approve"].flatMap { parseDuration($0, "'auto_approve'", &ctx) },
                frameHeight: mt["frame_height"].flatMap { parseInteger($0, "'frame_height'", minimum: 0, &ctx)?.value })
        }
        if let t = m["prolific"], let pm = ctx.mapping(t, "'targets.prolific'", allowed: SpecSchema.keys(.prolific)) {
            let code = pm.required("completion_code", &ctx).flatMap { ctx.string($0, "'completion_code'") }
            let url = pm["submit_url"].flatMap { httpsURL($0, "'prolific.submit_url'", &ctx) }
            if let code {
                if !code.value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                    ctx.report(.invalidEnumValue, "'completion_code' may hold only letters, digits, '-' and '_'", code.range)
                }
                targets.prolific = Targets.Prolific(completionCode: code, submitURL: url)
            }
        }
        if let t = m["generic"], let gm = ctx.mapping(t, "'targets.generic'", allowed: SpecSchema.keys(.generic)) {
            if let url = gm.required("submit_url", &ctx).flatMap({ httpsURL($0, "'generic.submit_url'", &ctx) }) {
                targets.generic = Targets.Generic(submitURL: url)
            }
        }
        return targets
    }

    /// A submit URL: an https URL whose origin the task page's Content-Security-Policy
    /// can name (`HTTPSURL.origin`), so the page never blocks its own submission.
    private static func httpsURL(_ node: YAMLNode, _ what: String, _ ctx: inout ParseContext) -> Located<String>? {
        guard let s = ctx.string(node, what) else { return nil }
        if case .failure(let problem) = HTTPSURL.origin(s.value) {
            ctx.report(.invalidURL, "\(what) '\(s.value)' \(problem.reason)", s.range)
            return nil
        }
        return s
    }
}

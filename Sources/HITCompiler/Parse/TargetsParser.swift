/// Parses `targets:`: each key is a registered target (`TargetRegistry`), which
/// parses its own mapping; other keys are refused by the mapping's allowed keys.
enum TargetsParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> Targets? {
        guard let m = ctx.mapping(node, "'targets'", allowed: SpecSchema.keys(.targets)) else { return nil }
        var targets = Targets()
        for target in TargetRegistry.all {
            guard let key = target.specKey, let node = m[key] else { continue }
            target.parse(node, &targets, &ctx)
        }
        return targets
    }

    /// A submit URL: an https URL whose origin the task page's Content-Security-Policy
    /// can name (`HTTPSURL.origin`), so the page never blocks its own submission.
    static func httpsURL(_ node: YAMLNode, _ what: String, _ ctx: inout ParseContext) -> Located<String>? {
        guard let s = ctx.string(node, what) else { return nil }
        if case .failure(let problem) = HTTPSURL.origin(s.value) {
            ctx.report(.invalidURL, "\(what) '\(s.value)' \(problem.reason)", s.range)
            return nil
        }
        return s
    }
}

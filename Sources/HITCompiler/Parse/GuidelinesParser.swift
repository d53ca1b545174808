/// Parses `guidelines:`.
enum GuidelinesParser {
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> Guidelines? {
        guard let m = ctx.mapping(node, "'guidelines'", allowed: SpecSchema.keys(.guidelines)) else { return nil }
        let sections = list(m["sections"], "'guidelines.sections'", path: "guidelines.sections", &ctx) { parseSection($0, &$1) }
        let examples = list(m["examples"], "'guidelines.examples'", path: "guidelines.examples", &ctx) { parseExample($0, &$1) }
        let faq = list(m["faq"], "'guidelines.faq'", path: "guidelines.faq", &ctx) { item, ctx -> Guidelines.FAQEntry? in
            guard let e = ctx.mapping(item, "a FAQ entry", allowed: SpecSchema.keys(.faqEntry)) else { return nil }
            guard let q = e.required("q", &ctx).flatMap({ ctx.string($0, "a FAQ question") }),
                  let a = e.required("a", &ctx).flatMap({ ctx.string($0, "a FAQ answer") }) else { return nil }
            return Guidelines.FAQEntry(question: q, answer: a)
        }
        let changelog = list(m["changelog"], "'guidelines.changelog'", path: "guidelines.changelog", &ctx) { item, ctx -> Guidelines.ChangelogEntry? in
            guard let e = ctx.mapping(item, "a changelog entry", allowed: SpecSchema.keys(.changelogEntry)) else { return nil }
            let version = e.required("version", &ctx).flatMap { parseSemver($0, "a changelog 'version'", &ctx) }
            let notes = e.required("notes", &ctx).flatMap { ctx.string($0, "changelog 'notes'") }
            var date: Located<CalendarDate>?
            if let d = e["date"], let text = ctx.string(d, "a changelog 'date'") {
                if let parsed = ValueSyntax.date(text.value) {
                    date = Located(parsed, text.range)
                } else {
                    ctx.report(.invalidDate, "'\(text.value)' is not a date (YYYY-MM-DD)", text.range)
                }
            }
            guard let version, let notes else { return nil }
            return Guidelines.ChangelogEntry(version: version, date: date, notes: notes)
        }
        return Guidelines(summary: ctx.optional(m["summary"], path: "guidelines.summary") { $1.string($0, "'guidelines.summary'") },
                          sections: sections, examples: examples, faq: faq, changelog: changelog)
    }

    /// Parses an optional list with an element parser; when the list cannot be
    /// read, or an entry is dropped or has an error, `path` is remembered as unreadable.
    private static func list<T>(_ node: YAMLNode?, _ what: String, path: String, _ ctx: inout ParseContext,
                                _ element: (YAMLNode, inout ParseContext) -> T?) -> [T] {
        guard let node, !node.isNull else { return [] }
        guard let items = ctx.sequence(node, what) else {
            ctx.unreadable.insert(path)
            return []
        }
        var result: [T] = []
        for item in items {
            let start = ctx.mark
            if let value = element(item, &ctx) { result.append(value) }
            if !ctx.isClean(since: start) { ctx.unreadable.insert(path) }
        }
        return result
    }

    private static func parseSection(_ node: YAMLNode, _ ctx: inout ParseContext) -> Guidelines.Section? {
        guard let m = ctx.mapping(node, "a guideline section", allowed: SpecSchema.keys(.section)) else { return nil }
        guard let title = m.required("title", &ctx).flatMap({ ctx.string($0, "a section 'title'") }) else { return nil }
        let body = m["body"].flatMap { ctx.string($0, "the body of section '\(title.value)'") }
        let file = m["file"].flatMap { ctx.string($0, "the file of section '\(title.value)'") }
        if m["body"] == nil, m["file"] == nil {
            ctx.report(.missingKey, "section '\(title.value)' needs a 'body' or a 'file'", SourceRange(at: node.range.start))
        } else if let f = m.pair("file"), m["body"] != nil {
            ctx.report(.unknownKey, "section '\(title.value)' has both 'body' and 'file'; keep one", f.keyRange)
        }
        return Guidelines.Section(title: title, body: body, file: file, range: node.range)
    }

    private static func parseExample(_ node: YAMLNode, _ ctx: inout ParseContext) -> Guidelines.Example? {
        guard let m = ctx.mapping(node, "a guideline example", allowed: SpecSchema.keys(.example)) else { return nil }
        let itemNode = m.required("item", &ctx)
        let item = itemNode.map { values($0, "an example's 'item'", allowLists: false, &ctx) } ?? []
        let answers = m.required("answers", &ctx).map { values($0, "an example's 'answers'", allowLists: true, &ctx) } ?? []
        guard let itemNode else { return nil }
        return Guidelines.Example(item: item, answers: answers, why: m["why"].flatMap { ctx.string($0, "an example's 'why'") },
                                  range: node.range, itemRange: itemNode.range)
    }

    private static func values(_ node: YAMLNode, _ what: String, allowLists: Bool, _ ctx: inout ParseContext) -> [Guidelines.ExampleValue] {
        guard case .mapping(let pairs) = node.kind else {
            ctx.report(.wrongNodeKind, "\(what) must be a mapping of names to values, not \(node.shapeDescription)", node.range)
            return []
        }
        return pairs.compactMap { p in
            let name = Located(p.key, p.keyRange)
            switch p.value.kind {
            case .scalar(let text, _):
                let isNull = p.value.isNull
                return Guidelines.ExampleValue(name: name, values: isNull ? [] : [Located(text, p.value.range)],
                                               isList: false, isNull: isNull, range: p.value.range)
            case .sequence(let items) where allowLists:
                let scalars = items.compactMap { ctx.string($0, "a value of '\(p.key)'") }
                return Guidelines.ExampleValue(name: name, values: scalars, isList: true, isNull: false, range: p.value.range)
            default:
                ctx.report(.wrongNodeKind, "the value of '\(p.key)' in \(what) must be \(allowLists ? "a value or a list of values" : "a single value"), not \(p.value.shapeDescription)", p.value.range)
                return nil
            }
        }
    }
}

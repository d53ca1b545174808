/// What Appen cannot take or show as the spec says, checked when
/// `targets.appen` is set:
///
/// - `E0215`: a reward not in USD (Appen pays `payment_cents`, US cents).
/// - `E0216`: a reward that is not a whole number of cents; two fields or
///   questions whose CML names (their ids in lower case, `AppenNames`) would be
///   the same, or one taking a gold column's name, or a question's earlier id
///   (`renamed_from`, whose column the results reader reads as the question's)
///   taking any of these names; a name starting with `_`
///   (Appen's own report columns: `_unit_id`, `_worker_id`, ...); an option value
///   holding white space (Appen's "Guide to CML Attributes": spaces in `value`
///   "will not be accepted, as they will break any test questions created").
/// - `E0801`: a `visible_if` of several conditions where one accepts several
///   values: `only-if` has `||` and `++` but no grouping to say
///   "(a or b) and c".
/// - `W0018`: what the page shows more simply or does not enforce while the
///   answers keep their form: option keys (CML has no keyboard shortcuts),
///   a check no CML validator expresses (`AppenValidation`: a multiple
///   choice's `min_selected`/`max_selected`, a decimal number's bounds, a
///   step other than 1, an optional text's `min_length`, a pattern that
///   needs JavaScript's unicode mode), a multiple choice's exclusive option
///   (no validator or CML attribute keeps it alone), a markdown block (shown as its source text),
///   `approval_rate`/`approved_hits` (no Appen setting) and a locale's
///   subdivision (`included_countries` takes countries).
enum AppenChecks {
    static let platform = "Appen"
    static let drop = "or drop 'targets.appen'"

    static func checkReward(_ reward: Located<Money>, _ ctx: inout CheckContext) {
        if reward.value.currency != "USD" {
            ctx.report(.platformCurrency, "Appen pays in US cents (payment_cents), not \(reward.value.currency)", reward.range,
                       notes: [DiagnosticNote("write the reward in USD, \(drop)")])
        } else if reward.value.micros % 10_000 != 0 {
            ctx.report(.platformLimit, "Appen pays whole US cents per page (payment_cents), not \(reward.value)", reward.range,
                       notes: [DiagnosticNote("round the reward to whole cents, \(drop)")])
        }
    }

    static func run(_ ctx: inout CheckContext) {
        PairwiseChecks.refuse(platform: platform, key: "appen", &ctx)
        checkNames(&ctx)
        let questions = ctx.spec.hit.questions
        for q in questions {
            checkOptionValues(q, &ctx)
            checkConditions(q, &ctx)
            checkEnforcement(q, &ctx)
            ExclusiveOptions.reportUnenforced(q, platform: platform, drop: drop, &ctx)
        }
        if let key = questions.lazy.compactMap({ $0.choice?.options.lazy.compactMap(\.key).first }).first {
            ctx.report(.platformDegrades, "\(platform) has no keyboard shortcuts for options: the options' keys are not available there",
                       key.range, notes: [DiagnosticNote("workers click instead; remove the keys, \(drop)")])
        }
        checkQualification(&ctx)
        for range in markdownBlocks(ctx.spec.hit.layout) {
            ctx.report(.platformDegrades, "\(platform) shows a markdown field as its source text, not formatted", range,
                       notes: [DiagnosticNote("use a text block, \(drop)")])
        }
    }

    /// Names that would meet on Appen, or start with `_`.
    private static func checkNames(_ ctx: inout CheckContext) {
        var taken: [String: (what: String, range: SourceRange)] = [:]
        let hasGold = ctx.spec.quality?.gold != nil
        var names: [(name: String, what: String, range: SourceRange)] =
            ctx.spec.data.fields.map { ($0.name, "field '\($0.name)'", $0.nameRange) }
            + ctx.outlines.map { ($0.id, "question '\($0.id)'", $0.idRange) }
        if hasGold {
            for q in ctx.outlines {
                names.append((AppenNames.gold(q.id), "the gold column of question '\(q.id)'", q.idRange))
                names.append((AppenNames.goldReason(q.id), "the gold reason column of question '\(q.id)'", q.idRange))
            }
        }
        // Last, so a clash is reported at the earlier id: a report's column of that name is read as the question's answers.
        for q in ctx.spec.hit.questions {
            for old in q.renamedFrom {
                names.append((old.value, "'\(old.value)', the earlier id of question '\(q.id)' (renamed_from),", old.range))
            }
        }
        for entry in names {
            let name = AppenNames.name(entry.name)
            if entry.name.hasPrefix("_") {
                ctx.report(.platformLimit, "\(entry.what) starts with '_', which \(platform) keeps for its own columns (_unit_id, _worker_id, ...)",
                           entry.range, notes: [DiagnosticNote("rename it, \(drop)")])
                continue
            }
            if let first = taken[name] {
                ctx.report(.platformLimit, "\(entry.what) and \(first.what) would both be '\(name)' on \(platform), which names columns in lower case",
                           entry.range, notes: [DiagnosticNote("the other is here", file: ctx.file, range: first.range),
                                                DiagnosticNote("rename one, \(drop)")])
                continue
            }
            taken[name] = (entry.what, entry.range)
        }
    }

    private static func checkOptionValues(_ q: Question, _ ctx: inout CheckContext) {
        for option in q.choice?.options ?? [] where option.value.contains(where: \.isWhitespace) {
            ctx.report(.platformLimit, "option value '\(option.value)' of '\(q.id)' holds white space, which \(platform) does not accept in a value",
                       option.valueRange, notes: [DiagnosticNote("use '_' instead of spaces, \(drop)")])
        }
    }

    private static func checkConditions(_ q: Question, _ ctx: inout CheckContext) {
        guard q.visibleIf.count > 1, let wide = q.visibleIf.first(where: { $0.values.count > 1 }) else { return }
        ctx.report(.platformCannotExpress,
                   "\(platform) cannot show '\(q.id)' on this condition: only-if joins selectors with '||' (or) and '++' (and) but cannot group them, so several conditions where one accepts several values have no \(platform) form",
                   wide.question.range, notes: [DiagnosticNote("make it one condition, or one value per condition, \(drop)")])
    }

    /// Checks no CML validator expresses (`AppenValidation`).
    private static func checkEnforcement(_ q: Question, _ ctx: inout CheckContext) {
        let unchecked = AppenValidation(q).unchecked
        guard !unchecked.isEmpty else { return }
        let range = unchecked.lazy.compactMap(\.range).first ?? q.idRange
        let list = unchecked.map { "'\($0.key)'" }.joined(separator: ", ")
        ctx.report(.platformDegrades,
                   "\(platform) has no validator for \(list) of '\(q.id)': an answer that breaks \(unchecked.count == 1 ? "it" : "them") is read as given",
                   range, notes: [DiagnosticNote("remove \(unchecked.count == 1 ? "it" : "them"), \(drop)")])
    }

    /// MTurk's approval qualifications have no Appen setting; a subdivision
    /// (`US-NY`) is widened to its country (`included_countries` takes countries).
    private static func checkQualification(_ ctx: inout CheckContext) {
        guard let qualification = ctx.spec.quality?.qualification else { return }
        for (key, value) in [("approval_rate", qualification.approvalRate), ("approved_hits", qualification.approvedHits)] {
            guard let value else { continue }
            ctx.report(.platformDegrades, "\(platform) has no setting for '\(key)': any contributor the job's level admits may work",
                       value.range, notes: [DiagnosticNote("use 'targets.appen.level' instead, remove '\(key)', \(drop)")])
        }
        if let subdivision = qualification.locales.first(where: { $0.value.contains("-") }) {
            ctx.report(.platformDegrades, "\(platform) admits contributors by country: '\(subdivision.value)' becomes its whole country",
                       subdivision.range, notes: [DiagnosticNote("write the country alone, \(drop)")])
        }
    }

    /// Where the layout's markdown blocks are, columns included.
    private static func markdownBlocks(_ blocks: [LayoutBlock]) -> [SourceRange] {
        blocks.flatMap { block -> [SourceRange] in
            switch block.kind {
            case .markdown: [block.range]
            case .columns(let columns): columns.flatMap(markdownBlocks)
            default: []
            }
        }
    }
}

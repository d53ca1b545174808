/// The pre-flight checklist as warnings (`--warnings-as-errors` makes them errors).
enum Lints {
    static func run(_ ctx: inout CheckContext) {
        let spec = ctx.spec
        if let useCase = spec.useCase, let purpose = useCase.purpose, purpose.value == .evaluation, useCase.metric == nil,
           !spec.isUnreadable("use_case.metric") {
            ctx.report(.noMetric, "an evaluation task should state its metric in 'use_case.metric'", purpose.range,
                       notes: [DiagnosticNote("e.g. 'metric: ndcg@10'")])
        }
        if spec.data.sample == nil, !spec.isUnreadable("data.sample") {
            ctx.report(.noSampleData, "no 'data.sample': previews and data checks cannot run", spec.sectionRanges["data"],
                       notes: [DiagnosticNote("add 'sample: data/sample.csv' with a few real rows")])
        }
        optionLints(&ctx)
        qualityLints(&ctx)
        for q in ctx.outlines {
            if q.type?.isFreeText == true, q.required == true, q.visibleIf.isEmpty {
                ctx.report(.requiredFreeText, "free-text question '\(q.id)' is required on every item", q.idRange,
                           notes: [DiagnosticNote("forced comments are mostly filler; make it 'required: false' or show it only when needed with 'visible_if'")])
            }
            if let choice = q.choice {
                let keyed = choice.options.filter { $0.key != nil }
                if keyed.count > 9 {
                    ctx.report(.tooManyHotkeys, "question '\(q.id)' has \(keyed.count) options with hotkeys; more than 9 are hard to remember",
                               q.idRange)
                }
            }
        }
        guard let version = spec.version, !spec.isUnreadable("guidelines.changelog") else { return }
        let current = version.value
        let changelog = spec.guidelines?.changelog ?? []
        // Build metadata does not change a version's identity (semver 2.0.0 §10).
        let sameVersion = { (v: SemanticVersion) in
            v.major == current.major && v.minor == current.minor && v.patch == current.patch && v.prerelease == current.prerelease
        }
        if !changelog.contains(where: { sameVersion($0.version.value) }) {
            ctx.report(.noChangelogEntry, "the guidelines' changelog has no entry for version \(current)", version.range,
                       notes: [DiagnosticNote("add '- { version: \(current), date: YYYY-MM-DD, notes: ... }' to 'guidelines.changelog'")])
        }
    }

    /// Options without help, and labels no example shows (not judged when an
    /// example has an error: the answers it was meant to give are not known).
    private static func optionLints(_ ctx: inout CheckContext) {
        guard !ctx.spec.isUnreadable("guidelines.examples") else { return }
        var shown = Set<String>()
        for example in ctx.spec.guidelines?.examples ?? [] {
            for answer in example.answers {
                for value in answer.values { shown.insert(answer.name.value + "\u{0}" + value.value) }
            }
        }
        for q in ctx.outlines {
            guard let choice = q.choice else { continue }
            for option in choice.options where !shown.contains(q.id + "\u{0}" + option.value) {
                if option.hint == nil {
                    ctx.report(.optionWithoutHelp, "option '\(option.value)' of question '\(q.id)' has no hint and no guideline example",
                               option.valueRange, notes: [DiagnosticNote("add a 'hint', or an example in 'guidelines.examples' answered '\(option.value)'")])
                } else {
                    ctx.report(.labelWithoutExample, "no guideline example shows the label '\(option.label)' of question '\(q.id)'",
                               option.valueRange, notes: [DiagnosticNote("add an example in 'guidelines.examples' answered '\(option.value)'")])
                }
            }
        }
    }

    private static func qualityLints(_ ctx: inout CheckContext) {
        guard let quality = ctx.spec.quality else { return }
        let judgments = quality.judgmentsPerItem
        if judgments.value > 1, quality.gold == nil, !ctx.spec.isUnreadable("quality.gold") {
            ctx.report(.noGold, "\(judgments.value) judgments per item but no gold: worker quality cannot be measured",
                       judgments.range, notes: [DiagnosticNote("add 'quality.gold' with a file of items whose answers are known")])
        }
        if judgments.value % 2 == 0 {
            let voting = Set(CategoricalMethods.names)
            for q in ctx.outlines where !ctx.spec.isUnreadable("quality.aggregation.\(q.id)") {
                guard let type = q.type, type.warnsOfEvenJudgmentTies else { continue }
                let method = quality.aggregation(for: q.id)?.method.value ?? type.defaultAggregationMethod
                if voting.contains(method) {
                    ctx.report(.evenJudgments,
                               "\(judgments.value) judgments per item can tie on single-choice question '\(q.id)' (\(method.rawValue))",
                               judgments.range, notes: [DiagnosticNote("use an odd number, e.g. \(judgments.value + 1)")])
                    break
                }
            }
        }
    }
}

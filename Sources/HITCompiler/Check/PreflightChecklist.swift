/// The seven steps of the labeling pre-flight checklist, each passed or not, with why.
public struct PreflightChecklist: Sendable, Codable, Equatable {
    /// One step's result.
    public struct Step: Sendable, Codable, Equatable {
        /// The step's number, from 1.
        public var number: Int
        /// What the step asks.
        public var name: String
        /// True when the spec answers it.
        public var passed: Bool
        /// Why it passed, or what is missing.
        public var reason: String
    }

    /// The steps, in order.
    public var steps: [Step]

    /// True when every step passed.
    var allPassed: Bool { steps.allSatisfy(\.passed) }

    /// Evaluates the checklist from a parsed spec and the diagnostics found on it.
    /// `specFile` is the spec's path as diagnostics name it; `fileSections` names,
    /// for each file the spec names, the section whose step its errors fail
    /// (`FileChecks.checkedFiles`). Errors are placed by where they are; warnings
    /// fail the steps they are lints of.
    static func evaluate(_ spec: Spec, diagnostics: [Diagnostic], specFile: String,
                                fileSections: [String: String] = [:]) -> PreflightChecklist {
        // Codes found, those a summary counts included (warnings that could not be printed).
        var codes = Set<DiagnosticCode>()
        for d in diagnostics {
            codes.insert(d.code)
            if let counted = d.summarized { codes.formUnion(counted.byCode.keys) }
        }
        // The first error of each step's part of the spec and of the files it names.
        var errorInSection: [String: DiagnosticCode] = [:]
        var errorInFiles: [String: DiagnosticCode] = [:]
        for d in diagnostics where d.severity == .error {
            if let section = fileSections[d.file] {
                if errorInFiles[section] == nil { errorInFiles[section] = d.code }
            } else if d.file == specFile, let at = d.range?.start, let section = spec.section(at: at),
                      errorInSection[section] == nil {
                errorInSection[section] = d.code
            }
        }
        // Parts read with an error, even one past the 200 diagnostics kept (`ParseContext`).
        let partial: Set<String> = Set(spec.unreadable.map { String($0.prefix { $0 != "." }) })
            .union(spec.hit.outlines.contains { !$0.isComplete } ? ["hit"] : [])
            .union(spec.data.unparsedFields.isEmpty ? [] : ["data"])
        var steps: [Step] = []
        func step(_ name: String, _ problems: [String], ok: String) {
            steps.append(Step(number: steps.count + 1, name: name, passed: problems.isEmpty,
                              reason: problems.isEmpty ? ok : problems.joined(separator: "; ")))
        }
        /// "the HIT design has problems (E0103)" when an error lies in one of `sections`
        /// ("has errors" when the only sign is a part read with an error); `subject`
        /// is "the HIT design has".
        func problems(in sections: [String], _ subject: String) -> [String] {
            if let code = sections.lazy.compactMap({ errorInSection[$0] }).first { return ["\(subject) problems (\(code.code))"] }
            return sections.contains(where: partial.contains) && sections.contains(where: { spec.sectionSpans[$0] != nil })
                ? ["\(subject) errors"] : []
        }

        let useCase = spec.useCase
        step("Know what was done before", useCase?.priorWork == nil ? ["no 'use_case.prior_work'"] : [],
             ok: "prior work recorded")

        var purpose: [String] = []
        if useCase?.purpose == nil { purpose.append("no 'use_case.purpose'") }
        if useCase?.goal == nil { purpose.append("no 'use_case.goal'") }
        if useCase?.metric == nil { purpose.append("no 'use_case.metric'") }
        purpose += problems(in: ["use_case"], "'use_case' has")
        step("State the use case and its metric", purpose,
             ok: "\(useCase?.purpose?.value.rawValue ?? "") task, metric \(useCase?.metric?.value ?? "")")

        var data: [String] = []
        if spec.sectionSpans["data"] == nil { data.append("no 'data' section") }
        data += problems(in: ["data"], "'data' has")
        if spec.data.sample == nil { data.append("no sample data") }
        if let code = errorInFiles["data"] ?? (codes.contains(.unknownColumn) ? .unknownColumn : nil) {
            data.append("the data files have problems (\(code.code))")
        }
        step("Understand the data", data, ok: "\(Plural.count(spec.data.fields.count, "field")); sample rows fit the schema")

        var hit: [String] = []
        if spec.sectionSpans["hit"] == nil { hit.append("no 'hit' section") }
        hit += problems(in: ["hit"], "the HIT design has")
        if hit.isEmpty, let code = [DiagnosticCode.requiredFreeText, .tooManyHotkeys, .hotkeyNotOnKeyboard].first(where: codes.contains) {
            hit.append("the HIT design has problems (\(code.code))")
        }
        if codes.contains(.belowMinimumWage) { hit.append("the reward is below the minimum hourly wage") }
        if codes.contains(.currencyMismatch) { hit.append("the pay could not be checked (currencies differ)") }
        if spec.communication?.minHourlyWage == nil { hit.append("no 'min_hourly_wage' to check the pay against") }
        step("Design the HIT", hit,
             ok: "\(Plural.count(spec.hit.outlines.count, "question")), \(Plural.count(spec.hit.itemsPerHit?.value ?? 0, "item")) per HIT, fair pay checked")

        var guide: [String] = []
        let g = spec.guidelines
        guide += problems(in: ["guidelines"], "'guidelines' has")
        if let code = errorInFiles["guidelines"] { guide.append("the section files have problems (\(code.code))") }
        if g?.summary == nil { guide.append("no summary") }
        if (g?.sections ?? []).isEmpty { guide.append("no sections") }
        if (g?.examples ?? []).isEmpty { guide.append("no worked examples") }
        if codes.contains(.optionWithoutHelp) || codes.contains(.labelWithoutExample) { guide.append("options without examples") }
        if codes.contains(.noChangelogEntry) { guide.append("no changelog entry for this version") }
        step("Write the guidelines", guide,
             ok: "\(Plural.count(g?.sections.count ?? 0, "section")), \(Plural.count(g?.examples.count ?? 0, "example")), changelog current")

        var comm: [String] = problems(in: ["communication", "targets"], "'communication' or 'targets' has")
        if spec.communication?.contact == nil { comm.append("no contact") }
        if spec.targets?.isEmpty ?? true { comm.append("no target platform") }
        step("Communicate the task", comm, ok: "contact \(spec.communication?.contact?.value ?? ""), feedback \(spec.communication?.feedback.rawValue ?? "none")")

        var quality: [String] = []
        if let q = spec.quality {
            if q.judgmentsPerItem.value > 1, q.gold == nil { quality.append("no gold") }
            if q.agreement == nil { quality.append("no agreement target") }
            let aggregated = Set(q.aggregation.map(\.question.value))
            let missing = spec.hit.outlines.filter { !aggregated.contains($0.id) }.map(\.id)
            if !missing.isEmpty { quality.append("no aggregation for \(ShortList.joined(missing))") }
            if codes.contains(.evenJudgments) { quality.append("even judgments per item invite ties") }
            quality += problems(in: ["quality"], "the quality settings have")
        } else if spec.sectionSpans["quality"] != nil {
            // Written but unreadable: the error inside says why.
            quality += problems(in: ["quality"], "the quality settings have")
            if quality.isEmpty { quality.append("'quality' could not be read") }
        } else {
            quality.append("no 'quality' section")
        }
        step("Keep quality high", quality,
             ok: "\(Plural.count(spec.quality?.judgmentsPerItem.value ?? 0, "judgment")) per item, gold, agreement and aggregation set")
        return PreflightChecklist(steps: steps)
    }
}

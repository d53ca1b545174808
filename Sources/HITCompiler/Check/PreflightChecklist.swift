/// The seven steps of the labeling pre-flight checklist, each passed or not, with why.
public struct PreflightChecklist: Sendable, Codable, Equatable {
    /// One step's result.
    public struct Step: Sendable, Codable, Equatable {
        public var number: Int
        public var name: String
        public var passed: Bool
        /// Why it passed, or what is missing.
        public var reason: String
    }

    public var steps: [Step]

    /// True when every step passed.
    public var allPassed: Bool { steps.allSatisfy(\.passed) }

    /// Evaluates the checklist from a parsed spec and the diagnostics found on it.
    public static func evaluate(_ spec: Spec, diagnostics: [Diagnostic]) -> PreflightChecklist {
        let codes = Set(diagnostics.map(\.code))
        func any(_ list: [DiagnosticCode]) -> DiagnosticCode? { list.first { codes.contains($0) } }
        var steps: [Step] = []
        func step(_ name: String, _ problems: [String], ok: String) {
            steps.append(Step(number: steps.count + 1, name: name, passed: problems.isEmpty,
                              reason: problems.isEmpty ? ok : problems.joined(separator: "; ")))
        }

        let useCase = spec.useCase
        step("Know what was done before", useCase?.priorWork == nil ? ["no 'use_case.prior_work'"] : [],
             ok: "prior work recorded")

        var purpose: [String] = []
        if useCase?.purpose == nil { purpose.append("no 'use_case.purpose'") }
        if useCase?.goal == nil { purpose.append("no 'use_case.goal'") }
        if useCase?.metric == nil { purpose.append("no 'use_case.metric'") }
        step("State the use case and its metric", purpose,
             ok: "\(useCase?.purpose?.value.rawValue ?? "") task, metric \(useCase?.metric?.value ?? "")")

        var data: [String] = []
        if spec.data.sample == nil { data.append("no sample data") }
        if let code = any([.missingColumn, .invalidFieldValue, .missingRequiredValue, .duplicateItemKey, .emptyDataFile,
                           .malformedCSV, .malformedJSONLine, .unknownDataFormat, .missingFile, .pathEscapes,
                           .invalidUTF8, .fileTooLarge, .unreadableFile, .invalidAnswer, .unknownColumn]) {
            data.append("the data files have problems (\(code.code))")
        }
        step("Understand the data", data, ok: "\(spec.data.fields.count) fields; sample rows fit the schema")

        var hit: [String] = []
        if let code = any([.unknownField, .fieldTypeMismatch, .unknownQuestion, .questionRepeatedInLayout, .questionNotInLayout,
                           .duplicateOptionValue, .duplicateOptionKey, .reservedHotkey, .visibleIfForwardReference,
                           .visibleIfUnknownValue, .visibleIfCycle, .visibleIfUnsupportedType, .requiredFreeText, .tooManyHotkeys,
                           .reservedName, .nameCollision]) {
            hit.append("the HIT design has problems (\(code.code))")
        }
        if codes.contains(.belowMinimumWage) { hit.append("the reward is below the minimum hourly wage") }
        if codes.contains(.currencyMismatch) { hit.append("the pay could not be checked (currencies differ)") }
        if spec.communication?.minHourlyWage == nil { hit.append("no 'min_hourly_wage' to check the pay against") }
        step("Design the HIT", hit,
             ok: "\(spec.hit.outlines.count) questions, \(spec.hit.itemsPerHit?.value ?? 0) items per HIT, fair pay checked")

        var guide: [String] = []
        let g = spec.guidelines
        if g?.summary == nil { guide.append("no summary") }
        if (g?.sections ?? []).isEmpty { guide.append("no sections") }
        if (g?.examples ?? []).isEmpty { guide.append("no worked examples") }
        if codes.contains(.optionWithoutHelp) || codes.contains(.labelWithoutExample) { guide.append("options without examples") }
        if codes.contains(.noChangelogEntry) { guide.append("no changelog entry for this version") }
        step("Write the guidelines", guide,
             ok: "\(g?.sections.count ?? 0) sections, \(g?.examples.count ?? 0) examples, changelog current")

        var comm: [String] = []
        if spec.communication?.contact == nil { comm.append("no contact") }
        let targets = spec.targets
        if targets?.mturk == nil, targets?.prolific == nil, targets?.generic == nil { comm.append("no target platform") }
        step("Communicate the task", comm, ok: "contact \(spec.communication?.contact?.value ?? ""), feedback \(spec.communication?.feedback.rawValue ?? "none")")

        var quality: [String] = []
        if let q = spec.quality {
            if q.judgmentsPerItem.value > 1, q.gold == nil { quality.append("no gold") }
            if q.agreement == nil { quality.append("no agreement target") }
            let aggregated = Set(q.aggregation.map(\.question.value))
            let missing = spec.hit.outlines.filter { !aggregated.contains($0.id) }.map(\.id)
            if !missing.isEmpty { quality.append("no aggregation for \(missing.joined(separator: ", "))") }
            if codes.contains(.evenJudgments) { quality.append("even judgments per item invite ties") }
            if let code = any([.aggregationMismatch, .agreementMismatch, .goldExceedsItems]) {
                quality.append("the quality settings have problems (\(code.code))")
            }
        } else {
            quality.append("no 'quality' section")
        }
        step("Keep quality high", quality,
             ok: "\(spec.quality?.judgmentsPerItem.value ?? 0) judgments per item, gold, agreement and aggregation set")
        return PreflightChecklist(steps: steps)
    }
}

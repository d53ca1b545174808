/// `guidelines:`: the text that defines the labels (the summary, each
/// section's body, inline or from its file, the worked examples, the FAQ) is
/// needs review and label-defining; section titles and the changelog are cosmetic.
enum GuidelineChanges {
    static func run(_ old: CheckedSpec, _ new: CheckedSpec, renames: QuestionRenames, into list: inout ChangeList) {
        let a = old.spec.guidelines, b = new.spec.guidelines
        let section = new.spec.sectionRanges["guidelines"], oldSection = old.spec.sectionRanges["guidelines"]
        if a?.summary?.value != b?.summary?.value {
            list.add(.needsReview, "guidelines.summary", "the guidelines' summary, which workers read on every HIT, changed",
                     new: b?.summary?.range ?? section, old: a?.summary?.range ?? oldSection, definesLabels: true)
        }
        let sectionsBefore = a?.sections ?? [], sectionsAfter = b?.sections ?? []
        for s in sectionsBefore where !sectionsAfter.contains(where: { $0.title.value == s.title.value }) {
            list.add(.needsReview, "guidelines.sections", "guideline section \(quoted(s.title.value)) is removed",
                     new: section, old: s.title.range, definesLabels: true)
        }
        for s in sectionsAfter {
            guard let before = sectionsBefore.first(where: { $0.title.value == s.title.value }) else {
                list.add(.needsReview, "guidelines.sections", "guideline section \(quoted(s.title.value)) is added",
                         new: s.title.range, old: oldSection, definesLabels: true)
                continue
            }
            if body(before, old) != body(s, new) {
                let where_ = s.file.map { " (its file \(quoted($0.value)))" } ?? ""
                list.add(.needsReview, "guidelines.sections", "the text of guideline section \(quoted(s.title.value))\(where_), which defines the labels, changed",
                         new: s.body?.range ?? s.file?.range ?? s.title.range, old: before.body?.range ?? before.file?.range ?? before.title.range,
                         definesLabels: true)
            }
        }
        let titlesBefore = sectionsBefore.map(\.title.value), titlesAfter = sectionsAfter.map(\.title.value)
        if titlesBefore.filter(titlesAfter.contains) != titlesAfter.filter(titlesBefore.contains) {
            list.add(.cosmetic, "guidelines.sections.order", "the guideline sections are in a new order", new: section, old: oldSection)
        }
        // An example's answer to a renamed question is the same answer under the new id.
        let examplesBefore = (a?.examples ?? []).map { example -> Guidelines.Example in
            var example = example
            for k in example.answers.indices {
                example.answers[k].name = Located(renames.renamed(example.answers[k].name.value), example.answers[k].name.range)
            }
            return example
        }
        compareList(examplesBefore, b?.examples ?? [], range: \.range, "guidelines.examples", "worked example",
                    section: section, oldSection: oldSection, into: &list)
        let faqBefore = a?.faq ?? [], faqAfter = b?.faq ?? []
        compareList(faqBefore, faqAfter, range: \.question.range, "guidelines.faq", "FAQ entry",
                    section: section, oldSection: oldSection, into: &list)
        list.compare(a?.changelog ?? [], b?.changelog ?? [], .cosmetic, "guidelines.changelog", "the guidelines' changelog changed",
                     new: b?.changelog.first?.version.range ?? section, old: a?.changelog.first?.version.range ?? oldSection)
    }

    /// A section's Markdown: inline, or its file's as read by the check.
    private static func body(_ s: Guidelines.Section, _ spec: CheckedSpec) -> String? {
        if let file = s.file { return spec.sectionBodies[file.value] }
        return s.body?.value
    }

    /// Examples or FAQ entries: one change at the first that differs, with the counts.
    private static func compareList<T>(_ a: [T], _ b: [T], range: (T) -> SourceRange, _ path: String, _ what: String,
                                       section: SourceRange?, oldSection: SourceRange?, into list: inout ChangeList) {
        let x = a.map { Fingerprint.of($0) }, y = b.map { Fingerprint.of($0) }
        guard x != y else { return }
        let first = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
        let what_ = first < y.count ? "\(what) \(first + 1) changed" : "\(what) \(first + 1) is removed"
        list.add(.needsReview, path, "\(what_) (\(a.count) before, \(b.count) now): they show workers what each label means",
                 new: first < b.count ? range(b[first]) : section, old: first < a.count ? range(a[first]) : oldSection,
                 definesLabels: true)
    }
}

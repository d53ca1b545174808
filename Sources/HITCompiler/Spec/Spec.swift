/// A whole task spec, as typed by the parser. Plain values; every reference
/// keeps its source range so the checker can point at it.
public struct Spec: Sendable {
    /// `hitc:` language version. Values that failed to parse are nil (the parse
    /// reported why), so the other checks still run on the rest of the spec.
    var languageVersion: Located<Int>?
    /// `id:` names the bundle folder.
    var id: Located<String>?
    /// `version:` of the task and its guidelines.
    var version: Located<SemanticVersion>?
    var title: Located<String>?
    /// What the task is about, as the platform shows it to workers.
    public var description: Located<String>?
    var keywords: [Located<String>]
    /// BCP 47 tag of all worker-facing text.
    var language: Located<LanguageTag>
    var useCase: UseCase?
    /// The fields of a data item (`data:`).
    public var data: DataSchema
    var hit: HITDesign
    var guidelines: Guidelines?
    var communication: Communication?
    var quality: Quality?
    var targets: Targets?
    /// `ui_strings:`: the task's own wording of hitc's page and guideline
    /// messages, in the order written (empty when not written).
    var uiStrings: [UIString] = []
    /// The mapping key ranges of top-level sections, for diagnostics about a whole section.
    var sectionRanges: [String: SourceRange]
    /// Dotted paths (`data.sample`, `quality.gold`) of parts that were written
    /// but could not be read, or are required and missing; the parser reported
    /// each. Lints about a missing part skip these, so one mistake is reported once.
    var unreadable: Set<String> = []
    /// Where each top-level section is written, from its key to the end of its
    /// value, so a diagnostic can be traced to the section it is in (the checklist).
    var sectionSpans: [String: SourceRange] = [:]

    /// The top-level section whose text holds `location`, if any.
    func section(at location: SourceLocation) -> String? {
        sectionSpans.first { $0.value.start <= location && location < $0.value.end }?.key
    }

    /// True when the part at `path`, or a section holding it, was written but could not be read.
    func isUnreadable(_ path: String) -> Bool {
        var prefix = Substring(path)
        while true {
            if unreadable.contains(String(prefix)) { return true }
            guard let dot = prefix.lastIndex(of: ".") else { return false }
            prefix = prefix[..<dot]
        }
    }
}

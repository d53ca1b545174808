/// How much a change between two versions of a spec matters for the labels.
enum ChangeClass: String, Sendable, CaseIterable, Comparable {
    /// Answers before and after cannot be merged as they are (E0901).
    case breaking
    /// The labels stay comparable, but a person should look (W0901; a mapped rename is W0903).
    case needsReview = "needs review"
    /// What workers see changes, what a label means does not (W0902).
    case cosmetic

    private var rank: Int { ChangeClass.allCases.firstIndex(of: self)! }
    static func < (a: ChangeClass, b: ChangeClass) -> Bool { a.rank < b.rank }
}

/// One change `hitc diff` found, with where it is in the new spec and where
/// it was in the old one.
struct SpecChange: Sendable {
    var changeClass: ChangeClass
    /// The dotted place in the spec (`hit.questions.relevance.options`), for tests and the safety net.
    var path: String
    /// What changed, in one sentence.
    var message: String
    /// Where the change is in the new spec; nil for a place that no longer exists there (the diagnostic then points at the nearest part that does).
    var newRange: SourceRange?
    /// Where the changed part was in the old spec.
    var oldRange: SourceRange?
    /// True for a change that alters what a label means or how it is defined
    /// (every breaking change, and guideline text, option hints, examples, gold):
    /// the version lint asks for a new `version` and a changelog entry.
    var definesLabels: Bool
    /// An option value renamed and declared with `renamed_from` (W0903).
    var mapped = false
    /// Further notes (a suggestion).
    var hints: [String] = []

    /// The diagnostic code of the change's class.
    var code: DiagnosticCode {
        if mapped { return .mappedRename }
        switch changeClass {
        case .breaking: return .breakingChange
        case .needsReview: return .reviewChange
        case .cosmetic: return .cosmeticChange
        }
    }
}

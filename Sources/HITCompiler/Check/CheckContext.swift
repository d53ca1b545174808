/// What every check reads (the spec and where it lives) and where it reports.
///
/// Work done only for printing is bounded whatever the spec: did-you-mean
/// searches run only for errors that can still be printed (`DiagnosticHorizon`)
/// and while `searchBudget` lasts, and warnings that can never be printed are
/// counted, not kept (`OmittedProblems`).
struct CheckContext {
    let spec: Spec
    /// The spec file's path as the user named it.
    let file: String
    /// The diagnostics kept (see `finishDiagnostics`).
    private(set) var diagnostics: [Diagnostic] = []
    /// Questions whose `visible_if` names a question or a value that is not known
    /// to be valid (reported, or resting on a question with an error): whether
    /// they are shown cannot be decided. Filled by `VisibleIfChecks`.
    var undecidedVisibility: Set<String> = []
    /// Questions, outlines and fields by name (the first of a name), so checks stay linear in the spec's size.
    private let questionsByID: [String: Question]
    private let outlinesByID: [String: QuestionOutline]
    private let fieldsByName: [String: DataField]
    /// Which errors can still be printed; did-you-mean searches run only for those.
    private var horizon: DiagnosticHorizon
    /// Which warnings can still be printed; the others are only counted.
    private var warningHorizon: DiagnosticHorizon
    /// Warnings that can never be printed, counted.
    private var omitted = OmittedProblems()
    /// Names a did-you-mean search may still compare.
    private var searchBudget: Int

    /// How many names the did-you-mean searches of one check may compare in all:
    /// 200 searches among 20,000 names, about a tenth of a second. A spec a person
    /// writes never comes near; past it an unknown name gets no suggestion.
    static let searchBudget = 4_000_000

    /// A context for checking `spec`, read from `file`; `earlier` are the
    /// diagnostics already found in it (reading, parsing), which move the horizon.
    init(spec: Spec, file: String, earlier: [Diagnostic] = [], searchBudget: Int = CheckContext.searchBudget) {
        self.spec = spec
        self.file = file
        self.searchBudget = searchBudget
        questionsByID = Dictionary(spec.hit.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        outlinesByID = Dictionary(spec.hit.outlines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        fieldsByName = Dictionary(spec.data.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        questionIDs = spec.hit.outlines.map(\.id)
        fieldNames = spec.data.fields.map(\.name)
        horizon = DiagnosticHorizon(file: file)
        horizon.record(earlier)
        warningHorizon = DiagnosticHorizon(file: file, severity: .warning)
        warningHorizon.record(earlier)
    }

    /// The diagnostics kept, then one counting the warnings that were not.
    func finishDiagnostics() -> [Diagnostic] {
        diagnostics + [omitted.summary(file: file, limit: DiagnosticSelection.defaultLimit)].compactMap { $0 }
    }

    /// Every question written, complete or not, in order.
    var outlines: [QuestionOutline] { spec.hit.outlines }

    /// The ids of every question written, for did-you-mean suggestions.
    let questionIDs: [String]

    /// The names of the fields read, for did-you-mean suggestions.
    let fieldNames: [String]

    /// The question with id `id`, if it parsed without error.
    func question(_ id: String) -> Question? {
        questionsByID[id]
    }

    /// What is known of the question with id `id`, if one was written.
    func outline(_ id: String) -> QuestionOutline? {
        outlinesByID[id]
    }

    /// The data field named `name`, if any.
    func field(_ name: String) -> DataField? {
        fieldsByName[name]
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, _ range: SourceRange?,
                         notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        if let at = range?.start {
            if code.severity == .error {
                horizon.record(at)
            } else if warningHorizon.canPrint(at: at) {
                warningHorizon.record(at)
            } else {
                return omitted.add(code)
            }
        }
        diagnostics.append(Diagnostic(code, message, file: file, range: range, notes: notes, fixIts: fixIts))
    }

    /// True when an error at `range` could still be printed (`DiagnosticHorizon`):
    /// work done only for its message is worth doing.
    func canPrint(_ range: SourceRange) -> Bool {
        horizon.canPrint(at: range.start)
    }

    /// True when a reference to question `id` is to be reported as unknown: no
    /// question by that id was written, and some were (an empty or unreadable
    /// `hit.questions` is reported once, not at every reference).
    func isUnknownQuestion(_ id: String) -> Bool {
        outlinesByID[id] == nil && !outlinesByID.isEmpty
    }

    /// True when a reference to field `name` is to be reported as unknown: no field
    /// by that name was written, and some were (an empty or unreadable `data.fields`
    /// is reported once).
    func isUnknownField(_ name: String) -> Bool {
        fieldsByName[name] == nil && !spec.data.unparsedFields.contains(name)
            && !(spec.data.fields.isEmpty && spec.data.unparsedFields.isEmpty)
    }

    /// The outcome of a did-you-mean search for an unknown name.
    struct Search {
        /// The candidate the name is close to, if any.
        var guess: String?
        /// False when the search was not run (past the horizon or the budget):
        /// the name might mean any candidate.
        var searched: Bool
    }

    /// Searches `candidates` for the name an unknown `name` was meant to be, when
    /// an error at it can still be printed and the search budget allows.
    mutating func search(for name: Located<String>, among candidates: [String]) -> Search {
        guard canPrint(name.range), searchBudget >= candidates.count else { return Search(guess: nil, searched: false) }
        searchBudget -= candidates.count
        return Search(guess: Suggestions.closest(to: name.value, in: candidates), searched: true)
    }

    /// A did-you-mean note (and fix-it) for an unknown name (see `search`).
    mutating func suggestion(for name: Located<String>, among candidates: [String]) -> ([DiagnosticNote], [FixIt]) {
        Self.suggestion(search(for: name, among: candidates).guess, for: name)
    }

    /// The did-you-mean note and fix-it replacing `name` by `guess`; none without a guess.
    static func suggestion(_ guess: String?, for name: Located<String>) -> ([DiagnosticNote], [FixIt]) {
        guard let guess else { return ([], []) }
        return ([DiagnosticNote("did you mean '\(guess)'?")], [FixIt(range: name.range, replacement: guess)])
    }
}

/// Keys the task page itself binds, which option hotkeys may not use:
/// `j` next item, `k` previous item, `?` the hotkey legend. (Esc and
/// Ctrl/Cmd+Enter are page keys too, but no option key can be either.)
enum PageHotkeys {
    static let reserved: [String] = ["j", "k", "?"]
}

/// Names hitc reserves (the platforms' own are their targets' `reservedNames`).
enum ReservedNames {
    /// Column names hitc itself uses in data and results files.
    static let hitc: [String] = ["why"]
}

/// The names a spec's fields and questions take on Appen.
///
/// Appen's rules (Success Center, "Guide to CML Attributes"; CrowdFlower's CML
/// docs, "Common attributes"): a CML `name` "should not contain capital letters,
/// spaces, or non alpha-numeric characters", must be unique across the job's
/// questions, and becomes the header of the question's column in the results.
/// Field and question ids are identifiers (`[A-Za-z_][A-Za-z0-9_]*`), so the
/// only thing to change is case: a name is the id in lower case. The map is a
/// function of the spec, so the results reader finds a question by the same
/// rule (`question(named:)`); `AppenChecks` refuses a spec where two names would
/// meet (E0216).
///
/// Data columns are lower-cased the same way, so the `{{ column }}` references
/// of `cml.xml`, the header of `units.csv` and the data columns of the report agree
/// whatever Appen does with a header's case.
struct AppenNames: Sendable {
    /// The CML name of a question id or the column of a field name.
    static func name(_ id: String) -> String { id.lowercased() }

    /// The gold answer column of a question (Appen's test question upload form).
    static func gold(_ question: String) -> String { name(question) + "_gold" }
    /// The column explaining a gold answer.
    static func goldReason(_ question: String) -> String { name(question) + "_gold_reason" }

    /// Question indices by CML name: the questions' names, then those of their
    /// earlier ids (`renamed_from`), which name the report's columns of results
    /// collected before the rename.
    private let questionIndex: [String: Int]

    init(questions: [Question]) {
        var index: [String: Int] = [:]
        for (k, q) in questions.enumerated() where index[Self.name(q.id)] == nil { index[Self.name(q.id)] = k }
        for (k, q) in questions.enumerated() {
            for old in q.renamedFrom where index[Self.name(old.value)] == nil { index[Self.name(old.value)] = k }
        }
        questionIndex = index
    }

    /// The index of the question whose CML name (or an earlier id's) is `name`.
    func question(named name: String) -> Int? { questionIndex[name] }
}

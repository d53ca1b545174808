/// Refusing results values that hold a character the aggregate's files must not
/// carry (E0506): the spec's set of `ForbiddenCharacters` (`isForbiddenInSpec`),
/// not the XML set data files are held to. Results values go into `labels.csv`,
/// `workers.csv` and the JSON files, which other programs and people read:
/// control characters break CSV readers and terminals, and C1 controls and
/// noncharacters cannot come from a worker typing into a page (they are
/// mis-decoded or forged bytes). Each distinct item key, worker id and text
/// answer is searched once, when it first enters the store, so the cost is one
/// pass over the distinct values, not over every judgment.
extension ResultsReadRun {
    /// The ids of a judgment that are searched for forbidden characters.
    enum JudgmentID {
        case item, worker

        /// How a message names it.
        var name: String {
            switch self {
            case .item: "item"
            case .worker: "worker"
            }
        }
    }

    /// Interns an item key or a worker id; a new one holding a forbidden
    /// character is reported (E0506) at `idRange(part)`.
    func intern(_ bytes: ByteSpan, _ part: JudgmentID,
                _ idRange: (JudgmentID) -> SourceRange) -> Int32 {
        let before = part == .item ? store.itemCount : store.workerCount
        let id = part == .item ? store.internItem(bytes) : store.internWorker(bytes)
        let after = part == .item ? store.itemCount : store.workerCount
        if after > before, let found = ForbiddenCharacters.firstForbiddenInSpec(in: bytes) {
            reportForbidden(found.scalar, in: "\(part.name) \(DataValueDisplay.quoted(bytes))", range: { idRange(part) })
        }
        return id
    }

    /// Reports (E0506) that `what` of the current row holds `scalar`.
    func reportForbidden(_ scalar: Unicode.Scalar, in what: String, range: () -> SourceRange) {
        sink.report(.forbiddenResultsCharacter) {
            Diagnostic(.forbiddenResultsCharacter, Self.forbiddenMessage(scalar, row: rowLabel, what: what),
                       file: file, range: range())
        }
    }

    /// "row 3, worker 'W\x01': holds U+0001 (a control character), ...".
    static func forbiddenMessage(_ scalar: Unicode.Scalar, row: String, what: String) -> String {
        "\(row), \(what): holds \(ForbiddenCharacters.describe(scalar)), which labels.csv, workers.csv and the JSON files hitc aggregate writes must not carry; remove it (or fix the file's encoding)"
    }
}

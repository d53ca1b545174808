/// The answer columns of a wide results file (one column per question, as
/// Toloka's `OUTPUT:<question>` and Appen's CML names) when a renamed question
/// has a column under its new id and one under an earlier id (`renamed_from`):
/// an export downloaded across the rename has both, each row filling one.
///
/// Each non-blank column of a question is read, so a row answering under both
/// names gives two judgments and the store keeps the first (W0017), as for
/// long results; a question whose columns are all blank in a row is one blank
/// answer, not one per name.
struct SharedAnswerColumns: Sendable {
    /// Per question, its columns in header order (empty when the header has none).
    let columnsOf: [[Int]]
    /// True when some question has more than one column.
    let isShared: Bool

    /// `answers`: (question, column) in header order; `count`: the number of questions.
    init(_ answers: [(question: Int, column: Int)], count: Int) {
        var columns = Array(repeating: [Int](), count: count)
        for (q, column) in answers { columns[q].append(column) }
        columnsOf = columns
        isShared = columns.contains { $0.count > 1 }
    }

    /// The column that stands for question `q` in a row (for `visible_if`): the
    /// first non-blank one, else the first; nil when the header has none.
    func column(of q: Int, isBlank: (Int) -> Bool) -> Int? {
        let columns = columnsOf[q]
        if columns.count <= 1 { return columns.first }
        return columns.first { !isBlank($0) } ?? columns.first
    }

    /// Whether `column`, one of question `q`'s, is read in a row: a question's
    /// only column always; of several, each non-blank one, or the first when
    /// all are blank.
    func reads(_ column: Int, of q: Int, isBlank: (Int) -> Bool) -> Bool {
        let columns = columnsOf[q]
        if columns.count <= 1 || !isBlank(column) { return true }
        return column == columns.first && columns.allSatisfy(isBlank)
    }
}

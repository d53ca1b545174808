/// What a data file holds, which decides the columns it may have.
enum DataFileRole: String, Sendable, CaseIterable {
    /// `data.sample`: item fields only.
    case sample
    /// `quality.gold.file`: item fields, one expected answer per question
    /// (columns named after the question ids) and an optional `why`.
    case gold

    /// The column of a gold file that explains the expected answers.
    static let whyColumn = "why"
}

/// A SQL script as a list of statements, each one step of the plan with a
/// name and a comment saying what it computes. The same plan in every
/// dialect: the same statements, the same names, in the same order.
struct SQLScript {
    struct Statement {
        /// The table the step makes (nil for a statement that makes none, a DROP).
        var name: String?
        /// What the step computes, one or more lines (written as `--` comments).
        var comment: String
        /// The whole statement without its `;`.
        var sql: String
    }

    /// Lines written before the first statement (as `--` comments).
    var header: [String] = []
    private(set) var statements: [Statement] = []

    /// Adds an intermediate table `name` made by `query`.
    mutating func step(_ name: String, _ comment: String, _ dialect: any SQLDialect, _ query: String) {
        statements.append(Statement(name: name, comment: comment, sql: dialect.createStep(name) + "\n" + query))
    }

    /// Adds the output table `name` made by `query`.
    mutating func output(_ name: String, _ comment: String, _ dialect: any SQLDialect, _ query: String) {
        statements.append(Statement(name: name, comment: comment, sql: dialect.createOutput(name) + "\n" + query))
    }

    /// Adds a statement that makes no table.
    mutating func plain(_ comment: String, _ sql: String) {
        statements.append(Statement(name: nil, comment: comment, sql: sql))
    }

    /// Puts, before the first statement, one `DROP TABLE IF EXISTS` per table the
    /// script makes, in the order made: a run starts clean, whatever a previous run left.
    mutating func dropFirst(_ dialect: any SQLDialect) {
        let drops = statements.compactMap(\.name).map { name in
            Statement(name: nil, comment: "", sql: dialect.dropTable(name))
        }
        guard !drops.isEmpty else { return }
        var first = drops
        first[0].comment = "Tables of a previous run are removed first (every table this script makes is named hitc_*)."
        statements = first + statements
    }

    /// The script's text: the header, then each statement under its comment, `;`-terminated.
    var text: String {
        var out = header.map { $0.isEmpty ? "--\n" : "-- \($0)\n" }.joined()
        for s in statements {
            if !s.comment.isEmpty { out += "\n" }
            if !s.comment.isEmpty {
                for line in s.comment.split(separator: "\n", omittingEmptySubsequences: false) {
                    out += line.isEmpty ? "--\n" : "-- \(line)\n"
                }
            }
            out += s.sql + ";\n"
        }
        return out
    }
}

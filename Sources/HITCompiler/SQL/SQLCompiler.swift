/// What `hitc sql` is asked for besides the spec.
public struct SQLOptions: Sendable {
    /// The dialect to write.
    public var dialect: SQLDialectName
    /// Dawid-Skene EM iterations (one M-step and one E-step each), exactly.
    public var iterations: Int
    /// `judgments` has a `seconds` column (implied by `quality.checks.min_seconds_per_hit`).
    public var seconds: Bool
    /// `judgments` has an `assignment` column: timing counts once per assignment.
    public var assignment: Bool
    /// A column of `judgments` giving file order (first answer wins, `collect` order, a HIT's first row); nil for none.
    public var orderColumn: String?

    /// The default number of EM iterations: enough for Dawid-Skene to settle on every
    /// shared dataset (native `hitc aggregate` converges at 1e-7 within 6 to 15), few
    /// enough that each engine runs the chain in seconds.
    public static let defaultIterations = 20

    public init(dialect: SQLDialectName, iterations: Int = SQLOptions.defaultIterations, seconds: Bool = false,
                assignment: Bool = false, orderColumn: String? = nil) {
        self.dialect = dialect
        self.iterations = iterations
        self.seconds = seconds
        self.assignment = assignment
        self.orderColumn = orderColumn
    }
}

/// The aggregation of a checked spec as one SQL script (`docs/sql.md`): the
/// plan is the same for every dialect, statement by statement; only the
/// dialect's spellings differ.
struct SQLCompiler {
    let d: any SQLDialect
    let options: SQLOptions
    let questions: [SQLQuestion]
    /// The spec has gold: the script reads `gold(item, question, answer)`.
    let hasGold: Bool
    let minAccuracy: Double?
    let minSeconds: Int?
    let specID: String
    /// The script reads `seconds` (asked for, or needed by `min_seconds_per_hit`).
    var seconds: Bool { options.seconds || minSeconds != nil }
    /// Dawid-Skene's pseudo-count (`DawidSkene.smoothing`).
    static let smoothing = 0.01

    init(_ checked: CheckedSpec, options: SQLOptions) {
        let quality = checked.spec.quality
        d = options.dialect.dialect
        self.options = options
        hasGold = quality?.gold != nil && checked.spec.data.key != nil && checked.paths.gold != nil
        minAccuracy = quality?.gold?.minAccuracy?.value
        minSeconds = quality?.minSecondsPerHit?.value
        specID = checked.id
        let hasGold = hasGold
        questions = checked.spec.hit.questions.map { SQLQuestion($0, quality: quality, hasGold: hasGold) }
    }

    /// The questions the script labels (every one but those with an unsupported method).
    var labelled: [SQLQuestion] { questions.filter { $0.treatment != .unsupported } }

    func with(_ method: CategoricalSQLMethod) -> [SQLQuestion] {
        labelled.filter { $0.treatment == .categorical(method) }
    }
    var categorical: [SQLQuestion] {
        labelled.filter { if case .categorical = $0.treatment { true } else { false } }
    }
    var majorityVoted: [SQLQuestion] { with(.majority) + with(.weightedMajority) }
    var numeric: [SQLQuestion] {
        labelled.filter { if case .numeric = $0.treatment { true } else { false } }
    }
    var collected: [SQLQuestion] { labelled.filter { $0.treatment == .collect } }

    // MARK: - Pieces of SQL

    func lit(_ s: String) -> String { d.string(s) }

    /// `column IN ('a', 'b')`, or a false condition for no ids.
    func isOneOf(_ column: String, _ qs: [SQLQuestion]) -> String {
        qs.isEmpty ? "(1 = 0)" : "\(column) IN (\(qs.map { lit($0.id) }.joined(separator: ", ")))"
    }

    /// `CASE column WHEN 'q1' THEN e1 ... END` over `qs` (NULL for the others).
    func byQuestion(_ column: String, _ qs: [SQLQuestion], else otherwise: String? = nil,
                    _ expr: (SQLQuestion) -> String?) -> String {
        let arms = qs.compactMap { q in expr(q).map { "WHEN \(lit(q.id)) THEN \($0)" } }
        guard !arms.isEmpty else { return otherwise ?? "NULL" }
        return "CASE \(column) " + arms.joined(separator: " ") + (otherwise.map { " ELSE \($0)" } ?? "") + " END"
    }

    /// A confidence or figure as the label files write it: rounded to six decimals (half away from zero; values are ≥ 0).
    func rounded(_ x: String) -> String { "FLOOR(\(x) * 1000000 + 0.5) / 1000000" }

    /// The tie draw (`TieBreak`): among `count` tied classes of `item` in `question`,
    /// floor(u · count / 2^32), u the first 32 bits of md5(question ':' item).
    func draw(question: String, item: String, count: String) -> String {
        d.intDiv("\(d.md5Prefix32("\(question) || ':' || \(item)")) * \(count)", "4294967296")
    }

    /// A number label as `NumberText.plain(x, roundedToMillionths: true)` writes it:
    /// whole numbers without a fraction, others with up to six decimals, 1e-5 and
    /// below as `1e-05`; beyond 1e12 in the engine's own spelling.
    func numberText(_ x: String) -> String {
        let n = d.integer("SIGN(\(x)) * FLOOR(ABS(\(x)) * 1000000 + 0.5)")
        let a = "ABS(\(n))"
        let sign = "CASE WHEN \(n) < 0 THEN '-' ELSE '' END"
        let whole = d.text(d.intDiv(a, "1000000"))
        let frac = d.mod(a, "1000000")
        let fraction = "CASE WHEN \(frac) = 0 THEN '' ELSE '.' || \(d.trimTrailingZeros("LPAD(\(d.text(frac)), 6, '0')")) END"
        let tenths = d.intDiv(a, "10"), lastDigit = d.mod(a, "10")
        let tiny = "CASE WHEN \(a) < 10 THEN \(d.text(a)) || 'e-06' ELSE \(d.text(tenths)) || CASE WHEN \(lastDigit) = 0 THEN '' ELSE '.' || \(d.text(lastDigit)) END || 'e-05' END"
        return """
            CASE WHEN ABS(\(x)) >= 1000000000000 THEN CASE WHEN \(x) = FLOOR(\(x)) AND ABS(\(x)) < 1000000000000000 THEN \(d.text(d.integer(x))) ELSE \(d.text(x)) END \
            WHEN \(a) > 0 AND \(a) < 100 THEN \(sign) || \(tiny) \
            ELSE \(sign) || \(whole) || \(fraction) END
            """
    }

    // MARK: - The script

    /// The whole script.
    func script(warnings: [String]) -> SQLScript {
        var s = SQLScript()
        s.header = header(warnings: warnings)
        inputSteps(&s)
        rejectedStep(&s)
        if !categorical.isEmpty { unitSteps(&s) }
        if !majorityVoted.isEmpty { majoritySteps(&s) }
        if !with(.dawidSkene).isEmpty { dawidSkeneSteps(&s) }
        labelSteps(&s)
        workerSteps(&s)
        agreementStep(&s)
        s.dropFirst(d)
        return s
    }

    private func header(warnings: [String]) -> [String] {
        var lines = [
            "hitc sql: the aggregation of spec '\(SQLComment.safe(specID))' for \(d.name).",
            "Run it with \(d.client); see docs/sql.md.",
            "",
            "Reads: judgments(item, worker, question, answer\(seconds ? ", seconds" : "")\(options.assignment ? ", assignment" : "")\(options.orderColumn.map { ", \(SQLComment.safe($0))" } ?? ""))",
        ]
        if hasGold { lines.append("       gold(item, question, answer): the gold file's known answers, one row per item and question") }
        lines += [
            "Writes: hitc_labels(question, item, label, confidence, status, judgments, method, best)",
            "        hitc_workers(worker, answers, gold_answers, gold_correct, gold_accuracy, agreement, median_seconds, fast_hits, flags, status\(with(.dawidSkene).map { ", \(SQLComment.safe(d.figureColumn($0.id, "accuracy")))" }.joined()))",
            "        hitc_agreement(question, metric, value)",
            "        hitc_rejected(item, worker, question, answer, reason): judgments left out as invalid;",
            "          if it is not empty, hitc aggregate would refuse these answers (E0502)",
            "",
            "Questions:",
        ]
        for q in questions {
            let how = switch q.treatment {
            case .unsupported: "NOT IN THIS SCRIPT (\(q.method.rawValue) is not compiled to SQL; use hitc aggregate)"
            case .categorical(.dawidSkene): "\(q.method.rawValue), \(options.iterations) EM iterations, start: \(q.startsFromGold ? "gold" : "votes")"
            default: q.method.rawValue
            }
            lines.append("  \(SQLComment.safe(q.id)) (\(q.typeName)): \(how)")
        }
        if !warnings.isEmpty {
            lines.append("")
            lines.append("Warnings:")
            lines += warnings.map { "  " + SQLComment.safe($0) }
        }
        lines.append("")
        lines.append(options.orderColumn == nil
                     ? "Row order: none given; a repeated (item, worker, question) keeps its smallest answer, collect lists by worker."
                     : "Row order: by \(SQLComment.safe(options.orderColumn!)), as the results file's order (first answer counts).")
        return lines
    }
}

/// Text written into `--` comments: one line, printable, at most 200 characters.
enum SQLComment {
    static func safe(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars.prefix(200) {
            out += SQLLiteralText.isEscaped(u) ? "?" : String(u)
        }
        return out
    }
}

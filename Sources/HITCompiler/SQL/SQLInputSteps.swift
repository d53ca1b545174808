/// The first steps: the judgments read, cleaned and decoded; gold scored;
/// workers dropped; the judgments that count.
extension SQLCompiler {
    /// The order of rows within a group: the order column, else worker then answer.
    var rowOrder: [String] { options.orderColumn == nil ? ["worker", "answer"] : ["seq"] }

    func inputSteps(_ s: inout SQLScript) {
        let question = d.trimBlank("j.question")
        let answer = readAnswer("j.answer", question: question)
        var columns = ["\(d.text("j.item")) AS item", "\(d.text("j.worker")) AS worker", "\(d.text(question)) AS question",
                       "\(answer) AS answer"]
        if seconds { columns.append("\(d.double("j.seconds")) AS seconds") }
        if options.assignment { columns.append("\(d.text("j.assignment")) AS assignment") }
        if let order = options.orderColumn { columns.append("j.\(d.identifier(order)) AS seq") }
        let first = options.orderColumn == nil ? "answer" : "seq"
        s.step("hitc_judgments", """
            The judgments of the spec's questions that are not blank, with an item and a worker
            (neither blank); a worker's repeated judgment of the same item and question counts once
            (\(options.orderColumn == nil ? "the smallest answer is kept" : "the first in row order")). As hitc aggregate reads them,
            spaces and tabs around a question, around an answer that is not text and around the
            |-separated pieces of a set of options are ignored; text answers are kept as written.
            """, d, """
            SELECT * FROM (
              SELECT r.*, ROW_NUMBER() OVER (PARTITION BY item, worker, question ORDER BY \(first)) AS repeat_rank
              FROM (
                SELECT \(columns.joined(separator: ",\n         "))
                FROM judgments j
                WHERE \(isOneOf(question, questions)) AND j.answer IS NOT NULL AND j.item IS NOT NULL AND j.worker IS NOT NULL
                  AND \(d.trimBlank("j.answer")) <> '' AND \(d.trimBlank("j.item")) <> '' AND \(d.trimBlank("j.worker")) <> ''
              ) r
            ) x
            WHERE repeat_rank = 1
            """)
        if hasGold {
            s.step("hitc_gold_items", "Gold items: every item the gold table names.", d, """
                SELECT DISTINCT \(d.text("item")) AS item FROM gold
                """)
        }
        let goldFlag = hasGold ? "CASE WHEN g.item IS NULL THEN 0 ELSE 1 END" : "0"
        let goldJoin = hasGold ? "\n    LEFT JOIN hitc_gold_items g ON g.item = j.item" : ""
        s.step("hitc_decoded", """
            Each judgment's value: cls, the class (option or scale point) in spec order;
            mask, a set of options as one 0/1 character per option; x, a number; num, the
            number a scale point or number stands for. Answers that are none of these are left out:
            as hitc aggregate reads them, an option's earlier value (renamed_from) is the option,
            and a number is -?digits[.digits][e[+-]digits] within the question's min and max.
            """, d, """
            SELECT v.*, \(numberOf("v.cls", "v.x")) AS num FROM (
              SELECT j.*, \(goldFlag) AS is_gold,
                     \(decode("j.answer", "cls")) AS cls,
                     \(decode("j.answer", "mask")) AS mask,
                     \(decode("j.answer", "x")) AS x
              FROM hitc_judgments j\(goldJoin)
            ) v
            WHERE cls IS NOT NULL OR mask IS NOT NULL OR x IS NOT NULL OR \(isOneOf("question", questions.filter { $0.shape == .text }))
            """)
        if hasGold {
            s.step("hitc_gold_answers", "The gold table's answers, decoded like the judgments (text questions are not scored).", d, """
                SELECT * FROM (
                  SELECT g.item, g.question,
                         \(decode("g.answer", "cls")) AS cls,
                         \(decode("g.answer", "mask")) AS mask,
                         \(decode("g.answer", "x")) AS x
                  FROM (
                    SELECT \(d.text("item")) AS item, \(d.text("question")) AS question, \(readAnswer("answer", question: "question")) AS answer
                    FROM gold
                    WHERE \(isOneOf("question", questions.filter { $0.shape != .text })) AND answer IS NOT NULL
                  ) g
                ) a
                WHERE cls IS NOT NULL OR mask IS NOT NULL OR x IS NOT NULL
                """)
        }
        let scored = hasGold ? """
            LEFT JOIN (
              SELECT d.worker, COUNT(*) AS gold_answers,
                     SUM(CASE WHEN COALESCE(d.cls = g.cls, d.mask = g.mask, ABS(d.x - g.x) <= 1e-9 * GREATEST(1, ABS(g.x))) THEN 1 ELSE 0 END) AS gold_correct
              FROM hitc_decoded d JOIN hitc_gold_answers g ON g.item = d.item AND g.question = d.question
              GROUP BY d.worker
            ) s ON s.worker = a.worker
            """ : ""
        let goldAnswers = hasGold ? "COALESCE(s.gold_answers, 0)" : "0"
        let goldCorrect = hasGold ? "COALESCE(s.gold_correct, 0)" : "0"
        let dropped = minAccuracy.map { "CASE WHEN \(goldAnswers) > 0 AND \(d.double(goldCorrect)) / \(goldAnswers) < \(d.number($0)) THEN 1 ELSE 0 END" } ?? "0"
        s.step("hitc_worker_gold", """
            Per worker: judgments given (gold included), gold judgments scored and correct
            (the same option, scale point or set of options; a number within 1e-9 relative),
            dropped when gold accuracy is below gold.min_accuracy\(minAccuracy.map { " (\(NumberText.plain($0)))" } ?? " (not set: nobody)"),
            and the weighted_majority weight (correct + 1) / (scored + 2), 0.5 without gold.
            """, d, """
            SELECT a.worker, a.answers, \(goldAnswers) AS gold_answers, \(goldCorrect) AS gold_correct,
                   \(dropped) AS dropped,
                   CASE WHEN \(goldAnswers) > 0 THEN \(d.double("\(goldCorrect) + 1")) / (\(goldAnswers) + 2) ELSE 0.5 END AS weight
            FROM (SELECT worker, COUNT(*) AS answers FROM hitc_decoded GROUP BY worker) a
            \(scored)
            """)
        s.step("hitc_kept", "The judgments that count: on items that are not gold, by workers who are not dropped.", d, """
            SELECT j.* FROM hitc_decoded j JOIN hitc_worker_gold w ON w.worker = j.worker
            WHERE j.is_gold = 0 AND w.dropped = 0
            """)
    }

    /// Answer text `raw` of the question named by `question` as `hitc aggregate` reads it: text
    /// as written; others without the spaces and tabs around them, and a set of options also
    /// without those around its `|`-separated pieces.
    func readAnswer(_ raw: String, question: String) -> String {
        let sets = questions.filter { $0.shape == .options }
        let trimmed = d.trimBlank(raw)
        let pieces = sets.isEmpty ? "" : " WHEN \(isOneOf(question, sets)) THEN \(d.replaceAll(trimmed, "[ \\t]*[|][ \\t]*", "|"))"
        return "CASE WHEN \(isOneOf(question, questions.filter { $0.shape == .text })) THEN \(raw)\(pieces) ELSE \(trimmed) END"
    }

    /// Answer text `a` of set question `q` as a mask (one 0/1 character per option),
    /// how many options it names (`found`), and whether it is a set of the options
    /// (`isSet`: some option named, and every `|`-separated piece one of them, once).
    /// An option's earlier value (`renamed_from`) names it. `a` is read (`readAnswer`).
    func optionMask(_ q: SQLQuestion, _ a: String) -> (mask: String, found: String, isSet: String) {
        let padded = "'|' || \(a) || '|'"
        let bits = q.values.enumerated().map { k, v in
            let names = [v] + (k < q.renamed.count ? q.renamed[k] : [])
            return "CASE WHEN " + names.map { d.contains(padded, "'|' || \(lit($0)) || '|'") }.joined(separator: " OR ")
                + " THEN '1' ELSE '0' END"
        }
        let mask = bits.joined(separator: " || ")
        // No option named, or a piece that is not an option (as many pieces as options found): not a set of options.
        let pieces = "LENGTH(\(a)) - LENGTH(REPLACE(\(a), '|', '')) + 1"
        let found = "LENGTH(\(mask)) - LENGTH(REPLACE(\(mask), '1', ''))"
        return (mask, found, "\(d.contains(mask, "'1'")) AND \(found) = \(pieces)")
    }

    /// The number a judgment stands for: a scale point's number, or `x`.
    func numberOf(_ cls: String, _ x: String) -> String {
        byQuestion("question", questions.filter { $0.points != nil }, else: x) { q in
            "CASE \(cls) " + (q.points ?? []).enumerated().map { "WHEN \($0.offset) THEN \(d.number($0.element))" }.joined(separator: " ") + " END"
        }
    }

    /// The expression decoding answer text `a` into `column` (`cls`, `mask` or `x`) per question.
    func decode(_ a: String, _ column: String) -> String {
        switch column {
        case "cls":
            return byQuestion("question", questions.filter { $0.shape == .choice }, else: "CAST(NULL AS \(d.integerType))") { q in
                // The current values first: an earlier value (renamed_from) never hides one.
                let arms = q.values.enumerated().map { ($0.element, $0.offset) }
                    + q.renamed.enumerated().flatMap { k, olds in olds.map { ($0, k) } }
                return "CASE \(a) " + arms.map { "WHEN \(lit($0.0)) THEN \($0.1)" }.joined(separator: " ") + " END"
            }
        case "mask":
            return byQuestion("question", questions.filter { $0.shape == .options }, else: "CAST(NULL AS \(d.textType))") { q in
                let m = optionMask(q, a)
                // An exclusive option with another option: not an answer (the page never sends one).
                let alone = q.exclusive.isEmpty ? ""
                    : " AND (\(m.found) = 1 OR NOT (" + q.exclusive.map { "SUBSTR(\(m.mask), \($0 + 1), 1) = '1'" }.joined(separator: " OR ") + "))"
                return "CASE WHEN \(m.isSet)\(alone) THEN \(m.mask) END"
            }
        default:
            return byQuestion("question", questions.filter { $0.shape == .number }, else: "CAST(NULL AS \(d.doubleType))") { q in
                // Finite and within the question's bounds (an infinity is outside the doubles).
                let x = d.tryDouble(a)
                let low = d.number(q.bounds.min ?? -Double.greatestFiniteMagnitude)
                let high = d.number(q.bounds.max ?? Double.greatestFiniteMagnitude)
                return "CASE WHEN \(x) BETWEEN \(low) AND \(high) THEN \(x) END"
            }
        }
    }
}

/// The labels of every question: categorical units put back together, `mean`
/// and `median`, `collect`, then one row per item with its status
/// (`QuestionAggregation.addRow`).
extension SQLCompiler {
    func labelSteps(_ s: inout SQLScript) {
        var sources: [String] = []
        if !categorical.isEmpty { categoricalLabels(&s); sources.append("hitc_categorical_labels") }
        if !numeric.isEmpty { numericLabels(&s); sources.append("hitc_numeric_labels") }
        if !collected.isEmpty { collectLabels(&s); sources.append("hitc_collect_labels") }
        let union = sources.isEmpty
            ? "SELECT \(d.text("NULL")) AS question, \(d.text("NULL")) AS item, \(d.text("NULL")) AS label_text, CAST(NULL AS \(d.doubleType)) AS confidence, 0 AS tied, 0 AS judgments, CAST(NULL AS \(d.integerType)) AS cls, \(d.text("NULL")) AS mask, CAST(NULL AS \(d.doubleType)) AS x FROM hitc_kept WHERE 1 = 0"
            : sources.map { "SELECT question, item, label_text, confidence, tied, judgments, cls, mask, x FROM \($0)" }
                .joined(separator: "\n  UNION ALL ")
        let withMin = labelled.filter { $0.minConfidence != nil }
        let minConfidence = byQuestion("a.question", withMin, else: "CAST(NULL AS \(d.doubleType))") { q in q.minConfidence.map(d.number) }
        let method = byQuestion("a.question", labelled) { lit($0.method.rawValue) }
        s.step("hitc_final", """
            One row per question and item with judgments on items that are not gold (dropped
            workers' included): no_answers when none counts, undecided when the confidence is
            below the question's min_confidence, tie or decided otherwise.
            """, d, """
            WITH answered AS (
              SELECT DISTINCT question, item FROM hitc_decoded WHERE is_gold = 0 AND \(isOneOf("question", labelled))
            ), labels AS (
              \(union)
            ), rows AS (
              SELECT a.question, a.item, l.label_text, l.confidence, COALESCE(l.judgments, 0) AS judgments, \(method) AS method,
                     CASE WHEN l.item IS NULL THEN 'no_answers'
                          WHEN l.confidence < \(minConfidence) THEN 'undecided'
                          WHEN l.tied = 1 THEN 'tie' ELSE 'decided' END AS status,
                     l.cls, l.mask, l.x
              FROM answered a LEFT JOIN labels l ON l.question = a.question AND l.item = a.item
            )
            SELECT question, item,
                   CASE WHEN status IN ('decided', 'tie') THEN label_text END AS label,
                   CASE WHEN status = 'undecided' THEN label_text END AS best,
                   \(rounded("confidence")) AS confidence, status, judgments, method,
                   CASE WHEN status IN ('decided', 'tie') THEN cls END AS cls,
                   CASE WHEN status IN ('decided', 'tie') THEN mask END AS mask,
                   CASE WHEN status IN ('decided', 'tie') THEN x END AS x
            FROM rows
            """)
        s.output("hitc_labels", """
            Output: the labels, as labels.csv has them (label empty unless decided or tie;
            confidence rounded to six decimals, empty for collect and no_answers; best: the
            label that fell short of min_confidence).
            """, d, """
            SELECT question, item, label, confidence, status, judgments, method, best FROM hitc_final
            """)
    }

    private func categoricalLabels(_ s: inout SQLScript) {
        var sources: [String] = []
        if !majorityVoted.isEmpty { sources.append("SELECT question, opt, item, cls, confidence, tied, judgments FROM hitc_mv_labels") }
        if !with(.dawidSkene).isEmpty { sources.append("SELECT question, opt, item, cls, confidence, tied, judgments FROM hitc_ds_labels") }
        let sets = categorical.filter { $0.shape == .options }
        let widest = sets.map(\.values.count).max() ?? 0
        let bit = { (o: Int) in "MAX(CASE WHEN opt = \(o) THEN cls END)" }
        // An exclusive option stands alone: the first selected one (option order) is the whole label.
        let alone = sets.flatMap { q in
            q.exclusive.map { e in
                (when: "question = \(lit(q.id)) AND \(bit(e)) = 1", mask: String(q.values.indices.map { $0 == e ? "1" : "0" }))
            }
        }
        let bits = (0..<widest).map { "COALESCE(\(d.text(bit($0))), '')" }.joined(separator: " || ")
        let mask = widest == 0 ? "CAST(NULL AS \(d.textType))"
            : "CASE " + alone.map { "WHEN \($0.when) THEN \(lit($0.mask)) " }.joined() + "WHEN \(isOneOf("question", sets)) THEN " + bits + " END"
        let label = byQuestion("question", categorical) { q in
            if q.shape == .options {
                let all = d.joinNonNull(q.values.enumerated().map { "CASE WHEN \(bit($0.offset)) = 1 THEN \(lit($0.element)) END" }, separator: "'|'")
                if q.exclusive.isEmpty { return all }
                return "CASE " + q.exclusive.map { "WHEN \(bit($0)) = 1 THEN \(lit(q.values[$0])) " }.joined() + "ELSE \(all) END"
            }
            return "CASE MAX(cls) " + q.values.enumerated().map { "WHEN \($0.offset) THEN \(lit($0.element))" }.joined(separator: " ") + " END"
        }
        s.step("hitc_categorical_labels", """
            Categorical labels per question and item: a class's option or scale point; for
            multi_choice the selected options in option order joined by '|', the confidence the
            lowest of its options', a tie when any option tied.
            """, d, """
            SELECT question, item, \(label) AS label_text, MIN(confidence) AS confidence, MAX(tied) AS tied,
                   MAX(judgments) AS judgments,
                   CASE WHEN \(isOneOf("question", sets)) THEN CAST(NULL AS \(d.integerType)) ELSE MAX(cls) END AS cls,
                   \(mask) AS mask, CAST(NULL AS \(d.doubleType)) AS x
            FROM (
              \(sources.joined(separator: "\n  UNION ALL "))
            ) u
            GROUP BY question, item
            """)
    }

    private func numericLabels(_ s: inout SQLScript) {
        let medians = numeric.filter { $0.treatment == .numeric(median: true) }
        let tolerance = byQuestion("a.question", numeric, else: "0") { d.number($0.tolerance) }
        s.step("hitc_numeric_labels", """
            mean / median labels: the mean, or the middle answer (the mean of the two middle
            ones for an even count); the confidence is the share of answers within the
            tolerance (half a scale point, half a step, else equal; plus 1e-9 relative).
            """, d, """
            WITH v AS (
              SELECT question, item, num,
                     ROW_NUMBER() OVER (PARTITION BY question, item ORDER BY num) AS place,
                     COUNT(*) OVER (PARTITION BY question, item) AS n
              FROM hitc_kept WHERE \(isOneOf("question", numeric)) AND num IS NOT NULL
            ), a AS (
              SELECT question, item, MAX(n) AS judgments,
                     AVG(CASE WHEN \(isOneOf("question", medians)) AND place <> \(d.intDiv("n + 1", "2")) AND place <> \(d.intDiv("n", "2")) + 1 THEN NULL ELSE num END) AS x
              FROM v GROUP BY question, item
            )
            SELECT a.question, a.item, \(numberText("a.x")) AS label_text,
                   \(d.double("SUM(CASE WHEN ABS(v.num - a.x) <= \(tolerance) + 1e-9 * GREATEST(1, ABS(a.x)) THEN 1 ELSE 0 END)")) / a.judgments AS confidence,
                   0 AS tied, a.judgments, CAST(NULL AS \(d.integerType)) AS cls, CAST(NULL AS \(d.textType)) AS mask, a.x
            FROM a JOIN v ON v.question = a.question AND v.item = a.item
            GROUP BY a.question, a.item, a.x, a.judgments
            """)
    }

    private func collectLabels(_ s: inout SQLScript) {
        // Each answer as collect lists it: text as written, numbers as labels are written, options by value.
        let entry = byQuestion("question", collected, else: "answer") { q in
            switch q.shape {
            case .text: return "answer"
            case .number: return numberText("x")
            case .options:
                return d.joinNonNull(q.values.enumerated().map { "CASE WHEN SUBSTR(mask, \($0.offset + 1), 1) = '1' THEN \(lit($0.element)) END" },
                                     separator: "'|'")
            case .choice:
                let names = q.points.map { $0.map { NumberText.plain($0, roundedToMillionths: true) } } ?? q.values
                return "CASE cls " + names.enumerated().map { "WHEN \($0.offset) THEN \(lit($0.element))" }.joined(separator: " ") + " END"
            }
        }
        var json = "e.entry"
        for (from, to) in [("\\", "\\\\"), ("\"", "\\\""), ("/", "\\/"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")] {
            json = "REPLACE(\(json), \(lit(from)), \(lit(to)))"
        }
        s.step("hitc_collect_labels", """
            collect: every kept answer of the item as a JSON array of strings (in \(options.orderColumn == nil ? "worker order" : "row order")).
            """, d, """
            SELECT question, item,
                   '[' || \(d.orderedJoin("'\"' || \(json) || '\"'", separator: "','", orderBy: rowOrder.map { "e.\($0)" })) || ']' AS label_text,
                   CAST(NULL AS \(d.doubleType)) AS confidence, 0 AS tied, COUNT(*) AS judgments,
                   CAST(NULL AS \(d.integerType)) AS cls, CAST(NULL AS \(d.textType)) AS mask, CAST(NULL AS \(d.doubleType)) AS x
            FROM (SELECT k.*, \(entry) AS entry FROM hitc_kept k) e
            WHERE \(isOneOf("question", collected))
            GROUP BY question, item
            """)
    }
}

/// `hitc_workers`: the columns of `workers.csv` (`WorkerTable`).
extension SQLCompiler {
    func workerSteps(_ s: inout SQLScript) {
        if seconds { timingStep(&s) }
        let numericQuestions = numeric
        let tolerance = byQuestion("d.question", numericQuestions, else: "0") { d.number($0.tolerance) }
        s.step("hitc_worker_agreement", """
            Per worker: judgments on items that are not gold compared with a decided (or tie)
            label, and how many equal it (mean/median: within the tolerance); collect not compared.
            Dropped workers are compared too.
            """, d, """
            SELECT d.worker, COUNT(*) AS compared,
                   SUM(CASE WHEN COALESCE(d.cls = f.cls, d.mask = f.mask, ABS(d.num - f.x) <= \(tolerance) + 1e-9 * GREATEST(1, ABS(f.x))) THEN 1 ELSE 0 END) AS agreeing
            FROM hitc_decoded d JOIN hitc_final f ON f.question = d.question AND f.item = d.item
            WHERE d.is_gold = 0 AND f.status IN ('decided', 'tie') AND (f.cls IS NOT NULL OR f.mask IS NOT NULL OR f.x IS NOT NULL)
            GROUP BY d.worker
            """)
        let ds = with(.dawidSkene)
        let figures = ds.map { q in
            "\(rounded("MAX(CASE WHEN question = \(lit(q.id)) THEN accuracy END)")) AS \(d.identifier(d.figureColumn(q.id, "accuracy")))"
        }
        let figureJoin = ds.isEmpty ? "" : """

            LEFT JOIN (
              SELECT worker, \(figures.joined(separator: ",\n         "))
              FROM hitc_ds_accuracy GROUP BY worker
            ) fig ON fig.worker = w.worker
            """
        let figureColumns = ds.map { ", fig.\(d.identifier(d.figureColumn($0.id, "accuracy")))" }.joined()
        let timing = seconds ? "\nLEFT JOIN hitc_worker_time t ON t.worker = w.worker" : ""
        let fast = seconds ? "COALESCE(t.fast_hits, 0)" : "0"
        let median = seconds ? rounded("t.median_seconds") : "CAST(NULL AS \(d.doubleType))"
        let flags = d.joinNonNull([
            "CASE WHEN \(fast) > 0 THEN 'fast' END",
            "CASE WHEN w.dropped = 1 THEN 'low_gold_accuracy' END",
            hasGold ? "CASE WHEN w.gold_answers = 0 THEN 'no_gold' END" : "CAST(NULL AS \(d.textType))",
        ], separator: "';'")
        s.output("hitc_workers", """
            Output: one row per worker, as workers.csv has them: answers (gold included), gold
            scores, agreement with the final labels, median seconds per HIT, fast HITs, flags
            (fast; low_gold_accuracy; no_gold), kept or dropped\(ds.isEmpty ? "" : ", and each dawid_skene question's accuracy").
            """, d, """
            SELECT w.worker, w.answers, w.gold_answers, w.gold_correct,
                   CASE WHEN w.gold_answers > 0 THEN \(rounded("\(d.double("w.gold_correct")) / w.gold_answers")) END AS gold_accuracy,
                   CASE WHEN a.compared > 0 THEN \(rounded("\(d.double("a.agreeing")) / a.compared")) END AS agreement,
                   \(median) AS median_seconds, \(fast) AS fast_hits,
                   \(flags) AS flags,
                   CASE WHEN w.dropped = 1 THEN 'dropped' ELSE 'kept' END AS status\(figureColumns)
            FROM hitc_worker_gold w
            LEFT JOIN hitc_worker_agreement a ON a.worker = w.worker\(timing)\(figureJoin)
            """)
    }

    private func timingStep(_ s: inout SQLScript) {
        let order = options.orderColumn == nil ? "seconds" : "seq"
        let perHIT = options.assignment ? """
            SELECT worker, seconds FROM (
                SELECT worker, seconds, ROW_NUMBER() OVER (PARTITION BY assignment ORDER BY \(order)) AS hit_rank
                FROM hitc_judgments WHERE assignment IS NOT NULL
              ) a WHERE hit_rank = 1
              UNION ALL
              SELECT worker, seconds FROM hitc_judgments WHERE assignment IS NULL
            """ : "SELECT worker, seconds FROM hitc_judgments"
        let threshold = minSeconds.map { "SUM(CASE WHEN seconds < \(d.number(Double($0))) THEN 1 ELSE 0 END)" } ?? "0"
        s.step("hitc_worker_time", """
            Per worker: the median seconds per HIT and the HITs faster than
            min_seconds_per_hit\(minSeconds.map { " (\($0) s)" } ?? " (not set)"). A HIT is \(options.assignment ? "an assignment (timed by its \(options.orderColumn == nil ? "shortest" : "first") row), or a judgment without one" : "a judgment (no assignment column)").
            """, d, """
            WITH hits AS (
              \(perHIT)
            ), ranked AS (
              SELECT worker, seconds, ROW_NUMBER() OVER (PARTITION BY worker ORDER BY seconds) AS place,
                     COUNT(*) OVER (PARTITION BY worker) AS n
              FROM hits WHERE seconds IS NOT NULL
            )
            SELECT worker,
                   AVG(CASE WHEN place = \(d.intDiv("n + 1", "2")) OR place = \(d.intDiv("n", "2")) + 1 THEN seconds END) AS median_seconds,
                   \(threshold) AS fast_hits
            FROM ranked GROUP BY worker
            """)
    }
}

/// `dawid_skene` (`DawidSkene`, `DawidSkeneEM`) as a chain of steps: the
/// start (vote fractions; gold items fixed to their known class with `init:
/// gold`), then exactly `iterations` times an M-step (class priors, and each
/// worker's confusion matrix from the posteriors plus the pseudo-count 0.01)
/// and an E-step (posteriors from them); labels from the last posteriors.
extension SQLCompiler {
    func dawidSkeneSteps(_ s: inout SQLScript) {
        let ds = with(.dawidSkene)
        let fromGold = hasGold ? ds.filter(\.startsFromGold) : []
        let sets = ds.filter { $0.shape == .options }
        let smoothing = d.number(Self.smoothing)
        var data = """
            SELECT question, opt, item, worker, cls, CAST(NULL AS \(d.integerType)) AS fixed
            FROM hitc_units WHERE \(isOneOf("question", ds))
            """
        if !fromGold.isEmpty {
            func value(_ row: String) -> String {
                "CASE WHEN \(isOneOf("j.question", sets)) THEN \(d.integer("SUBSTR(\(row).mask, u.opt + 1, 1)")) ELSE \(row).cls END"
            }
            data += """

                UNION ALL
                SELECT j.question, u.opt, j.item, j.worker, \(value("j")) AS cls, \(value("g")) AS fixed
                FROM hitc_decoded j
                JOIN hitc_worker_gold w ON w.worker = j.worker
                JOIN hitc_gold_answers g ON g.item = j.item AND g.question = j.question
                JOIN (SELECT DISTINCT question, opt FROM hitc_classes) u ON u.question = j.question
                WHERE j.is_gold = 1 AND w.dropped = 0 AND \(isOneOf("j.question", fromGold))
                """
        }
        s.step("hitc_ds_data", """
            Dawid-Skene's judgments per unit\(fromGold.isEmpty ? "" : "; with init: gold, also the kept judgments on gold items, whose class is fixed to the gold answer").
            """, d, data)
        if !fromGold.isEmpty {
            s.step("hitc_ds_gold_classes", """
                The true classes each worker met on gold items: the first M-step counts such a
                worker's other judgments only for the classes they did not meet in gold.
                """, d, """
                SELECT DISTINCT question, opt, worker, fixed AS cls FROM hitc_ds_data WHERE fixed IS NOT NULL
                """)
        }
        s.step("hitc_ds_post_0", "The start: each item's vote fractions (gold items: their known class).", d, """
            SELECT question, opt, item, cls, \(d.double("COUNT(*)")) / MAX(n) AS posterior
            FROM (SELECT t.*, COUNT(*) OVER (PARTITION BY question, opt, item) AS n FROM hitc_ds_data t WHERE fixed IS NULL) v
            GROUP BY question, opt, item, cls
            UNION ALL
            SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL
            """)
        let n = options.iterations
        for t in 1...n {
            mStep(&s, t, smoothing: smoothing, goldFirst: t == 1 && !fromGold.isEmpty)
            eStep(&s, t)
        }
        s.step("hitc_ds_labels", """
            Dawid-Skene labels: the class of highest posterior after \(n) iterations; classes within
            1e-12 (relative) of it are a tie, broken by the draw. The confidence is its posterior.
            """, d, """
            WITH counted AS (
              SELECT question, opt, item, COUNT(*) AS judgments FROM hitc_ds_data WHERE fixed IS NULL GROUP BY question, opt, item
            ), post AS (
              SELECT p.*, c.judgments, MAX(p.posterior) OVER (PARTITION BY p.question, p.opt, p.item) AS best
              FROM hitc_ds_post_\(n) p JOIN counted c ON \(on("c", "p", ["item"]))
            ), ranked AS (
              SELECT question, opt, item, cls, posterior, judgments,
                     ROW_NUMBER() OVER (PARTITION BY question, opt, item ORDER BY cls) - 1 AS place,
                     COUNT(*) OVER (PARTITION BY question, opt, item) AS among
              FROM post WHERE posterior >= best - 1e-12 * best
            )
            SELECT question, opt, item, cls, posterior AS confidence, CASE WHEN among > 1 THEN 1 ELSE 0 END AS tied, judgments
            FROM ranked WHERE place = \(draw(question: "question", item: "item", count: "among"))
            """)
        mStep(&s, n + 1, smoothing: smoothing, goldFirst: false)
        s.step("hitc_ds_accuracy", """
            Each worker's accuracy, sum over classes of prior x chance of answering the class
            itself, from the counts after the last iteration (mean over options for multi_choice).
            """, d, """
            WITH diagonal AS (
              SELECT question, opt, worker, cls, MAX(total) AS total, MAX(CASE WHEN answer = cls THEN n END) AS same
              FROM hitc_ds_conf_\(n + 1) GROUP BY question, opt, worker, cls
            ), per_unit AS (
              SELECT g.question, g.opt, g.worker, SUM(p.prior * COALESCE(g.same, \(smoothing)) / g.total) AS accuracy
              FROM diagonal g JOIN hitc_ds_prior_\(n + 1) p ON \(on("p", "g", ["cls"]))
              GROUP BY g.question, g.opt, g.worker
            )
            SELECT question, worker, AVG(accuracy) AS accuracy FROM per_unit GROUP BY question, worker
            """)
    }

    /// M-step `t`: priors and log confusion matrices from the posteriors of step `t - 1`.
    private func mStep(_ s: inout SQLScript, _ t: Int, smoothing: String, goldFirst: Bool) {
        let ds = with(.dawidSkene)
        s.step("hitc_ds_prior_\(t)", "Iteration \(t), M-step: class priors, (0.01 + the class's posterior mass) normalised.", d, """
            SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
                   LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
            FROM (
              SELECT k.question, k.opt, k.cls, \(smoothing) + COALESCE(SUM(p.posterior), 0) AS mass
              FROM hitc_classes k LEFT JOIN hitc_ds_post_\(t - 1) p ON \(on("p", "k", ["cls"]))
              WHERE \(isOneOf("k.question", ds))
              GROUP BY k.question, k.opt, k.cls
            ) m
            """)
        let goldJoin = goldFirst ? """

              LEFT JOIN hitc_ds_gold_classes g ON \(on("g", "j", ["worker"])) AND g.cls = p.cls
              WHERE j.fixed IS NOT NULL OR g.worker IS NULL
            """ : ""
        s.step("hitc_ds_conf_\(t)", """
            Iteration \(t), M-step: each worker's confusion matrix, for every answer the worker gave
            and true class: (0.01 + posterior mass of the true class on the items so answered),
            over the column's sum (answers never given count 0.01 each); kept as logs.\(goldFirst ? "\nFirst counts from gold: a worker's judgment on an item of unknown class counts only for the true classes the worker did not meet in gold." : "")
            """, d, """
            WITH mass AS (
              SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
              FROM hitc_ds_data j JOIN hitc_ds_post_\(t - 1) p ON \(on("p", "j", ["item"]))\(goldJoin)
              GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
            ), cells AS (
              SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
            ), counts AS (
              SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, \(smoothing) + COALESCE(m.mass, 0) AS n
              FROM cells c JOIN hitc_classes k ON \(on("k", "c"))
              LEFT JOIN mass m ON \(on("m", "c", ["worker", "answer"])) AND m.cls = k.cls
            ), columns AS (
              SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * \(smoothing) AS total
              FROM counts GROUP BY question, opt, worker, cls
            )
            SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
            FROM counts n JOIN columns c ON \(on("c", "n", ["worker", "cls"]))
            """)
    }

    /// E-step `t`: posteriors from the priors and confusion matrices of M-step `t`.
    private func eStep(_ s: inout SQLScript, _ t: Int) {
        s.step("hitc_ds_post_\(t)", """
            Iteration \(t), E-step: each item's posterior, prior x product of its judgments'
            confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
            """, d, """
            WITH joint AS (
              SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
              FROM hitc_ds_data j JOIN hitc_ds_conf_\(t) c ON \(on("c", "j", ["worker"])) AND c.answer = j.cls
              WHERE j.fixed IS NULL
              GROUP BY j.question, j.opt, j.item, c.cls
            ), scaled AS (
              SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
              FROM joint a JOIN hitc_ds_prior_\(t) p ON \(on("p", "a", ["cls"]))
            ), weights AS (
              SELECT question, opt, item, cls,
                     CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
                          ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
              FROM scaled
            )
            SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
            UNION ALL
            SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL
            """)
    }
}

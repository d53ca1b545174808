/// The categorical units and `majority` / `weighted_majority` (`MajorityVote`):
/// the class with the most votes (weight); ties broken by the tied voters'
/// mean agreement with the untied majority labels, then by the draw.
extension SQLCompiler {
    /// Join condition on the unit (question, option) and more columns of `a` and `b`.
    func on(_ a: String, _ b: String, _ columns: [String] = []) -> String {
        (["question", "opt"] + columns).map { "\(a).\($0) = \(b).\($0)" }.joined(separator: " AND ")
    }

    func unitSteps(_ s: inout SQLScript) {
        var rows: [String] = []
        for q in categorical {
            for o in 0..<q.unitCount {
                for c in 0..<q.classCount {
                    rows.append("SELECT \(lit(q.id)) AS question, \(o) AS opt, \(c) AS cls, \(q.classCount) AS classes")
                }
            }
        }
        s.step("hitc_classes", """
            The classes of every categorical unit, in class order: a question's options or scale
            points (opt 0); for a multi_choice question, each option (opt) as a yes/no question
            (class 0: not selected, 1: selected).
            """, d, rows.joined(separator: "\nUNION ALL "))
        let sets = categorical.filter { $0.shape == .options }
        s.step("hitc_units", "The kept judgments of categorical questions, one row per unit: the class given.", d, """
            SELECT k.question, u.opt, k.item, k.worker,
                   CASE WHEN \(isOneOf("k.question", sets)) THEN \(d.integer("SUBSTR(k.mask, u.opt + 1, 1)")) ELSE k.cls END AS cls
            FROM hitc_kept k JOIN (SELECT DISTINCT question, opt FROM hitc_classes) u ON u.question = k.question
            """)
    }

    func majoritySteps(_ s: inout SQLScript) {
        let weighted = with(.weightedMajority)
        let weight = weighted.isEmpty ? "1.0" : "CASE WHEN \(isOneOf("u.question", weighted)) THEN w.weight ELSE 1.0 END"
        s.step("hitc_mv_votes", """
            Majority vote: each class's votes per item and their weight (1 each; for
            weighted_majority the worker's weight).
            """, d, """
            SELECT u.question, u.opt, u.item, u.cls, COUNT(*) AS votes, SUM(\(d.double(weight))) AS score
            FROM hitc_units u JOIN hitc_worker_gold w ON w.worker = u.worker
            WHERE \(isOneOf("u.question", majorityVoted))
            GROUP BY u.question, u.opt, u.item, u.cls
            """)
        func slackOf(_ question: String, _ total: String) -> String {
            weighted.isEmpty ? "0" : "CASE WHEN \(isOneOf(question, weighted)) THEN 1e-12 * \(total) ELSE 0 END"
        }
        let slack = slackOf("question", "total")
        s.step("hitc_mv_items", """
            Per item: judgments, the top score, its share of the item's weight (the confidence),
            how many classes reach it (more than one: a tie; sums of weights within 1e-12 of
            the item's weight count as equal) and the first of them.
            """, d, """
            SELECT question, opt, item, MAX(n) AS judgments, MAX(best_score) AS best_score, MAX(total) AS total,
                   MAX(best_score) / MAX(total) AS confidence,
                   SUM(CASE WHEN score >= best_score - slack THEN 1 ELSE 0 END) AS tied_classes,
                   MIN(CASE WHEN score >= best_score - slack THEN cls END) AS first_cls
            FROM (
              SELECT t.*, \(slack) AS slack FROM (
                SELECT v.*, SUM(score) OVER (PARTITION BY question, opt, item) AS total,
                       MAX(score) OVER (PARTITION BY question, opt, item) AS best_score,
                       SUM(votes) OVER (PARTITION BY question, opt, item) AS n
                FROM hitc_mv_votes v
              ) t
            ) x
            GROUP BY question, opt, item
            """)
        s.step("hitc_mv_agreement", """
            For the voters on tied items: their share of judgments on untied items equal to
            the majority label (a worker without any: the share over all workers of the unit).
            """, d, """
            WITH untied AS (
              SELECT u.question, u.opt, u.worker, SUM(CASE WHEN u.cls = i.first_cls THEN 1 ELSE 0 END) AS agree, COUNT(*) AS seen
              FROM hitc_units u JOIN hitc_mv_items i ON \(on("i", "u", ["item"]))
              WHERE i.tied_classes = 1
              GROUP BY u.question, u.opt, u.worker
            ), pooled AS (
              SELECT question, opt, \(d.double("SUM(agree)")) / GREATEST(SUM(seen), 1) AS share FROM untied GROUP BY question, opt
            ), voters AS (
              SELECT DISTINCT u.question, u.opt, u.worker
              FROM hitc_units u JOIN hitc_mv_items i ON \(on("i", "u", ["item"]))
              WHERE i.tied_classes > 1
            )
            SELECT v.question, v.opt, v.worker, COALESCE(\(d.double("a.agree")) / a.seen, p.share, 0) AS agreement
            FROM voters v
            LEFT JOIN untied a ON \(on("a", "v", ["worker"]))
            LEFT JOIN pooled p ON \(on("p", "v"))
            """)
        s.step("hitc_mv_ties", """
            Ties: among the tied classes, those whose voters' mean agreement is highest (equal
            within 1e-12); what is still tied goes to the draw: index floor(u * count / 2^32)
            in class order, u the first 32 bits of md5(question ':' item).
            """, d, """
            WITH candidates AS (
              SELECT v.question, v.opt, v.item, v.cls, v.votes
              FROM hitc_mv_votes v JOIN hitc_mv_items i ON \(on("i", "v", ["item"]))
              WHERE i.tied_classes > 1 AND v.score >= i.best_score - (\(slackOf("v.question", "i.total")))
            ), means AS (
              SELECT c.question, c.opt, c.item, c.cls, SUM(a.agreement) / c.votes AS mean_agreement
              FROM candidates c
              JOIN hitc_units u ON \(on("u", "c", ["item", "cls"]))
              JOIN hitc_mv_agreement a ON \(on("a", "u", ["worker"]))
              GROUP BY c.question, c.opt, c.item, c.cls, c.votes
            ), best AS (
              SELECT m.*, MAX(mean_agreement) OVER (PARTITION BY question, opt, item) AS top_agreement FROM means m
            ), ranked AS (
              SELECT question, opt, item, cls,
                     ROW_NUMBER() OVER (PARTITION BY question, opt, item ORDER BY cls) - 1 AS place,
                     COUNT(*) OVER (PARTITION BY question, opt, item) AS among
              FROM best WHERE mean_agreement >= top_agreement - 1e-12
            )
            SELECT question, opt, item, cls FROM ranked
            WHERE place = \(draw(question: "question", item: "item", count: "among"))
            """)
        s.step("hitc_mv_labels", "Majority labels per unit: the top class, or the tie's winner.", d, """
            SELECT i.question, i.opt, i.item, COALESCE(t.cls, i.first_cls) AS cls, i.confidence,
                   CASE WHEN i.tied_classes > 1 THEN 1 ELSE 0 END AS tied, i.judgments
            FROM hitc_mv_items i LEFT JOIN hitc_mv_ties t ON \(on("t", "i", ["item"]))
            """)
    }
}

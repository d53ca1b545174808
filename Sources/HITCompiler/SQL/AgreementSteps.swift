/// `hitc_agreement`: percent agreement, Fleiss' kappa and (choices) nominal
/// Krippendorff's alpha per question, over the kept judgments on items that
/// are not gold, as `NominalAgreement` / `AgreementMeasures` compute them.
extension SQLCompiler {
    func agreementStep(_ s: inout SQLScript) {
        let measured = labelled.filter { $0.agreementLevel != nil && $0.shape != .text }
        let nominal = measured.filter { $0.shape == .options || ($0.shape == .choice && $0.points == nil) }
        let noKappa = measured.filter { $0.shape == .number }
        let category = "COALESCE(\(d.text("cls")), mask, \(d.text("x")))"
        s.output("hitc_agreement", """
            Output: agreement per question. percent: the mean over items with two or more
            judgments of the share of agreeing pairs; fleiss_kappa: only when every item has the
            same number of judgments (not for numbers); krippendorff_alpha: nominal level, for
            single_choice and multi_choice only (ordinal and interval alpha are not compiled).
            Empty (NULL) where undefined.
            """, d, """
            WITH cells AS (
              SELECT question, item, \(category) AS category, COUNT(*) AS n
              FROM hitc_kept WHERE \(isOneOf("question", measured))
              GROUP BY question, item, \(category)
            ), units AS (
              SELECT question, item, SUM(n) AS m, SUM(n * n) AS squares FROM cells GROUP BY question, item
            ), per_question AS (
              SELECT question, MIN(m) AS fewest, MAX(m) AS most,
                     SUM(CASE WHEN m >= 2 THEN 1 ELSE 0 END) AS pairable,
                     AVG(CASE WHEN m >= 2 THEN \(d.double("squares - m")) / (m * (m - 1)) END) AS percent,
                     SUM(CASE WHEN m >= 2 THEN \(d.double("m * m - squares")) / (m - 1) END) AS disagreeing
              FROM units GROUP BY question
            ), marginals AS (
              SELECT c.question, c.category, \(d.double("SUM(c.n)")) AS total
              FROM cells c JOIN units u ON u.question = c.question AND u.item = c.item
              WHERE u.m >= 2 GROUP BY c.question, c.category
            ), expected AS (
              SELECT m.question, SUM(m.total) AS n, SUM(m.total * m.total) AS squares,
                     SUM((m.total / (q.pairable * q.most)) * (m.total / (q.pairable * q.most))) AS chance
              FROM marginals m JOIN per_question q ON q.question = m.question GROUP BY m.question
            ), figures AS (
              SELECT q.question, q.percent,
                     CASE WHEN \(isOneOf("q.question", noKappa)) THEN NULL
                          WHEN q.fewest = q.most AND q.most >= 2 AND e.chance < 1 THEN (q.percent - e.chance) / (1 - e.chance) END AS kappa,
                     CASE WHEN \(isOneOf("q.question", nominal)) AND e.n > 1 AND e.n * e.n - e.squares > 0
                          THEN 1 - (e.n - 1) * q.disagreeing / (e.n * e.n - e.squares) END AS alpha
              FROM per_question q LEFT JOIN expected e ON e.question = q.question
            )
            SELECT question, 'percent' AS metric, \(rounded("percent")) AS value FROM figures
            UNION ALL SELECT question, 'fleiss_kappa' AS metric, SIGN(kappa) * \(rounded("ABS(kappa)")) AS value FROM figures
            UNION ALL SELECT question, 'krippendorff_alpha' AS metric, SIGN(alpha) * \(rounded("ABS(alpha)")) AS value FROM figures WHERE \(isOneOf("question", nominal))
            """)
    }
}

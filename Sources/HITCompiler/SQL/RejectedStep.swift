/// `hitc_rejected`: every non-blank judgment the script leaves out and why. `hitc aggregate`
/// refuses a results file holding such a row (E0502); a script cannot refuse, so it lists them.
extension SQLCompiler {
    func rejectedStep(_ s: inout SQLScript) {
        let decodable = questions.filter { $0.shape != .text }
        let answer = "TRIM(j.answer)"
        let undecoded = "\(decode(answer, "cls")) IS NULL AND \(decode(answer, "mask")) IS NULL AND \(decode(answer, "x")) IS NULL"
        let why = byQuestion("j.question", decodable) { q in
            switch q.shape {
            case .choice: lit(q.points == nil ? "not an option of the question" : "not a scale point of the question")
            case .options where !q.exclusive.isEmpty:
                // A set of the options that did not decode holds an exclusive option with another.
                "CASE WHEN \(optionMask(q, answer).isSet) THEN \(lit("an exclusive option (chosen alone) with another option")) ELSE \(lit("not a set of the question's options")) END"
            case .options: lit("not a set of the question's options")
            case .number: lit("not a number")
            case .text: nil
            }
        }
        s.output("hitc_rejected", """
            Judgments left out, with the reason: a question that is not one of the spec's, no item or
            worker, or an answer that is not an option, a scale point or a number of its question.
            Blank answers of the spec's questions are no judgment and are not listed. A NON-EMPTY hitc_rejected MEANS
            hitc aggregate WOULD REFUSE THIS RESULTS FILE (E0502): the labels are computed without
            these rows; fix them (or the spec) before trusting the labels.
            """, d, """
            SELECT * FROM (
              SELECT \(d.text("j.item")) AS item, \(d.text("j.worker")) AS worker, \(d.text("j.question")) AS question,
                     \(d.text("j.answer")) AS answer,
                     CASE WHEN j.question IS NULL OR NOT (\(isOneOf("j.question", questions))) THEN \(lit("not a question of the spec"))
                          WHEN j.item IS NULL OR j.worker IS NULL THEN \(lit("no item or worker"))
                          WHEN \(isOneOf("j.question", decodable)) AND \(undecoded) THEN \(why)
                     END AS reason
              FROM judgments j
              WHERE (j.answer IS NOT NULL AND \(answer) <> '') OR j.question IS NULL OR NOT (\(isOneOf("j.question", questions)))
            ) r
            WHERE reason IS NOT NULL
            """)
    }
}

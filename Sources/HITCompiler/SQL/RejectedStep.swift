/// `hitc_rejected`: every non-blank judgment the script leaves out and why. `hitc aggregate`
/// refuses a results file holding such a row (E0502); a script cannot refuse, so it lists them.
extension SQLCompiler {
    func rejectedStep(_ s: inout SQLScript) {
        let decodable = questions.filter { $0.shape != .text }
        let answer = "value"
        let undecoded = "\(decode(answer, "cls")) IS NULL AND \(decode(answer, "mask")) IS NULL AND \(decode(answer, "x")) IS NULL"
        let why = byQuestion("question", decodable) { q in
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
        let blank = { (column: String) in "\(column) IS NULL OR \(d.trimBlank(column)) = ''" }
        s.output("hitc_rejected", """
            Judgments left out, with the reason, in the order hitc aggregate checks them: a question
            that is not one of the spec's, an answer that is not an option, a scale point or a number
            of its question, no item or worker (NULL or blank). Blank answers of the spec's questions
            are no judgment and are not listed. A NON-EMPTY hitc_rejected MEANS
            hitc aggregate WOULD REFUSE THIS RESULTS FILE (E0502): the labels are computed without
            these rows; fix them (or the spec) before trusting the labels.
            """, d, """
            SELECT item, worker, written AS question, answer, reason FROM (
              SELECT item, worker, written, answer,
                     CASE WHEN question IS NULL OR NOT (\(isOneOf("question", questions))) THEN \(lit("not a question of the spec"))
                          WHEN \(isOneOf("question", decodable)) AND \(undecoded) THEN \(why)
                          WHEN \(blank("item")) OR \(blank("worker")) THEN \(lit("no item or worker"))
                     END AS reason
              FROM (
                SELECT \(d.text("j.item")) AS item, \(d.text("j.worker")) AS worker, \(d.text("j.question")) AS written,
                       \(d.text(d.trimBlank("j.question"))) AS question, \(d.text("j.answer")) AS answer,
                       \(readAnswer(d.text("j.answer"), question: d.text(d.trimBlank("j.question")))) AS value
                FROM judgments j
              ) j
              WHERE (answer IS NOT NULL AND \(d.trimBlank("answer")) <> '') OR question IS NULL OR NOT (\(isOneOf("question", questions)))
            ) r
            WHERE reason IS NOT NULL
            """)
    }
}

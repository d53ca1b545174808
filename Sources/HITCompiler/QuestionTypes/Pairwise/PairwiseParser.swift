/// Reads the settings of a `pairwise` question: the two shown fields, the
/// optional object-id fields, the answers' labels (`answers`) and hotkeys (`keys`).
enum PairwiseParser {
    /// The words `answers` and `keys` take.
    static let answerWords = PairwiseQuestion.defaults.map(\.value)

    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> PairwiseQuestion? {
        let left = m.required("left", &ctx).flatMap { ctx.string($0, "'left' of \(what)") }
        let right = m.required("right", &ctx).flatMap { ctx.string($0, "'right' of \(what)") }
        let leftID = m["left_id"].flatMap { ctx.string($0, "'left_id' of \(what)") }
        let rightID = m["right_id"].flatMap { ctx.string($0, "'right_id' of \(what)") }
        // One object id without the other would compare an id with a shown text.
        if (leftID == nil) != (rightID == nil), let pair = m.pair(leftID == nil ? "right_id" : "left_id") {
            ctx.report(.missingKey, "\(what) names '\(pair.key)' but not '\(pair.key == "left_id" ? "right_id" : "left_id")'",
                       pair.keyRange, notes: [DiagnosticNote("give both object-id fields, or neither (the shown texts are then the ids)")])
        }
        let typeRange = m["type"]?.range ?? m.node.range
        var labels: [String: Located<String>] = [:]
        var listed = answerWords
        if let node = m["answers"], let answers = ctx.mapping(node, "'answers' of \(what)", allowed: answerWords) {
            for word in answerWords {
                if let value = answers[word], let label = ctx.string(value, "the label of '\(word)'") { labels[word] = label }
            }
            _ = answers.required(PairwiseQuestion.leftWins, &ctx)
            _ = answers.required(PairwiseQuestion.rightWins, &ctx)
            listed = answerWords.filter { answers[$0] != nil }
        }
        var keys: [String: Located<String>] = [:]
        if let node = m["keys"], let given = ctx.mapping(node, "'keys' of \(what)", allowed: answerWords) {
            for pair in given.pairs {
                guard let text = ctx.string(pair.value, "the hotkey of '\(pair.key)'") else { continue }
                if text.value.unicodeScalars.count == 1, let s = text.value.unicodeScalars.first, s.value >= 0x21, s.value != 0x7F {
                    keys[pair.key] = text
                } else {
                    ctx.report(.invalidHotkey, "hotkey '\(text.value)' of '\(pair.key)' must be one printable character", text.range)
                }
            }
        }
        guard let left, let right else { return nil }
        let options = PairwiseQuestion.defaults.filter { listed.contains($0.value) }.map { answer in
            let label = labels[answer.value]
            return ChoiceOption(value: answer.value, label: label?.value ?? answer.label,
                                key: keys[answer.value] ?? Located(answer.key, typeRange), hint: nil,
                                range: label?.range ?? typeRange, valueRange: label?.range ?? typeRange)
        }
        guard options.count >= 2 else { return nil }
        return PairwiseQuestion(left: left, right: right, leftID: leftID, rightID: rightID,
                                settings: Question.Choice(options: options, display: .buttons))
    }
}

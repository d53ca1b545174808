/// Choice hotkeys on Label Studio, where a hotkey is bound for the whole page
/// (not per question): a key used by options of several questions stays on the
/// first question (in the spec's order) and is left off the later ones.
enum LabelStudioHotkeys {
    /// A key that a later question shares with an earlier one.
    struct Clash {
        /// The later question, whose option loses the key.
        var question: String
        /// The option's key as written.
        var key: Located<String>
        /// The earlier question that keeps it.
        var first: String
    }

    /// Every key a later question shares with an earlier one, in the spec's order.
    static func clashes(_ questions: [Question]) -> [Clash] {
        var owner: [String: String] = [:]
        var clashes: [Clash] = []
        for question in questions {
            for option in question.choice?.options ?? [] {
                guard let key = option.key else { continue }
                if let first = owner[key.value], first != question.id {
                    clashes.append(Clash(question: question.id, key: key, first: first))
                } else {
                    owner[key.value] = question.id
                }
            }
        }
        return clashes
    }

    /// The keys `question` may bind (its option keys minus those an earlier question holds).
    static func kept(for question: Question, in questions: [Question]) -> Set<String> {
        let lost = Set(clashes(questions).filter { $0.question == question.id }.map(\.key.value))
        return Set((question.choice?.options ?? []).compactMap(\.key?.value)).subtracting(lost)
    }
}

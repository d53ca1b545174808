/// A multiple choice's exclusive options (`exclusive: true`, "None of these")
/// on the targets that write their own controls: the message their pages show
/// when one is ticked with another option (Toloka, Ground Truth enforce it),
/// and the `W0018` of a target that cannot (Label Studio, Appen). An answer
/// holding an exclusive option with another is refused by `hitc aggregate`
/// (`E0502`, the whole run), so a target that lets one through says so.
enum ExclusiveOptions {
    /// The question's exclusive options; none unless it is a multiple choice.
    static func of(_ question: Question) -> [ChoiceOption] {
        guard question.kind.type is MultiChoiceQuestion else { return [] }
        return question.choice?.options.filter(\.exclusive) ?? []
    }

    /// "“None of these” is chosen alone: untick it or the other options."
    static func message(_ alone: [ChoiceOption]) -> String {
        let names = alone.map { "“" + $0.label + "”" }
        return names.count == 1
            ? "\(names[0]) is chosen alone: untick it or the other options."
            : "\(names.joined(separator: ", ")) are each chosen alone: untick them or the other options."
    }

    /// `W0018` at the question's first exclusive option, naming the platform,
    /// the question and its exclusive options; nothing without one.
    static func reportUnenforced(_ question: Question, platform: String, drop: String, _ ctx: inout CheckContext) {
        let alone = of(question)
        guard let first = alone.first else { return }
        let names = alone.map { "'\($0.value)'" }.joined(separator: ", ")
        let what = alone.count == 1 ? "option \(names) of '\(question.id)' is" : "options \(names) of '\(question.id)' are"
        ctx.report(.platformDegrades,
                   "\(platform) does not enforce 'exclusive': the exclusive \(what) chosen alone, but \(platform)'s checkboxes let workers tick \(alone.count == 1 ? "it" : "one") with other options, and 'hitc aggregate' refuses such an answer",
                   first.range,
                   notes: [DiagnosticNote("say in the prompt or hint that it is chosen alone, remove 'exclusive', \(drop)")])
    }
}

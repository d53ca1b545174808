import Foundation

/// What Toloka cannot show or check as the spec says, reported when the spec
/// names `targets.toloka`: E0215 for a reward not in US dollars, E0216 for Toloka's limits (
/// at least $0.005 a task suite), E0801 where the task would differ, W0018
/// where the page is simpler but the answers stay the same.
enum TolokaChecks {
    /// The smallest reward of a task suite in a regular pool, in dollars (toloka-kit's `Pool.reward_per_assignment`).
    static let minimumReward = 0.005

    static func checkReward(_ reward: Located<Money>, _ ctx: inout CheckContext) {
        guard reward.value.currency == "USD" else {
            ctx.report(.platformCurrency, "Toloka pays rewards in US dollars, not \(reward.value.currency)", reward.range,
                       notes: [DiagnosticNote("give the reward in USD, or drop 'targets.toloka'")])
            return
        }
        if reward.value.amount < minimumReward {
            ctx.report(.platformLimit, "Toloka pays at least 0.005 USD a task suite, not \(reward.value)", reward.range,
                       notes: [DiagnosticNote("raise the reward, or drop 'targets.toloka'")])
        }
    }

    static func check(_ ctx: inout CheckContext) {
        PairwiseChecks.refuse(platform: "Toloka", key: "toloka", &ctx)
        let hit = ctx.spec.hit
        for block in Self.blocks(hit.layout) {
            switch block.kind {
            case .text(_, let style) where style != .body:
                ctx.report(.platformDegrades, "Toloka shows a text block plainly: the '\(style.rawValue)' style is not kept", block.range,
                           notes: [DiagnosticNote("drop the style, or accept plain text on Toloka")])
            case .image(_, let alt?):
                ctx.report(.platformDegrades, "Toloka's image view has no alternative text: 'alt' is not shown", alt.range,
                           notes: [DiagnosticNote("put the description in a text block, or accept the image without it on Toloka")])
            default:
                break
            }
        }
        var keys: Set<String> = []
        for id in hit.questionOrder {
            guard let question = hit.question(id.value) else { continue }
            checkChoice(question, keys: &keys, &ctx)
            if let number = question.kind.type as? NumberQuestion, let step = number.step, !TolokaView.stepIsFromZero(number) {
                ctx.report(.platformCannotExpress,
                           "Toloka cannot check a step of \(TolokaView.number(step)) counted from min \(TolokaView.number(number.min ?? 0)): its check counts multiples of the step from 0",
                           question.idRange,
                           notes: [DiagnosticNote("make 'min' a multiple of 'step', drop 'step', or drop 'targets.toloka'")])
            }
        }
    }

    /// A choice's display, option hints and hotkeys as Toloka's controls take them.
    private static func checkChoice(_ question: Question, keys: inout Set<String>, _ ctx: inout CheckContext) {
        guard let choice = question.choice else { return }
        let multi = question.kind.type is MultiChoiceQuestion
        if multi && choice.display != .radio {
            ctx.report(.platformDegrades,
                       "Toloka shows a multiple choice as checkboxes: display '\(choice.display.rawValue)' is not kept for '\(question.id)'",
                       question.idRange, notes: [DiagnosticNote("drop 'display', or accept checkboxes on Toloka")])
        }
        if !multi && choice.display == .dropdown, let option = choice.options.first(where: { $0.hint != nil }) {
            ctx.report(.platformDegrades, "Toloka's dropdown has no option hints: the hints of '\(question.id)' are not shown",
                       option.range, notes: [DiagnosticNote("use display 'radio', or accept the dropdown without hints on Toloka")])
        }
        for option in choice.options {
            guard let key = option.key else { continue }
            let lowered = key.value.lowercased()
            let usable = TolokaView.isHotkey(lowered) && (!multi || TolokaView.isTogglable(option.value))
            if !usable {
                let why = TolokaView.isHotkey(lowered)
                    ? "a multiple choice's key toggles the path '\(question.id).\(option.value)', which a value holding '.' or only digits breaks"
                    : "Toloka's hotkeys are a-z, 0-9, up and down"
                ctx.report(.platformDegrades, "the key '\(key.value)' of option '\(option.value)' has no hotkey on Toloka: \(why)", key.range,
                           notes: [DiagnosticNote("pick another key, or accept the option without a hotkey on Toloka")])
            } else if !keys.insert(lowered).inserted {
                ctx.report(.platformDegrades, "the key '\(key.value)' of option '\(option.value)' is already a hotkey on the Toloka page (keys are not case-sensitive there)",
                           key.range, notes: [DiagnosticNote("pick another key")])
            }
        }
    }

    /// The layout's blocks, those inside columns included.
    static func blocks(_ layout: [LayoutBlock]) -> [LayoutBlock] {
        layout.flatMap { block -> [LayoutBlock] in
            if case .columns(let columns) = block.kind { return [block] + columns.flatMap(blocks) }
            return [block]
        }
    }
}

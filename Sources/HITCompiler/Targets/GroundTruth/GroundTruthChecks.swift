/// What Ground Truth cannot show as the spec says, checked when
/// `targets.ground_truth` is set.
///
/// - W0018: a `markdown:` block is shown as its source text (pre-wrapped), only
///   when the task page's Markdown renderer cannot be taken out of `assets/task.js`
///   (`GroundTruthMarkdownScript`; never with the built-in script, which a test checks).
/// - E0216: the template is over Ground Truth's 128,000 characters (the API's
///   limit on `UiTemplate.Content`, counted here in UTF-16 code units, the
///   stricter reading). At check time the template is measured without the
///   guidelines (rendered later), so an error there is certain; `hitc build`
///   measures the whole template again (`templateSize`).
enum GroundTruthChecks {
    static func run(_ ctx: inout CheckContext) {
        PairwiseChecks.refuse(platform: "SageMaker Ground Truth", key: "ground_truth", &ctx)
        if GroundTruthMarkdownScript.script == nil { markdownBlocks(ctx.spec.hit.layout, &ctx) }
        let spec = ctx.spec
        let size = GroundTruthTemplate(spec, title: spec.title?.value ?? "", guidelines: nil).text.utf16.count
        if size > GroundTruthTemplate.characterLimit {
            ctx.report(.platformLimit, tooLong(size, withoutGuidelines: true), spec.sectionRanges["targets"], notes: [note])
        }
    }

    /// E0216 when the built template is over the limit.
    static func templateSize(_ template: String, spec: Spec, file: String) -> [Diagnostic] {
        let size = template.utf16.count
        guard size > GroundTruthTemplate.characterLimit else { return [] }
        return [Diagnostic(.platformLimit, tooLong(size, withoutGuidelines: false), file: file,
                           range: spec.sectionRanges["targets"], notes: [note])]
    }

    private static func tooLong(_ size: Int, withoutGuidelines: Bool) -> String {
        "\(GroundTruthTarget.templatePath) would be \(size) characters\(withoutGuidelines ? " even without the guidelines" : ""); "
            + "Ground Truth takes a worker task template of at most \(GroundTruthTemplate.characterLimit)"
    }

    private static let note = DiagnosticNote(
        "shorten the guidelines, the layout or the options, or drop the ground_truth target")

    private static func markdownBlocks(_ blocks: [LayoutBlock], _ ctx: inout CheckContext) {
        for block in blocks {
            switch block.kind {
            case .markdown(let field):
                ctx.report(.platformDegrades,
                           "Ground Truth shows the markdown field '\(field.value)' as its source text, not formatted (its Liquid has no Markdown filter); "
                               + "use 'text: \(field.value)' for the same plain page everywhere, or drop the ground_truth target",
                           block.range)
            case .columns(let columns):
                for column in columns { markdownBlocks(column, &ctx) }
            default:
                break
            }
        }
    }
}

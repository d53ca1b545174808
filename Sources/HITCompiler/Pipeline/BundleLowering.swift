/// The lower stage: a checked spec → the view model of every file of its bundle
/// (`TaskPageLowering`, `GuidelinesLowering` and its HTML and Markdown models,
/// `AggregationConfig`, the manifest's entries). Pure: no templates, no Markdown rendered.
enum BundleLowering {
    static func lower(_ checked: CheckedSpec, checklist: PreflightChecklist?) -> BundleModel {
        let items = checked.previewItems
        let page = TaskPageLowering(checked)
        let guidelines = GuidelinesLowering(checked).document()
        let source = checked.source
        return BundleModel(
            checked: checked,
            task: page.page(mode: .task, items: items),
            preview: page.page(mode: .preview, items: items),
            guidelinesHTML: GuidelinesRenderer.htmlView(checked, document: guidelines),
            guidelinesMarkdown: GuidelinesMarkdownModel.view(guidelines, layout: checked.spec.hit.layout),
            aggregation: AggregationConfig(checked),
            manifest: Manifest(
                hitcVersion: HITCVersion.current,
                task: AggregationConfig.Task(checked),
                spec: Manifest.FileEntry(path: checked.paths.specFileName, sha256: Digest.sha256Hex(source.rawBytes),
                                         bytes: source.rawBytes.count),
                files: [], checklist: checklist, cost: CostEstimate(checked), targets: []))
    }
}

/// The lower stage: a checked spec → the view model of every file of its bundle
/// (`TaskPageLowering`, `GuidelinesLowering` and its HTML and Markdown models,
/// `AggregationConfig`, the manifest's entries). Pure: no templates, no Markdown rendered.
enum BundleLowering {
    static func lower(_ checked: CheckedSpec, checklist: PreflightChecklist?) -> BundleModel {
        let items = checked.previewItems
        let pages = TaskPageLowering(checked).pages(items: items)
        let guidelines = GuidelinesLowering(checked).document()
        let source = checked.source
        return BundleModel(
            checked: checked,
            task: pages.task,
            preview: pages.preview,
            guidelinesHTML: GuidelinesHTMLModel.view(guidelines, itemLayout: pages.task.view.itemLayout,
                                                     csp: GuidelinesRenderer.contentSecurityPolicy, style: ""),
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

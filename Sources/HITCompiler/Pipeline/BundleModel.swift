/// What the lower stage produced: the view model of every file of a bundle,
/// Markdown still as written (the render stage turns it into HTML).
struct BundleModel: Sendable {
    /// The checked spec the models come from (the targets' files are made from it).
    var checked: CheckedSpec
    /// task.html: the HIT page, with the preview's items as demo items.
    var task: TaskPage
    /// preview.html: the same page showing the sample items.
    var preview: TaskPage
    /// guidelines.html.
    var guidelinesHTML: GuidelinesPageView
    /// guidelines.md.
    var guidelinesMarkdown: GuidelinesMarkdownView
    /// aggregation.json.
    var aggregation: AggregationConfig
    /// manifest.json without its file list (the render stage adds it).
    var manifest: Manifest
}

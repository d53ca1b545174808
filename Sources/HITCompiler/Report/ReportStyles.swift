/// The style of `report.html`: the guideline page's stylesheet (built-in
/// `assets/task.css` and `assets/guidelines.css`, compacted as
/// `GuidelinesRenderer` does), then the report's own few rules, print included.
enum ReportStyles {
    /// The report's own rules, after the guideline page's.
    static let own = """
    .r-meta { color: #4a535c; margin: 0 0 .5rem; overflow-wrap: anywhere; }
    figure.chart { margin: 1rem 0 1.5rem; }
    figure.chart figcaption { font-weight: 600; margin: 0 0 .4rem; }
    figure.chart svg { display: block; max-width: 100%; height: auto; background: #fff; }
    .r-plot { overflow-x: auto; }
    figure.chart svg text { unicode-bidi: isolate; }
    @media (max-width: 40rem) { figure.chart svg[width="640"] { min-width: 40rem; } }
    .r-numbers summary { cursor: pointer; color: #0b57d0; margin: .4rem 0; }
    .r-num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .g-table td, .g-table th { overflow-wrap: break-word; }
    .g-table tbody th { white-space: normal; overflow-wrap: anywhere; min-width: 6rem; }
    .r-pass { color: #1a7f37; font-weight: 600; }
    .r-fail { color: #82071e; font-weight: 600; }
    .r-note { color: #4a535c; font-size: .95rem; }
    #workers-to-review { font-size: .875rem; }
    #workers-to-review th { white-space: normal; }
    #workers-to-review th, #workers-to-review td { padding: .3rem .4rem; }
    #workers-to-review .r-why { min-width: 10rem; }
    @media print {
    .r-numbers summary { color: #000; }
    details.r-numbers > :not(summary) { display: block; }
    figure.chart svg { max-height: 12cm; }
    section.question { break-before: page; }
    }
    """

    /// The whole stylesheet.
    static func css() -> String {
        let set = TemplateSet.builtin
        let shared = ["assets/task.css", "assets/guidelines.css"].compactMap { try? set.asset($0) }
            .map(GuidelinesRenderer.compactStyle).joined(separator: "\n")
        return shared + "\n" + GuidelinesRenderer.compactStyle(own)
    }
}

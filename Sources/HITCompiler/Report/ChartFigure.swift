/// One chart of `report.html` as the page contract says (docs/report.md):
/// `<figure class="chart" data-chart data-question>` holding a caption, one
/// `<svg role="img">` labelled by its `<title>` and `<desc>`, and one
/// `<table>` of the numbers behind it (the text alternative) in a `<details>`.
struct ChartFigure {
    var kind: String
    var question: String
    var caption: String
    var title: String
    var desc: String
    var width: Double
    var height: Double
    var canvas: SVGCanvas
    /// The table's header texts, and its rows as HTML (`ReportHTML` cells).
    var header: [String]
    var rows: [String]

    /// The figure's HTML; `id` makes its title and desc ids unique on the page.
    func html(id: String) -> String {
        let e = MarkupEscaping.escaped
        var out = "<figure class=\"chart\" data-chart=\"\(e(kind, []))\" data-question=\"\(e(question, []))\">\n"
        out += "<figcaption>\(e(caption, []))</figcaption>\n"
        let w = ReportNumber.coordinate(width), h = ReportNumber.coordinate(height)
        out += "<div class=\"r-plot\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(title, [])): chart\">"
        out += "<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\">"
        out += "<title id=\"\(id)-title\">\(e(title, []))</title><desc id=\"\(id)-desc\">\(e(desc, []))</desc>"
        out += canvas.body
        out += "</svg></div>\n"
        out += "<details class=\"r-numbers\" open><summary>Numbers behind the chart</summary>\n<div class=\"g-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(title, [])): numbers\">\n<table class=\"g-table\">\n<thead><tr>"
        out += header.map { "<th scope=\"col\">\(e($0, []))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        out += rows.joined(separator: "\n")
        out += "\n</tbody>\n</table>\n</div>\n</details>\n</figure>\n"
        return out
    }
}

/// Table cells of the report: text escaped, numbers with `data-value` as in the output files.
enum ReportHTML {
    static func text(_ s: String) -> String { MarkupEscaping.escaped(s) }

    /// Text escaped and isolated in `<bdi>`: a value from the data (an id with U+202E, right-to-left
    /// text) cannot reorder what is around it.
    static func isolated(_ s: String) -> String { "<bdi>\(text(s))</bdi>" }

    /// A `<td>` holding text (isolated).
    static func cell(_ s: String) -> String { "<td>\(isolated(s))</td>" }

    /// A row header `<th scope="row">` holding text (isolated).
    static func rowHeader(_ s: String) -> String { "<th scope=\"row\">\(isolated(s))</th>" }

    /// A number cell: `data-value` exact (as `summary.json`/`workers.csv`), shown as `display`; empty when nil.
    static func number(_ x: Double?, display: ((Double) -> String)? = nil) -> String {
        guard let x, x.isFinite else { return "<td class=\"r-num\"></td>" }
        let shown = display?(x) ?? ReportNumber.exact(x)
        return "<td class=\"r-num\" data-value=\"\(ReportNumber.exact(x))\">\(text(shown))</td>"
    }

    /// A count cell.
    static func count(_ n: Int) -> String {
        "<td class=\"r-num\" data-value=\"\(n)\">\(ReportNumber.count(n))</td>"
    }

    /// A share cell shown as a percentage.
    static func share(_ x: Double?) -> String { number(x, display: ReportNumber.percent) }
}

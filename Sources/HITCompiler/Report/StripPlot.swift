/// The spread of a scale or number question: one row per widest-spread item,
/// a dot per distinct answer (its area grows with how many gave it), a bar
/// at the median.
enum StripPlot {
    static func spread(_ q: QuestionReport) -> ChartFigure {
        let items = q.spread
        let left = 170.0, right = 24.0, width = 640.0, band = 22.0, top = 16.0
        let height = top + band * Double(items.count) + 44
        let lo = items.map(\.min).min() ?? 0, hi = items.map(\.max).max() ?? 1
        let span = hi > lo ? hi - lo : 1
        let plot = width - left - right
        func x(_ v: Double) -> Double { left + (v - lo) / span * plot }
        var svg = SVGCanvas()
        let bottom = top + band * Double(items.count)
        for k in 0...4 {
            let v = lo + span * Double(k) / 4
            svg.line(x(v), top - 4, x(v), bottom)
            svg.text(x(v), bottom + 14, ReportNumber.short(v), anchor: "middle", size: 11, fill: SVGCanvas.Colour.muted)
        }
        svg.text(left + plot / 2, bottom + 32, "answer", anchor: "middle")
        let most = items.flatMap { $0.values.map(\.count) }.max() ?? 1
        for (k, item) in items.enumerated() {
            let y = top + band * (Double(k) + 0.5)
            svg.text(left - 6, y + 4, SVGCanvas.clipped(item.item, 24), anchor: "end", size: 11)
            svg.line(x(item.min), y, x(item.max), y, stroke: SVGCanvas.Colour.muted)
            for v in item.values {
                svg.circle(x(v.value), y, 2.5 + 5 * (Double(v.count) / Double(most)).squareRoot(), fill: SVGCanvas.Colour.first, opacity: 0.75)
            }
            svg.line(x(item.median), y - 8, x(item.median), y + 8, stroke: SVGCanvas.Colour.second, width: 3)
        }
        let desc = "Strip plot of the \(items.count) items whose judgments of \(q.id) range widest (two judgments or more), widest first: one row per item, a dot per distinct answer (larger when more workers gave it), a vermillion bar at the median. Answers range from \(ReportNumber.short(lo)) to \(ReportNumber.short(hi))."
        let rows = items.map { s in
            "<tr>" + ReportHTML.rowHeader(s.item) + ReportHTML.count(s.judgments) + ReportHTML.number(s.min)
                + ReportHTML.number(s.median) + ReportHTML.number(s.max) + ReportHTML.number(s.max - s.min)
                + ReportHTML.cell(s.values.map { "\(ReportNumber.short($0.value))×\($0.count)" }.joined(separator: ", "))
                + ReportHTML.cell(s.label) + "</tr>"
        }
        return ChartFigure(kind: "spread", question: q.id, caption: "Items of \(q.id) with the widest spread of answers",
                           title: "Spread of answers per item for \(q.id)", desc: desc, width: width, height: height,
                           canvas: svg, header: ["Item", "Judgments", "Min", "Median", "Max", "Range", "Answers × count", "Label"],
                           rows: rows)
    }
}

/// The label distribution of a question: per option, the share of labelled
/// items (blue) next to the share of gold items (vermillion), horizontal bars.
enum BarChart {
    static func distribution(_ q: QuestionReport) -> ChartFigure {
        let rows = q.distribution
        let withGold = q.goldItems > 0
        let left = 170.0, right = 70.0, width = 640.0
        let band = withGold ? 30.0 : 20.0, top = 40.0
        let height = top + band * Double(rows.count) + 40
        let plot = width - left - right
        let topShare = max(rows.map { max($0.share ?? 0, $0.goldShare ?? 0) }.max() ?? 0, 0.01)
        let ticks = SVGCanvas.ticks(upTo: topShare * 100, count: 4).map { $0 / 100 }
        let scale = plot / (ticks.last ?? 1)
        var svg = SVGCanvas()
        svg.rect(left, 8, 12, 12, fill: SVGCanvas.Colour.first)
        svg.text(left + 16, 18, "labels (\(ReportNumber.count(q.labelledItems)) items)")
        if withGold {
            svg.rect(left + 200, 8, 12, 12, fill: SVGCanvas.Colour.second)
            svg.text(left + 216, 18, "gold (\(ReportNumber.count(q.goldItems)) items)")
        }
        let bottom = top + band * Double(rows.count)
        for t in ticks {
            svg.line(left + t * scale, top - 4, left + t * scale, bottom)
            svg.text(left + t * scale, bottom + 14, ReportNumber.percent(t), anchor: "middle", size: 11, fill: SVGCanvas.Colour.muted)
        }
        svg.text(left + plot / 2, bottom + 32, "share of items", anchor: "middle", size: 12)
        for (k, row) in rows.enumerated() {
            let y = top + band * Double(k)
            svg.text(left - 6, y + (withGold ? 15 : 14), SVGCanvas.clipped(row.label, 26), anchor: "end")
            let h = withGold ? 11.0 : 14.0
            svg.rect(left, y + 3, (row.share ?? 0) * scale, h, fill: SVGCanvas.Colour.first)
            svg.text(left + (row.share ?? 0) * scale + 4, y + 3 + h - 2, row.share.map(ReportNumber.percent) ?? "", size: 10)
            if withGold {
                svg.rect(left, y + 15, (row.goldShare ?? 0) * scale, h, fill: SVGCanvas.Colour.second)
                svg.text(left + (row.goldShare ?? 0) * scale + 4, y + 15 + h - 2, row.goldShare.map(ReportNumber.percent) ?? "", size: 10)
            }
        }
        let most = rows.max { ($0.share ?? 0) < ($1.share ?? 0) }
        var desc = "Horizontal bars, one per option: the share of the \(q.labelledItems) labelled items given that label"
        desc += withGold ? ", next to the share of the \(q.goldItems) gold items with that answer." : "."
        if let most, let share = most.share { desc += " Most common label: \(most.label), \(ReportNumber.percent(share))." }
        var header = ["Option", "Labels", "Share"]
        if withGold { header += ["Gold", "Gold share"] }
        let tableRows = rows.map { row in
            var cells = "<tr>" + ReportHTML.rowHeader(row.label == row.value ? row.value : "\(row.label) (\(row.value))")
            cells += ReportHTML.count(row.count) + ReportHTML.share(row.share)
            if withGold { cells += ReportHTML.count(row.goldCount) + ReportHTML.share(row.goldShare) }
            return cells + "</tr>"
        }
        return ChartFigure(kind: "distribution", question: q.id,
                           caption: "Labels of \(q.id)" + (withGold ? " next to gold" : ""),
                           title: "Distribution of labels for \(q.id)", desc: desc, width: width, height: height,
                           canvas: svg, header: header, rows: tableRows)
    }
}

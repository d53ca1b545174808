/// A confusion matrix as a heat map: rows the true (or aggregated) class,
/// columns the workers' answers, each cell the share of the row with its
/// number written in it (black or white, whichever contrasts more).
enum HeatMap {
    static func confusion(_ q: QuestionReport, _ m: ConfusionView) -> ChartFigure {
        let k = m.classes.count
        let cell = min(56.0, 460.0 / Double(k))
        let left = 150.0, top = 96.0
        let width = max(left + cell * Double(k) + 20, 360), height = top + cell * Double(k) + 24
        let rowName = switch m.source {
        case "dawid_skene": "true class (Dawid-Skene's estimate)"
        case "gold": "gold answer"
        default: "aggregated label"
        }
        var svg = SVGCanvas()
        svg.text(left + cell * Double(k) / 2, 14, "workers' answer", anchor: "middle", bold: true)
        let rowTitle = m.source == "dawid_skene" ? "true class" : m.source == "gold" ? "gold answer" : "aggregated label"
        svg.text(left - 6, top - 10, rowTitle + " ↓", anchor: "end", size: 12, bold: true)
        for (c, name) in m.classes.enumerated() {
            svg.text(left + cell * (Double(c) + 0.5), top - 6, SVGCanvas.clipped(name, 12), anchor: "start", size: 11, rotate: -45)
            svg.text(left - 6, top + cell * (Double(c) + 0.5) + 4, SVGCanvas.clipped(name, 18), anchor: "end", size: 11)
        }
        for (r, row) in m.counts.enumerated() {
            let total = row.reduce(0, +)
            for (c, count) in row.enumerated() {
                let share = total > 0 ? count / total : 0
                let (fill, ink) = SVGCanvas.heat(share)
                let (x, y) = (left + cell * Double(c), top + cell * Double(r))
                svg.rect(x, y, cell - 1, cell - 1, fill: fill)
                if total > 0 {
                    svg.text(x + cell / 2, y + cell / 2 + 4, String(format: "%.0f%%", share * 100), anchor: "middle",
                             size: min(13, cell / 3.2), fill: ink)
                }
            }
        }
        let how = switch m.source {
        case "dawid_skene": "the expected counts of Dawid-Skene's fit (each judgment counts its item's posterior over the true classes)"
        case "gold": "kept workers' answers on gold items against the gold answer"
        default: "kept workers' answers against the aggregated label of the item (no gold answers for this question and no Dawid-Skene fit)"
        }
        let diagonal = (0..<k).map { m.counts[$0][$0] }.reduce(0, +)
        let all = m.counts.flatMap { $0 }.reduce(0, +)
        var desc = "Heat map of \(k) by \(k) cells: rows are the \(rowName), columns the workers' answer, each cell the share of its row; from \(how)."
        if all > 0 { desc += " \(ReportNumber.percent(diagonal / all)) of the weight is on the diagonal (answer equals class)." }
        let short = m.source == "dawid_skene" ? "true class" : m.source == "gold" ? "gold" : "label"
        let header = ["\(short) \\ answer"] + m.classes + ["Total"]
        let rows = m.counts.enumerated().map { r, row in
            let total = row.reduce(0, +)
            return "<tr>" + ReportHTML.rowHeader(m.classes[r]) + row.map { ReportHTML.number($0, display: ReportNumber.short) }.joined()
                + ReportHTML.number(total, display: ReportNumber.short) + "</tr>"
        }
        return ChartFigure(kind: "confusion", question: q.id, caption: "Confusion of \(q.id): \(how)",
                           title: "Confusion matrix for \(q.id)", desc: desc, width: width, height: height,
                           canvas: svg, header: header, rows: rows)
    }
}

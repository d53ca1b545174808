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
                    svg.text(x + cell / 2, y + cell / 2 + 4, ReportNumber.fixed(share * 100, decimals: 0, trim: false) + "%", anchor: "middle",
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

extension HeatMap {
    /// A multi choice's confusion: one row per option, four cells: of the judgments on items whose class
    /// has the option, the share that ticked it and that missed it; of those on items whose class has it
    /// not, the share that ticked it (extra) and that left it unticked. Each pair adds up to 100%.
    static func optionConfusion(_ q: QuestionReport, _ m: OptionConfusionView) -> ChartFigure {
        let columns = ["ticked", "missed", "extra tick", "left unticked"]
        let k = m.options.count
        let cellWidth = 90.0, cellHeight = min(40.0, max(24.0, 400.0 / Double(k)))
        let left = 170.0, top = 64.0
        let width = left + cellWidth * 4 + 20, height = top + cellHeight * Double(k) + 16
        let classWord = m.source == "dawid_skene" ? "true class (Dawid-Skene)" : m.source == "gold" ? "gold answer" : "aggregated label"
        var svg = SVGCanvas()
        svg.text(left + cellWidth, 16, "\(classWord) has it", anchor: "middle", size: 12, bold: true)
        svg.text(left + cellWidth * 3, 16, "has it not", anchor: "middle", size: 12, bold: true)
        svg.line(left + cellWidth * 2, 4, left + cellWidth * 2, top + cellHeight * Double(k), stroke: SVGCanvas.Colour.ink, width: 2)
        for (c, name) in columns.enumerated() {
            svg.text(left + cellWidth * (Double(c) + 0.5), top - 12, name, anchor: "middle", size: 11)
        }
        svg.text(left - 6, top - 12, "option ↓", anchor: "end", size: 12, bold: true)
        for (o, row) in m.counts.enumerated() {
            let y = top + cellHeight * Double(o)
            svg.text(left - 6, y + cellHeight / 2 + 4, SVGCanvas.clipped(m.options[o], 24), anchor: "end", size: 11)
            for c in 0..<4 {
                let pair = c < 2 ? row[0] + row[1] : row[2] + row[3]
                let share = pair > 0 ? row[c] / pair : 0
                // The good cells (ticked, left unticked) dark when high; the errors dark when high too: one scale.
                let (fill, ink) = SVGCanvas.heat(share)
                let x = left + cellWidth * Double(c)
                svg.rect(x, y, cellWidth - 1, cellHeight - 1, fill: fill)
                if pair > 0 {
                    svg.text(x + cellWidth / 2, y + cellHeight / 2 + 4, ReportNumber.percent(share), anchor: "middle", size: 12, fill: ink)
                }
            }
        }
        let how = switch m.source {
        case "dawid_skene": "the expected counts of Dawid-Skene's yes/no fit of each option"
        case "gold": "kept workers' answers on gold items against the gold answer"
        default: "kept workers' answers against the aggregated label of the item (no gold answers for this question and no Dawid-Skene fit)"
        }
        var desc = "Heat map of \(k) options by 4 cells, from \(how). For each option: of the judgments on items whose \(classWord) has the option, the share that ticked it and the share that missed it; of the judgments on items whose \(classWord) has it not, the share that ticked it anyway (extra) and the share that left it unticked. Each pair adds up to 100%; read the missed and extra columns for the options workers get wrong."
        if let worst = m.counts.indices.max(by: { missRate(m.counts[$0]) < missRate(m.counts[$1]) }), missRate(m.counts[worst]) > 0 {
            desc += " Most missed: \(m.options[worst]), \(ReportNumber.percent(missRate(m.counts[worst])))."
        }
        let header = ["Option", "Has it: ticked", "Has it: missed", "Has it not: extra tick", "Has it not: left unticked"]
        let rows = m.counts.enumerated().map { o, row in
            "<tr>" + ReportHTML.rowHeader(m.options[o]) + row.map { ReportHTML.number($0, display: ReportNumber.short) }.joined() + "</tr>"
        }
        return ChartFigure(kind: "option-confusion", question: q.id, caption: "Confusion of \(q.id), option by option: \(how)",
                           title: "Confusion per option for \(q.id)", desc: desc, width: width, height: height,
                           canvas: svg, header: header, rows: rows)
    }

    /// The share of judgments that missed an option the class has.
    static func missRate(_ row: [Double]) -> Double { row[0] + row[1] > 0 ? row[1] / (row[0] + row[1]) : 0 }
}

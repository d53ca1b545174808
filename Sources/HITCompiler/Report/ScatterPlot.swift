/// One dot per worker: a figure (gold accuracy, or agreement with the final
/// labels) against the number of judgments given (a log scale when they vary
/// over more than twentyfold). Kept workers are blue dots, dropped workers
/// vermillion crosses, told apart by shape as well as colour.
enum ScatterPlot {
    enum Figure { case gold, agreement }

    static func workers(_ w: WorkersReport, figure: Figure) -> ChartFigure {
        let value: (WorkerPoint) -> Double? = figure == .gold ? { $0.goldAccuracy } : { $0.agreement }
        let name = figure == .gold ? "gold accuracy" : "agreement with the final labels"
        let points = w.points
        let left = 64.0, right = 20.0, top = 30.0, plotHeight = 260.0, width = 640.0
        let height = top + plotHeight + 48
        let plot = width - left - right
        let counts = points.map { Double(max($0.answers, 1)) }
        let lo = counts.min() ?? 1, hi = max(counts.max() ?? 1, lo + 1)
        let log = hi / lo > 20
        let linearTicks = SVGCanvas.ticks(upTo: hi, count: 5)
        let linearTop = linearTicks.last ?? hi
        func x(_ n: Double) -> Double {
            log ? left + (Foundation.log10(n) - Foundation.log10(lo)) / (Foundation.log10(hi) - Foundation.log10(lo)) * plot
                : left + n / linearTop * plot
        }
        func y(_ v: Double) -> Double { top + (1 - v) * plotHeight }
        var svg = SVGCanvas()
        svg.circle(left + 6, 14, 4, fill: SVGCanvas.Colour.first)
        svg.text(left + 14, 18, "kept")
        svg.cross(left + 70, 14, 4, stroke: SVGCanvas.Colour.second)
        svg.text(left + 80, 18, "dropped")
        for k in 0...4 {
            let v = Double(k) / 4
            svg.line(left, y(v), left + plot, y(v))
            svg.text(left - 6, y(v) + 4, ReportNumber.percent(v), anchor: "end", size: 11, fill: SVGCanvas.Colour.muted)
        }
        var xTicks: [Double] = []
        if log {
            let decades = min(max(Int(Foundation.log10(hi)), 0), 12)
            for d in 0...decades {
                for m in [1.0, 2.0, 5.0] {
                    let t = m * Foundation.pow(10.0, Double(d))
                    if t >= lo && t <= hi { xTicks.append(t) }
                }
            }
            if xTicks.count < 3 { xTicks = Array(Set(xTicks + [lo, hi])).sorted() }
        } else {
            xTicks = linearTicks
        }
        for t in xTicks {
            svg.line(x(t), top + plotHeight, x(t), top + plotHeight + 4, stroke: SVGCanvas.Colour.muted)
            svg.text(x(t), top + plotHeight + 16, ReportNumber.short(t.rounded()), anchor: "middle", size: 11, fill: SVGCanvas.Colour.muted)
        }
        svg.text(left + plot / 2, top + plotHeight + 36, "judgments given" + (log ? " (log scale)" : ""), anchor: "middle")
        svg.text(14, top + plotHeight / 2, name, anchor: "middle", rotate: -90)
        var drawn = 0
        for p in points {
            guard let v = value(p) else { continue }
            drawn += 1
            if p.dropped { svg.cross(x(Double(max(p.answers, 1))), y(v), 4, stroke: SVGCanvas.Colour.second) } else {
                svg.circle(x(Double(max(p.answers, 1))), y(v), 3.5, fill: SVGCanvas.Colour.first, opacity: 0.7)
            }
        }
        let dropped = points.filter { $0.dropped && value($0) != nil }.count
        var desc = "Scatter plot, one mark per worker with a \(name) figure (\(drawn) workers): \(name) from 0% to 100% against the number of judgments given; \(dropped) dropped workers are crosses. Workers with the same figures share a mark; the table lists each."
        if let note = w.sampleNote { desc += " " + note }
        let rows = points.filter { value($0) != nil }.map { p in
            "<tr>" + ReportHTML.rowHeader(p.worker) + ReportHTML.count(p.answers) + ReportHTML.number(value(p))
                + ReportHTML.cell(p.dropped ? "dropped" : "kept") + ReportHTML.cell(p.reason ?? "") + "</tr>"
        }
        return ChartFigure(kind: figure == .gold ? "worker-gold" : "worker-agreement", question: "",
                           caption: "Workers: \(name) against judgments given", title: "Workers' \(name) against judgments given",
                           desc: desc, width: width, height: height, canvas: svg,
                           header: ["Worker", "Judgments", figure == .gold ? "Gold accuracy" : "Agreement", "Status", "Why dropped"],
                           rows: rows)
    }
}

import Foundation

/// Seconds per HIT as a histogram, with `min_seconds_per_hit` drawn as a
/// dashed line: HITs left of it were flagged `fast`.
enum Histogram {
    static func times(_ t: TimeHistogram) -> ChartFigure {
        let left = 64.0, right = 20.0, top = 30.0, plotHeight = 220.0, width = 640.0
        let height = top + plotHeight + 50
        let plot = width - left - right
        let most = Double(t.bins.map(\.count).max() ?? 1)
        let yTicks = SVGCanvas.ticks(upTo: most, count: 4)
        let yTop = yTicks.last ?? 1
        let end = t.bins.last.map { $0.upper ?? ($0.lower + ($0.lower - (t.bins.dropLast().last?.lower ?? 0))) } ?? 1
        func x(_ s: Double) -> Double { left + s / end * plot }
        func y(_ n: Double) -> Double { top + (1 - n / yTop) * plotHeight }
        var svg = SVGCanvas()
        for n in yTicks {
            svg.line(left, y(n), left + plot, y(n))
            svg.text(left - 6, y(n) + 4, ReportNumber.count(Int(n)), anchor: "end", size: 11, fill: SVGCanvas.Colour.muted)
        }
        for bin in t.bins {
            let upper = bin.upper ?? end
            svg.rect(x(bin.lower) + 0.5, y(Double(bin.count)), x(upper) - x(bin.lower) - 1, top + plotHeight - y(Double(bin.count)),
                     fill: SVGCanvas.Colour.first)
        }
        for bin in t.bins.enumerated().filter({ $0.offset % max(1, t.bins.count / 6) == 0 }).map(\.element) {
            svg.text(x(bin.lower), top + plotHeight + 16, ReportNumber.short(bin.lower), anchor: "middle", size: 11, fill: SVGCanvas.Colour.muted)
        }
        svg.text(left + plot / 2, top + plotHeight + 38, "seconds per \(t.perAssignment ? "HIT" : "judgment")" + (t.bins.last?.upper == nil ? " (last bar: that many or more)" : ""), anchor: "middle")
        svg.text(14, top + plotHeight / 2, "HITs", anchor: "middle", rotate: -90)
        if let m = t.minSeconds, Double(m) <= end {
            svg.line(x(Double(m)), top - 10, x(Double(m)), top + plotHeight, stroke: SVGCanvas.Colour.threshold, width: 2, dash: true)
            svg.text(x(Double(m)) + 4, top - 2, "min_seconds_per_hit = \(m) s", size: 11, fill: SVGCanvas.Colour.threshold)
        }
        var desc = "Histogram of the seconds spent on each of \(ReportNumber.count(t.hits)) \(t.perAssignment ? "HITs (once per assignment)" : "judgments (the results name no assignments)") in \(t.bins.count) bins."
        if let m = t.minSeconds { desc += " A dashed line marks min_seconds_per_hit, \(m) s: \(ReportNumber.count(t.fastHits)) HITs were faster." }
        let rows = t.bins.map { b in
            "<tr>" + ReportHTML.rowHeader(b.upper.map { "\(ReportNumber.short(b.lower))–\(ReportNumber.short($0)) s" } ?? "\(ReportNumber.short(b.lower)) s or more")
                + ReportHTML.count(b.count) + "</tr>"
        }
        return ChartFigure(kind: "time-histogram", question: "", caption: "Seconds per HIT",
                           title: "Time per HIT", desc: desc, width: width, height: height, canvas: svg,
                           header: ["Seconds", "HITs"], rows: rows)
    }
}

extension Histogram {
    /// A number question's aggregated values in bins (`QuestionPart.binning`).
    static func values(_ q: QuestionReport, _ h: ValueHistogram) -> ChartFigure {
        let left = 64.0, right = 24.0, top = 20.0, plotHeight = 200.0, width = 640.0
        let height = top + plotHeight + 50
        let plot = width - left - right
        let yTicks = SVGCanvas.ticks(upTo: Double(h.bins.map(\.count).max() ?? 1), count: 4)
        let yTop = yTicks.last ?? 1
        let lo = h.bins.first?.lower ?? 0
        let hi = h.bins.last?.upper ?? lo
        let barWidth = plot / Double(max(h.bins.count, 1))
        func y(_ n: Double) -> Double { top + (1 - n / yTop) * plotHeight }
        var svg = SVGCanvas()
        for n in yTicks {
            svg.line(left, y(n), left + plot, y(n))
            svg.text(left - 6, y(n) + 4, ReportNumber.count(Int(n)), anchor: "end", size: 11, fill: SVGCanvas.Colour.muted)
        }
        for (b, bin) in h.bins.enumerated() {
            let x = left + barWidth * Double(b)
            svg.rect(x + 0.5, y(Double(bin.count)), barWidth - 1, top + plotHeight - y(Double(bin.count)), fill: SVGCanvas.Colour.first)
        }
        let every = max(1, h.bins.count / 6)
        for b in stride(from: 0, through: h.bins.count, by: every) {
            let value = b < h.bins.count ? h.bins[b].lower : hi
            svg.text(left + barWidth * Double(b), top + plotHeight + 16, ReportNumber.short(value), anchor: "middle", size: 11, fill: SVGCanvas.Colour.muted)
        }
        svg.text(left + plot / 2, top + plotHeight + 38, "aggregated value", anchor: "middle")
        svg.text(14, top + plotHeight / 2, "items", anchor: "middle", rotate: -90)
        let desc = "Histogram of the aggregated values of \(ReportNumber.count(h.values)) items in \(h.bins.count) bins of equal width from \(ReportNumber.short(lo)) to \(ReportNumber.short(hi)); bins by \(h.rule)."
        let rows = h.bins.enumerated().map { b, bin in
            let upper = bin.upper ?? hi
            let closing = b == h.bins.count - 1 ? "]" : ")"
            return "<tr>" + ReportHTML.rowHeader("[\(ReportNumber.short(bin.lower)), \(ReportNumber.short(upper))\(closing)") + ReportHTML.count(bin.count) + "</tr>"
        }
        return ChartFigure(kind: "value-histogram", question: q.id, caption: "Aggregated values of \(q.id)",
                           title: "Distribution of values for \(q.id)", desc: desc, width: width, height: height,
                           canvas: svg, header: ["Value", "Items"], rows: rows)
    }
}

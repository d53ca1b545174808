/// `report.html` from `ReportData`: the batch overview and checklist, one
/// section per question, the workers. Every value from the results or the
/// spec is escaped (`ReportHTML`, `MarkupEscaping`); no script, no request.
enum ReportPage {
    /// No script, no request: styles inline, nothing else.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

    static func html(_ d: ReportData, style: String) -> String {
        let t = ReportHTML.text
        var charts = 0
        func chart(_ figure: ChartFigure) -> String {
            charts += 1
            return figure.html(id: "c\(charts)")
        }
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Batch report: \(t(d.title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body class="g-doc">
        <header class="hitc-header g-header">
        <p class="g-kicker">Batch report\(d.version.map { " · version " + t($0) } ?? "")</p>
        <h1>\(t(d.title))</h1>
        <p class="r-meta">Spec <code>\(t(d.spec))</code>, results <code>\(t(d.results))</code> (\(t(d.format)) format). Made by hitc aggregate; the numbers are those of summary.json and workers.csv.</p>
        </header>
        <main id="g-main">
        <nav class="g-card g-toc" aria-labelledby="toc-title">
        <h2 id="toc-title">Contents</h2>
        <ol>
        <li><a href="#overview">The batch</a></li>
        <li><a href="#checklist">Pre-flight checklist</a></li>

        """
        for q in d.questions { out += "<li><a href=\"#q-\(t(q.id))\">Question \(t(q.id))</a></li>\n" }
        out += "<li><a href=\"#workers\">Workers</a></li>\n</ol>\n</nav>\n"

        // The batch.
        out += "<section class=\"g-card\" id=\"overview\" aria-labelledby=\"overview-title\">\n<h2 id=\"overview-title\">The batch</h2>\n"
        out += wrap("The batch") + "<table class=\"g-table\" id=\"batch\">\n<caption class=\"r-note\">Totals of the run (summary.json)</caption>\n<tbody>\n"
        for f in d.batch {
            let cell = f.value.map { "<td class=\"r-num\" data-value=\"\(ReportNumber.exact($0))\">\(t(f.display))</td>" } ?? "<td>\(t(f.display))</td>"
            out += "<tr data-key=\"\(t(f.key))\">\(ReportHTML.rowHeader(f.name))\(cell)</tr>\n"
        }
        out += "</tbody>\n</table></div>\n<p class=\"r-note\">\(t(d.costNote)) Coverage counts an item's judgments as the most kept judgments of any of its questions (labels.csv's judgments column).</p>\n</section>\n"

        // The checklist.
        out += "<section class=\"g-card\" id=\"checklist\" aria-labelledby=\"checklist-title\">\n<h2 id=\"checklist-title\">Pre-flight checklist of the spec</h2>\n"
        if let steps = d.checklist {
            let passed = steps.filter(\.passed).count
            out += "<p>\(passed) of \(steps.count) steps pass (as <code>hitc check</code> reports them).</p>\n"
            out += wrap("Pre-flight checklist") + "<table class=\"g-table\">\n<thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Result</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n"
            for s in steps {
                out += "<tr>\(ReportHTML.rowHeader("\(s.number). \(s.name)"))<td class=\"\(s.passed ? "r-pass" : "r-fail")\">\(s.passed ? "passed" : "not passed")</td>\(ReportHTML.cell(s.reason))</tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
        } else {
            out += "<p>The checklist could not be evaluated.</p>\n"
        }
        out += "</section>\n"

        for q in d.questions { out += question(q, chart: chart) }
        out += workers(d.workers, chart: chart)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// The scrolling box around a wide table: focusable and named (`<label>: table`, unlike any
    /// section's name: landmarks must be told apart), so a keyboard can scroll it.
    static func wrap(_ label: String) -> String {
        "<div class=\"g-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(ReportHTML.text(label)): table\">"
    }

    static func question(_ q: QuestionReport, chart: (ChartFigure) -> String) -> String {
        let t = ReportHTML.text
        var out = "<section class=\"g-card question\" id=\"q-\(t(q.id))\" data-question=\"\(t(q.id))\" aria-labelledby=\"q-\(t(q.id))-title\">\n"
        out += "<h2 id=\"q-\(t(q.id))-title\">Question <code>\(t(q.id))</code></h2>\n<p class=\"g-hint\">\(t(q.prompt))</p>\n"
        out += "<p>\(t(q.type)), aggregated by <code>\(t(q.method))</code>: \(ReportNumber.count(q.labels)) items, \(ReportNumber.count(q.undecided)) undecided, \(ReportNumber.count(q.noAnswers)) without kept answers, \(ReportNumber.count(q.ties)) ties.</p>\n"
        if !q.distribution.isEmpty {
            out += chart(BarChart.distribution(q))
            out += "<p class=\"r-note\">The sample's label distribution is not known to hitc (the spec's data sample holds items, not answers); gold is shown where the gold file answers this question.</p>\n"
        }
        if let h = q.valueHistogram {
            out += chart(Histogram.values(q, h))
            out += "<p class=\"r-note\">\(t(h.rule.prefix(1).uppercased() + h.rule.dropFirst())).</p>\n"
        }
        if let a = q.agreement {
            out += "<h3>Agreement</h3>\n" + wrap("Agreement on \(q.id)") + "<table class=\"g-table\" data-agreement=\"\(t(q.id))\">\n<tbody>\n"
            if let metric = a.metric {
                var verdict = ""
                if let pass = a.pass, let min = a.min { verdict = pass ? " (passes min \(ReportNumber.exact(min)))" : " (below min \(ReportNumber.exact(min)))" }
                out += "<tr data-key=\"metric\">\(ReportHTML.rowHeader("Spec's metric: \(metric)\(verdict)"))\(ReportHTML.number(a.metricValue))</tr>\n"
            }
            out += "<tr data-key=\"krippendorff_alpha\">\(ReportHTML.rowHeader("Krippendorff's alpha (\(a.alphaLevel))"))\(ReportHTML.number(a.alpha))</tr>\n"
            out += "<tr data-key=\"fleiss_kappa\">\(ReportHTML.rowHeader("Fleiss' kappa"))\(a.kappa == nil ? ReportHTML.cell(a.kappaNote ?? "not computed") : ReportHTML.number(a.kappa))</tr>\n"
            out += "<tr data-key=\"percent_agreement\">\(ReportHTML.rowHeader("Percent agreement"))\(ReportHTML.number(a.percent))</tr>\n"
            out += "<tr data-key=\"pairable_items\">\(ReportHTML.rowHeader("Items with two judgments or more"))\(ReportHTML.count(a.pairableItems))</tr>\n"
            out += "</tbody>\n</table></div>\n<p class=\"r-note\">No confidence interval is shown: hitc computes none of these figures with one (a bootstrap over items would give one, and is not done).</p>\n"
        }
        if !q.lowestAgreement.isEmpty {
            out += "<h3>Items with the lowest agreement</h3>\n<p class=\"r-note\">\(q.lowestAgreement.count == 1 ? "The item" : "The \(q.lowestAgreement.count) items") (of those with two judgments or more, not unanimous) whose judgment pairs agree least, lowest first; ties in order of first appearance.</p>\n"
            out += wrap("Lowest agreement on \(q.id)") + "<table class=\"g-table\" data-lowest=\"\(t(q.id))\">\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Judgments</th><th scope=\"col\">Agreeing pairs</th><th scope=\"col\">Label</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
            for item in q.lowestAgreement {
                out += "<tr>\(ReportHTML.rowHeader(item.item))\(ReportHTML.count(item.judgments))\(ReportHTML.share(item.agreement))\(ReportHTML.cell(item.label))\(ReportHTML.cell(item.status))</tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
        }
        if let confusion = q.confusion { out += chart(HeatMap.confusion(q, confusion)) }
        if let confusion = q.optionConfusion { out += chart(HeatMap.optionConfusion(q, confusion)) }
        if !q.spread.isEmpty { out += chart(StripPlot.spread(q)) }
        return out + "</section>\n"
    }

    static func workers(_ w: WorkersReport, chart: (ChartFigure) -> String) -> String {
        let t = ReportHTML.text
        var out = "<section class=\"g-card\" id=\"workers\" aria-labelledby=\"workers-title\">\n<h2 id=\"workers-title\">Workers</h2>\n"
        out += "<h3>Workers to review first</h3>\n<p class=\"r-note\">The first \(w.review.count) of \(ReportNumber.count(w.total)) workers. \(t(w.reviewRule))</p>\n"
        out += wrap("Workers to review first") + "<table class=\"g-table\" id=\"workers-to-review\">\n<thead><tr>"
        for h in ["#", "Worker", "Judgments", "Gold answers", "Gold correct", "Gold accuracy", "Agreement", "Median seconds", "Fast HITs", "Why"] {
            out += "<th scope=\"col\">\(h)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for r in w.review {
            out += "<tr data-worker=\"\(t(r.worker))\" data-status=\"\(r.status)\" data-flags=\"\(t(r.flags))\">\(ReportHTML.count(r.rank))\(ReportHTML.rowHeader(r.worker))\(ReportHTML.count(r.answers))\(ReportHTML.count(r.goldAnswers))\(ReportHTML.count(r.goldCorrect))"
            out += "\(ReportHTML.number(r.goldAccuracy))\(ReportHTML.number(r.agreement))\(ReportHTML.number(r.medianSeconds))\(ReportHTML.count(r.fastHits))"
            out += "<td class=\"r-why\">\(ReportHTML.isolated(r.why))</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        if w.hasGold { out += chart(ScatterPlot.workers(w, figure: .gold)) } else {
            out += "<p class=\"r-note\">No gold file: there is no gold accuracy to plot.</p>\n"
        }
        out += chart(ScatterPlot.workers(w, figure: .agreement))
        if let times = w.times { out += chart(Histogram.times(times)) } else {
            out += "<p class=\"r-note\">The results give no times: there is no time per HIT to plot.</p>\n"
        }
        return out + "</section>\n"
    }
}

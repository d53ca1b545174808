import Foundation

/// Writes `report.html` for an aggregation: numbers (`ReportBuilder`), page
/// (`ReportPage`), written like the other output files (a temporary name
/// renamed into place, so a reader never sees half a page).
enum ReportWriter {
    static let fileName = "report.html"

    /// The page for `report` of the spec `checked` (with its pre-flight `checklist`).
    static func html(_ report: AggregateReport, checked: CheckedSpec, checklist: PreflightChecklist?) -> String {
        let data = ReportBuilder(report: report, checked: checked, checklist: checklist).build()
        return ReportPage.html(data, style: ReportStyles.css())
    }

    /// The page's bytes, built without touching the disk (so it can be built while the other files are written).
    static func page(_ report: AggregateReport, checked: CheckedSpec, checklist: PreflightChecklist?) -> [UInt8] {
        Array(html(report, checked: checked, checklist: checklist).utf8)
    }

    /// Writes a built `page` as `report.html` into `directory` (which exists).
    static func write(page: [UInt8], to directory: URL) throws {
        let file = try OutputFile(directory.appendingPathComponent(fileName))
        try file.append(page)
        try file.finish()
    }
}

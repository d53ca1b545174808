/// The pieces every chart of `report.html` is drawn with: an SVG canvas that
/// escapes every text it is given (`MarkupEscaping`), writes coordinates with
/// one decimal (`ReportNumber.coordinate`), and the colours: Okabe and Ito's
/// colour-blind-safe pair for categories (blue, vermillion), a one-hue
/// sequential blue for heat maps, and ink that keeps 4.5:1 contrast on white.
struct SVGCanvas {
    private(set) var body = ""

    /// Colours, all named here.
    enum Colour {
        static let ink = "#1f2328"
        static let muted = "#4a535c"
        static let grid = "#d0d7de"
        /// Okabe-Ito blue and vermillion: told apart with every colour vision.
        static let first = "#0072b2"
        static let second = "#d55e00"
        static let threshold = "#82071e"
    }

    private static func c(_ x: Double) -> String { ReportNumber.coordinate(x) }

    mutating func raw(_ markup: String) { body += markup }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, extra: String = "") {
        body += "<rect x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" width=\"\(Self.c(max(w, 0)))\" height=\"\(Self.c(max(h, 0)))\" fill=\"\(fill)\"\(extra)/>"
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = Colour.grid,
                       width: Double = 1, dash: Bool = false) {
        body += "<line x1=\"\(Self.c(x1))\" y1=\"\(Self.c(y1))\" x2=\"\(Self.c(x2))\" y2=\"\(Self.c(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.c(width))\"\(dash ? " stroke-dasharray=\"4 3\"" : "")/>"
    }

    mutating func circle(_ x: Double, _ y: Double, _ r: Double, fill: String, opacity: Double = 1) {
        body += "<circle cx=\"\(Self.c(x))\" cy=\"\(Self.c(y))\" r=\"\(Self.c(r))\" fill=\"\(fill)\"\(opacity < 1 ? " fill-opacity=\"\(Self.c(opacity))\"" : "")/>"
    }

    /// A cross (×) of half-size `r`: dropped workers, told from dots by shape, not only colour.
    mutating func cross(_ x: Double, _ y: Double, _ r: Double, stroke: String) {
        body += "<path d=\"M\(Self.c(x - r)) \(Self.c(y - r))L\(Self.c(x + r)) \(Self.c(y + r))M\(Self.c(x - r)) \(Self.c(y + r))L\(Self.c(x + r)) \(Self.c(y - r))\" stroke=\"\(stroke)\" stroke-width=\"2\"/>"
    }

    /// Text, escaped; `anchor` start, middle or end; `rotate` in degrees about (x, y).
    mutating func text(_ x: Double, _ y: Double, _ text: String, anchor: String = "start", size: Double = 12,
                       fill: String = Colour.ink, bold: Bool = false, rotate: Double? = nil) {
        var attributes = "x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" font-size=\"\(Self.c(size))\" fill=\"\(fill)\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if bold { attributes += " font-weight=\"600\"" }
        if let rotate { attributes += " transform=\"rotate(\(Self.c(rotate)) \(Self.c(x)) \(Self.c(y)))\"" }
        body += "<text \(attributes)>\(MarkupEscaping.escaped(text))</text>"
    }

    /// `text` cut to `limit` characters with an ellipsis (the full text is in the chart's table).
    static func clipped(_ text: String, _ limit: Int) -> String {
        let flat = String(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : Character($0) })
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    /// The heat map colour of `t` in 0...1 (light to dark blue) and the text colour
    /// (black or white) of higher contrast on it (at least 4.5:1 either way).
    static func heat(_ t: Double) -> (fill: String, text: String) {
        let t = min(max(t, 0), 1)
        let light = (0.94, 0.96, 0.99), dark = (0.03, 0.19, 0.42)
        let rgb = (light.0 + (dark.0 - light.0) * t, light.1 + (dark.1 - light.1) * t, light.2 + (dark.2 - light.2) * t)
        func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
        let onBlack = (luminance + 0.05) / 0.05, onWhite = 1.05 / (luminance + 0.05)
        func hex(_ v: Double) -> String {
            let n = Int((v * 255).rounded())
            let digits = Array("0123456789abcdef")
            return String([digits[n / 16], digits[n % 16]])
        }
        return ("#" + hex(rgb.0) + hex(rgb.1) + hex(rgb.2), onBlack >= onWhite ? "#000000" : "#ffffff")
    }

    /// Evenly spaced round ticks from 0 to at least `top` (about `count` of them).
    static func ticks(upTo top: Double, count: Int = 5) -> [Double] {
        guard top > 0 else { return [0, 1] }
        let step = WorkerPart.roundWidth(top / Double(count))
        var ticks: [Double] = []
        var x = 0.0
        while x < top + step / 2 { ticks.append(x); x += step }
        if let last = ticks.last, last < top { ticks.append(last + step) }
        return ticks
    }
}

import Foundation

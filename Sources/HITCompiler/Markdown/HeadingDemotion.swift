/// Headings moved below the page or document that embeds an author's Markdown,
/// by rank: the lowest level the text uses becomes `level + 1`, the next one
/// used `level + 2`, and so on up to 6, so the fragment neither jumps a level
/// after the heading it sits under nor inside itself. The one home of heading
/// demotion: the task page, guidelines.html and (through `ranks`) the CommonMark
/// rewrite of guidelines.md.
enum HeadingDemotion {
    /// The new level of each level in `levels`, by rank below `level` (a negative
    /// `level` counts as 0).
    static func ranks(_ levels: Set<Int>, below level: Int) -> [Int: Int] {
        var rank: [Int: Int] = [:]
        for (i, old) in levels.sorted().enumerated() { rank[old] = min(6, max(0, level) + i + 1) }
        return rank
    }

    /// `html` with every heading tag (`<hN>`, `<hN ...>`, `</hN>`) moved below
    /// `level` by rank. For cmark-gfm's output: there every `<hN` starts a tag.
    static func html(_ html: String, below level: Int) -> String {
        guard html.containsASCII("<h") else { return html }
        var used: Set<Int> = []
        forEachHeadingTag(html) { level, _ in used.insert(level) }
        guard !used.isEmpty else { return html }
        let map = ranks(used, below: level)
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var last = html.startIndex
        forEachHeadingTag(html) { level, range in
            out += html[last..<range.lowerBound]
            out += (html[range].hasPrefix("</") ? "</h" : "<h") + String(map[level] ?? level)
            last = range.upperBound
        }
        out += html[last...]
        return out
    }

    /// Calls `body` with the level and the range of `<hN` / `</hN` of every heading tag.
    private static func forEachHeadingTag(_ html: String, _ body: (Int, Range<String.Index>) -> Void) {
        var search = html.startIndex
        while let open = html[search...].firstIndex(of: "<") {
            var i = html.index(after: open)
            if i < html.endIndex, html[i] == "/" { i = html.index(after: i) }
            guard i < html.endIndex, html[i] == "h" else { search = html.index(after: open); continue }
            let digitIndex = html.index(after: i)
            guard digitIndex < html.endIndex, let n = html[digitIndex].wholeNumberValue, (1...6).contains(n) else {
                search = html.index(after: open); continue
            }
            let end = html.index(after: digitIndex)
            guard end < html.endIndex, html[end] == ">" || html[end] == " " else { search = html.index(after: open); continue }
            body(n, open..<end)
            search = end
        }
    }
}

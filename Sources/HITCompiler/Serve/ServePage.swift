import Foundation

/// What the bar of a served page shows (`ServeScript` reads it as JSON).
struct ServePageConfig: Encodable, Sendable {
    struct Link: Encodable, Sendable {
        var key: String
        var label: String
        var href: String
        var current: Bool
    }
    var generation: Int
    var view: String?
    var hit: Int
    var hits: Int
    var prev: String?
    var next: String?
    var views: [Link]
    var links: [Link]
    var note: String?
}

/// Turns a page of the bundle into the copy `hitc serve` sends: the page as
/// built, with the serve script and its settings added to `<head>` and the
/// security policy relaxed only where the served copy needs it. A built bundle
/// never gets any of this.
enum ServePage {
    /// The comment every served page carries, saying how it differs from the bundle.
    static let comment = """
    <!-- hitc serve: this copy differs from the built bundle. hitc serve added the script below \
    (live reload, the HIT bar, captured submissions) and changed the Content-Security-Policy: \
    script-src also allows that script by its hash, connect-src is 'self' only (the reload events; \
    nothing is sent anywhere else) and form-action is 'none' (submissions are captured, not sent). -->
    """

    /// The hash of `ServeScript.text` in CSP form.
    static let scriptSource = "'sha256-\(Digest.sha256Base64(ServeScript.text))'"

    /// `html` with the serve script and `config` added and the policy relaxed; the
    /// HIT's payload put where the items go when one is given.
    static func inject(_ html: String, config: ServePageConfig, payload: String? = nil) -> String {
        var page = relaxPolicy(html)
        if let payload {
            if page.contains(PageSafety.itemsPlaceholder) {
                page = page.replacingOccurrences(of: PageSafety.itemsPlaceholder, with: payload)
            } else {
                page = page.replacingOccurrences(of: #"<script type="text/plain" id="hitc-items"></script>"#,
                                                 with: #"<script type="text/plain" id="hitc-items">"# + payload + "</script>")
            }
        }
        let json = (try? PageSafety.scriptJSON(config)) ?? "{}"
        let head = comment + "\n<script type=\"application/json\" id=\"hitc-serve-config\">" + json
            + "</script>\n<script>" + ServeScript.text + "</script>\n"
        if let end = page.range(of: "</head>") {
            page.insert(contentsOf: head, at: end.lowerBound)
        } else {
            page = head + page
        }
        return page
    }

    /// The page's `<meta http-equiv="Content-Security-Policy">` with script-src
    /// also allowing the serve script, connect-src `'self'` and form-action `'none'`;
    /// every other directive as built. A page without one gets the serve policy.
    static func relaxPolicy(_ html: String) -> String {
        let open = #"<meta http-equiv="Content-Security-Policy" content=""#
        guard let start = html.range(of: open), let end = html.range(of: "\">", range: start.upperBound..<html.endIndex) else {
            return html
        }
        let policy = html[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&#39;", with: "'")
        let relaxed = relax(policy)
        return html.replacingCharacters(in: start.upperBound..<end.lowerBound, with: MarkupEscaping.escaped(relaxed))
    }

    /// The policy text relaxed as `relaxPolicy` says.
    static func relax(_ policy: String) -> String {
        var directives: [(String, [String])] = []
        for part in policy.split(separator: ";") {
            let words = part.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let name = words.first else { continue }
            directives.append((name.lowercased(), Array(words.dropFirst())))
        }
        func set(_ name: String, _ values: [String]) {
            if let i = directives.firstIndex(where: { $0.0 == name }) { directives[i].1 = values } else { directives.append((name, values)) }
        }
        let scripts = (directives.first { $0.0 == "script-src" }?.1 ?? []).filter { $0 != "'none'" }
        set("script-src", scripts + [scriptSource])
        set("connect-src", ["'self'"])
        set("form-action", ["'none'"])
        return directives.map { ([$0.0] + $0.1).joined(separator: " ") }.joined(separator: "; ")
    }
}

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
        String(decoding: inject(Data(html.utf8), config: config, payload: payload), as: UTF8.self)
    }

    /// `inject` on the page's bytes: each step looks for its few bytes with
    /// `memmem` and splices, so a 2 MB page costs a few copies, not a scan of
    /// the text as characters per step.
    static func inject(_ html: Data, config: ServePageConfig, payload: String? = nil) -> Data {
        var page = [UInt8](html)
        relaxPolicy(&page)
        if let payload {
            let placeholder = Array(PageSafety.itemsPlaceholder.utf8), value = Array(payload.utf8)
            if ByteSearch.find(placeholder, in: page) != nil {
                var from = 0
                while let at = ByteSearch.find(placeholder, in: page, from: from) {
                    page.replaceSubrange(at..<at + placeholder.count, with: value)
                    from = at + value.count
                }
            } else {
                let empty = Array(#"<script type="text/plain" id="hitc-items"></script>"#.utf8)
                if let at = ByteSearch.find(empty, in: page) {
                    let open = Array(#"<script type="text/plain" id="hitc-items">"#.utf8)
                    page.replaceSubrange(at..<at + empty.count, with: open + value + Array("</script>".utf8))
                }
            }
        }
        let json = (try? PageSafety.scriptJSON(config)) ?? "{}"
        let head = Array((comment + "\n<script type=\"application/json\" id=\"hitc-serve-config\">" + json
            + "</script>\n<script>" + ServeScript.text + "</script>\n").utf8)
        if let end = ByteSearch.find(Array("</head>".utf8), in: page) {
            page.insert(contentsOf: head, at: end)
        } else {
            page.insert(contentsOf: head, at: 0)
        }
        return Data(page)
    }

    /// The page's `<meta http-equiv="Content-Security-Policy">` with script-src
    /// also allowing the serve script, connect-src `'self'` and form-action `'none'`;
    /// every other directive as built. A page without one is left as it is.
    static func relaxPolicy(_ html: String) -> String {
        var page = Array(html.utf8)
        relaxPolicy(&page)
        return String(decoding: page, as: UTF8.self)
    }

    private static func relaxPolicy(_ page: inout [UInt8]) {
        let open = Array(#"<meta http-equiv="Content-Security-Policy" content=""#.utf8)
        guard let start = ByteSearch.find(open, in: page),
              let end = ByteSearch.find(Array("\">".utf8), in: page, from: start + open.count) else { return }
        let policy = String(decoding: page[(start + open.count)..<end], as: UTF8.self).replacingOccurrences(of: "&#39;", with: "'")
        page.replaceSubrange((start + open.count)..<end, with: Array(MarkupEscaping.escaped(relax(policy)).utf8))
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

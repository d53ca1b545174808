import Foundation

/// `/hit/N/VIEW`: HIT N of the dealt sample shown in one view (`ServeView`).
enum ServeHITPage {
    static func response(_ bundle: ServedBundle, hit number: Int, view: ServeView) -> ServeResponse {
        let dealt = bundle.hits.dealt
        let count = max(1, dealt.hits.count)
        guard number <= count else { return ServeRouter.notFound }
        let hit = dealt.hits.isEmpty ? nil : dealt.hits[number - 1]
        var config = config(bundle, hit: number, hits: count, view: view)
        config.note = dealt.note
        if let hit, !hit.goldSlots.isEmpty {
            let slots = hit.goldSlots.map(String.init).joined(separator: ", ")
            config.note = "Gold item\(hit.goldSlots.count == 1 ? "" : "s") in slot\(hit.goldSlots.count == 1 ? "" : "s") \(slots) (workers are not told)."
        }
        if view.showsFiles { return .html(filesPage(bundle, view: view, config: config)) }
        let source = view == .preview ? "preview.html" : "task.html"
        guard let data = bundle.files[source] else { return ServeRouter.notFound }
        return .html(ServePage.inject(data, config: config, payload: hit?.payload))
    }

    /// The bar's settings for HIT `hit` of `hits` in `view` (0 and nil: a bundle file or the error page).
    static func config(_ bundle: ServedBundle, hit: Int, hits: Int, view: ServeView?) -> ServePageConfig {
        let shown = max(hit, 1)
        func href(_ v: ServeView, _ n: Int) -> String {
            let query = v.query(hit: n)
            return "/hit/\(n)/\(v.rawValue)" + (query.isEmpty ? "" : "?" + query)
        }
        let views = bundle.isBuilt ? ServeView.available(targetKeys: bundle.targetKeys).map {
            ServePageConfig.Link(key: $0.rawValue, label: $0.label, href: href($0, shown), current: $0 == view)
        } : []
        var links: [ServePageConfig.Link] = []
        if bundle.isBuilt {
            for (path, label) in [("guidelines.html", "Guidelines"), ("task.html", "task.html as built"),
                                  ("aggregation.json", "aggregation.json"), ("manifest.json", "manifest.json")] {
            // Every built bundle has these files (not looked up: the page must not wait for the rest of the bundle).
                links.append(.init(key: path, label: label, href: "/" + path, current: false))
            }
        }
        let current = view ?? .preview
        return ServePageConfig(generation: bundle.generation, view: view?.rawValue, hit: hit, hits: hits,
                               prev: hit > 1 ? href(current, hit - 1) : nil,
                               next: hit >= 1 && hit < hits ? href(current, hit + 1) : nil,
                               views: views, links: links, note: nil)
    }

    /// The platforms that draw the page themselves: the bundle's files for the target, as text.
    static func filesPage(_ bundle: ServedBundle, view: ServeView, config: ServePageConfig) -> String {
        let key = view.targetKey ?? ""
        let prefixes = [key + "/", key.replacingOccurrences(of: "_", with: "-") + "/"]
        let paths = bundle.paths.filter { path in prefixes.contains { path.hasPrefix($0) } }
        var body = ""
        for path in paths {
            let text = String(decoding: bundle.files[path] ?? Data(), as: UTF8.self)
            body += "<h2>\(MarkupEscaping.escaped(path))</h2>\n<pre>\(MarkupEscaping.escaped(text))</pre>\n"
        }
        if paths.isEmpty { body = "<p>The bundle has no files for this target.</p>" }
        let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupEscaping.escaped(view.label)): the bundle's files</title>
        <style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0; } main { padding: 16px 24px; } pre { background: #f3f4f6; padding: 8px 12px; white-space: pre-wrap; overflow-wrap: anywhere; }</style>
        </head>
        <body>
        <main id="hitc-serve-files">
        <h1>\(MarkupEscaping.escaped(view.label))</h1>
        <p>\(MarkupEscaping.escaped(view.label)) draws the worker's page itself from these files of the bundle, so hitc serve cannot show that page: here are the files as they will be uploaded. Step through the HITs in the other views.</p>
        \(body)
        </main>
        </body>
        </html>

        """
        return ServePage.inject(page, config: config)
    }
}

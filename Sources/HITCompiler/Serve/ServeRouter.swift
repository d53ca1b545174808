import Foundation

/// Answers one request from the current `ServedBundle`; no state, no I/O, so every
/// rule is testable without a socket. Only GET and HEAD (anything else: 405); the
/// path is checked by `ServePath` first (refused: 404); only files of the bundle in
/// memory are served, never the file system, and there is no listing.
///
///     /                         → /hit/1/preview
///     /hit/N/VIEW               HIT N of the sample in a view (`ServeView`)
///     /task.html, /preview.html, /guidelines.html, ...  the bundle's files
///     /_hitc/events             Server-Sent Events: the build generation
///     /_hitc/status.json        {"generation", "built", "errors"}
public enum ServeRouter {
    public static func respond(to request: ServeRequest, bundle: ServedBundle) -> ServeResponse {
        let method = request.method.uppercased()
        guard method == "GET" || method == "HEAD" else {
            return .text(405, "hitc serve answers GET and HEAD only", headers: [("Allow", "GET, HEAD")])
        }
        var response = route(request, bundle: bundle)
        if method == "HEAD" {
            response.headers.append(("Content-Length", String(response.body.count)))
            response.body = Data()
            response.isEventStream = false
        }
        return response
    }

    static func route(_ request: ServeRequest, bundle: ServedBundle) -> ServeResponse {
        guard let segments = ServePath.segments(request.path) else { return notFound }
        switch segments.first {
        case nil:
            return redirect("/hit/1/preview")
        case "_hitc":
            if segments == ["_hitc", "events"] { return events }
            if segments == ["_hitc", "status.json"] {
                let json = "{\"built\":\(bundle.isBuilt),\"errors\":\(bundle.errorCount),\"generation\":\(bundle.generation)}"
                return ServeResponse(status: 200, contentType: "application/json", body: Data(json.utf8))
            }
            return notFound
        case "hit" where segments.count == 2 || segments.count == 3:
            guard let number = Int(segments[1]), number >= 1, String(number) == segments[1] else { return notFound }
            guard segments.count == 3 else { return redirect("/hit/\(number)/preview") }
            guard let view = ServeView(rawValue: segments[2]) else { return notFound }
            guard bundle.isBuilt else { return .html(errorPage(bundle)) }
            guard ServeView.available(targetKeys: bundle.targetKeys).contains(view) else { return notFound }
            let query = view.query(hit: number)
            if !query.isEmpty && request.query != query { return redirect("/hit/\(number)/\(view.rawValue)?\(query)") }
            return ServeHITPage.response(bundle, hit: number, view: view)
        default:
            let path = segments.joined(separator: "/")
            if !bundle.isBuilt {
                return path.hasSuffix(".html") ? .html(errorPage(bundle)) : .text(503, "the spec has errors: open / to see them")
            }
            guard let data = bundle.files[path] else { return notFound }
            if path.hasSuffix(".html") {
                let config = ServeHITPage.config(bundle, hit: 0, hits: 0, view: nil)
                return .html(ServePage.inject(data, config: config))
            }
            return ServeResponse(status: 200, contentType: ServeResponse.contentType(of: path), body: data)
        }
    }

    static let notFound = ServeResponse.text(404, "not found")

    /// The page of the bundle a request shows (`task.html` or `preview.html`), if
    /// any: `hitc serve` renders the pages open in a browser first after an edit.
    public static func page(of request: ServeRequest) -> String? {
        guard let segments = ServePath.segments(request.path) else { return nil }
        if segments.count == 1, BundleRendering.pageNames.contains(segments[0]) { return segments[0] }
        guard segments.count == 3, segments[0] == "hit", let view = ServeView(rawValue: segments[2]), !view.showsFiles else { return nil }
        return view == .preview ? "preview.html" : "task.html"
    }

    static var events: ServeResponse {
        var response = ServeResponse(status: 200, contentType: "text/event-stream", body: Data())
        response.isEventStream = true
        return response
    }

    static func redirect(_ location: String) -> ServeResponse {
        .text(302, "see \(location)", headers: [("Location", location)])
    }

    static func errorPage(_ bundle: ServedBundle) -> String {
        ServeErrorPage.html(bundle, config: ServeHITPage.config(bundle, hit: 0, hits: 0, view: nil))
    }

    /// One event of `/_hitc/events`: the generation of the bundle now served.
    public static func event(generation: Int) -> String {
        "event: generation\ndata: \(generation)\n\n"
    }
}

import Foundation

/// A request as the router sees it: the method and the raw request target.
public struct ServeRequest: Sendable {
    public var method: String
    /// The path as sent, still percent-encoded (never normalised before `ServePath` checks it).
    public var path: String
    /// The query string, without `?`, still percent-encoded.
    public var query: String

    public init(method: String, path: String, query: String = "") {
        self.method = method
        self.path = path
        self.query = query
    }
}

/// What the server sends back: a status, headers and a body, or the event stream.
public struct ServeResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data
    /// True for `/_hitc/events`: the server keeps the response open and writes
    /// each build's generation to it (`ServeEvents`).
    public var isEventStream = false

    init(status: Int, contentType: String, body: Data, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.body = body
        self.headers = [("Content-Type", contentType), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"),
                        ("Referrer-Policy", "no-referrer")] + headers
    }

    static func text(_ status: Int, _ message: String, headers: [(name: String, value: String)] = []) -> ServeResponse {
        ServeResponse(status: status, contentType: "text/plain; charset=utf-8", body: Data((message + "\n").utf8), headers: headers)
    }

    static func html(_ page: String) -> ServeResponse {
        html(Data(page.utf8))
    }

    static func html(_ page: Data) -> ServeResponse {
        ServeResponse(status: 200, contentType: "text/html; charset=utf-8", body: page)
    }

    /// The header's value, by name in any case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The Content-Type of a bundle file, by its extension.
    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "json": "application/json"
        case "jsonl": "application/x-ndjson"
        case "md": "text/markdown; charset=utf-8"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "tsv": "text/tab-separated-values; charset=utf-8"
        case "txt", "liquid", "cml", "yaml", "yml": "text/plain; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}

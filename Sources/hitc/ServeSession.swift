import FlyingFox
import FlyingSocks
import Foundation
import HITCompiler

/// One run of `hitc serve`: the current bundle, the watcher that rebuilds it, the
/// event streams of open pages, and the HTTP server (FlyingFox) in front.
final class ServeSession: @unchecked Sendable {
    private let spec: String
    private let templatesFolder: String?
    private let diagnostics: DiagnosticOptions
    private let state = ServeState()
    private let events = ServeEvents()

    init(spec: String, templatesFolder: String?, diagnostics: DiagnosticOptions) {
        self.spec = spec
        self.templatesFolder = templatesFolder
        self.diagnostics = diagnostics
    }

    /// Builds, listens and serves until interrupted; returns the exit status when it cannot start.
    func run(host: String, port: Int) async -> Int32 {
        let first = build(generation: 1)
        await state.set(first.bundle)
        report(first.bundle, milliseconds: first.milliseconds)
        let hits = first.bundle.hits
        Task.detached { _ = hits.dealt }

        let address: any SocketAddress
        do {
            address = try Self.address(host: host, port: UInt16(port))
        } catch {
            Output.stderr("hitc: error: --host \(TerminalText.escaped(host)) is not an IPv4 or IPv6 address\n")
            return 1
        }
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: ClosureHTTPHandler { [state, events] request in
            let bundle = await state.bundle
            let served = ServeRouter.respond(
                to: ServeRequest(method: request.method.rawValue, path: request.target.path(), query: request.target.query()),
                bundle: bundle)
            return Self.response(served, events: events, generation: bundle.generation)
        })
        let failure = ServeFailure()
        Task {
            do { try await server.run() } catch { await failure.set(error) }
        }
        while !(await server.isListening) {
            if let error = await failure.error {
                Output.stderr("hitc: error: cannot listen on \(TerminalText.escaped(host)):\(port): \(Self.describe(error))\n")
                return 1
            }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        let listening = await server.listeningAddress
        let shownPort: String
        switch listening {
        case .ip4(_, let p)?, .ip6(_, let p)?: shownPort = String(p)
        default: shownPort = String(port)
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        Output.stdout("hitc serve: http://\(shownHost):\(shownPort)/ (Ctrl-C to stop)\n")
        await watch()
        return 0
    }

    // MARK: building

    private func build(generation: Int) -> (bundle: ServedBundle, milliseconds: Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        var options = BuildOptions(check: diagnostics.checkOptions)
        var failure: String?
        if let templatesFolder {
            do { options.templates = try TemplateSet.loading(overrides: templatesFolder) } catch { failure = "\(error)" }
        }
        var bundle = ServeBuilder.build(path: spec, options: options, generation: generation)
        if let failure { bundle = bundle.failing("templates: " + failure) }
        let ms = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        return (bundle, ms)
    }

    /// Prints the build's diagnostics as `hitc check` does, then one line.
    private func report(_ bundle: ServedBundle, milliseconds: Int) {
        _ = diagnostics.emit(bundle.diagnostics, sources: bundle.sources)
        if let failure = bundle.failure { Output.stderr("hitc: error: \(TerminalText.escaped(failure))\n") }
        let counts = bundle.diagnostics.problemCounts
        let what = bundle.isBuilt ? "built" : "not built"
        diagnostics.printHumanSummary("hitc serve: build \(bundle.generation) \(what) in \(milliseconds) ms: \(Plural.count(counts.errors, "error")), \(Plural.count(counts.warnings, "warning"))\n")
    }

    /// Polls the inputs every 20 ms; after a change, waits until they stay the same
    /// for 15 ms (an editor's save is often several writes and a rename), rebuilds,
    /// swaps the bundle in, tells every open page, and deals the sample into HITs
    /// (`ServedHITs`) while the pages reload.
    private func watch() async {
        var bundle = await state.bundle
        var folders: [String] { templatesFolder.map { [$0] } ?? [] }
        var seen = InputStamps(paths: bundle.inputs, folders: folders)
        while true {
            try? await Task.sleep(nanoseconds: 20_000_000)
            var now = InputStamps(paths: bundle.inputs, folders: folders)
            guard now != seen else { continue }
            // Debounce: until two reads 15 ms apart agree (at most 1 s).
            for _ in 0..<66 {
                try? await Task.sleep(nanoseconds: 15_000_000)
                let again = InputStamps(paths: bundle.inputs, folders: folders)
                if again == now { break }
                now = again
            }
            let next = build(generation: bundle.generation + 1)
            bundle = next.bundle
            await state.set(bundle)
            await events.send(generation: bundle.generation)
            let hits = bundle.hits
            Task.detached { _ = hits.dealt }
            report(bundle, milliseconds: next.milliseconds)
            // Files read before the build keep their stamps: a save during the build is seen next time.
            seen = InputStamps(paths: bundle.inputs, folders: folders).keeping(now)
        }
    }

    // MARK: HTTP

    private static func response(_ served: ServeResponse, events: ServeEvents, generation: Int) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in served.headers { headers[HTTPHeader(name)] = value }
        if served.isEventStream {
            let stream = events.subscribe(current: generation)
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventBytes(stream: stream)))
        }
        return HTTPResponse(statusCode: HTTPStatusCode(served.status, phrase: Self.phrase(served.status)), headers: headers, body: served.body)
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    private static func address(host: String, port: UInt16) throws -> any SocketAddress {
        if host == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
        if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
        return try sockaddr_in.inet(ip4: host, port: port)
    }

    private static func describe(_ error: any Error) -> String {
        if case let SocketError.failed(_, errno, message) = error {
            return errno == EADDRINUSE ? "the address is already in use (another hitc serve? choose another --port)" : message
        }
        return error.localizedDescription
    }

    /// Ctrl-C (and SIGTERM): say so and exit 0; nothing is written, so nothing is left half done.
    static func stopOnInterrupt() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                Output.stderr("\nhitc serve: stopped\n")
                exit(0)
            }
            source.resume()
            interruptSources.append(source)
        }
    }
    nonisolated(unsafe) private static var interruptSources: [any DispatchSourceSignal] = []
}

/// The bundle being served, swapped whole after each build.
actor ServeState {
    private(set) var bundle: ServedBundle = ServeBuilder.placeholder
    func set(_ bundle: ServedBundle) { self.bundle = bundle }
}

/// The error `HTTPServer.run` ended with, if it did.
actor ServeFailure {
    private(set) var error: (any Error)?
    func set(_ error: any Error) { self.error = error }
}

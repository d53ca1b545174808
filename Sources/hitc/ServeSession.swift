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
    private let viewed = ViewedPages()

    init(spec: String, templatesFolder: String?, diagnostics: DiagnosticOptions) {
        self.spec = spec
        self.templatesFolder = templatesFolder
        self.diagnostics = diagnostics
    }

    /// Builds, listens and serves until interrupted; returns the exit status when it cannot start.
    func run(host: String, port: Int) async -> Int32 {
        let first = await build(generation: 1)
        await state.set(first.bundle)
        await finish(first.bundle, milliseconds: first.milliseconds)

        let address: any SocketAddress
        do {
            address = try Self.address(host: host, port: UInt16(port))
        } catch {
            Output.stderr("hitc: error: --host \(TerminalText.escaped(host)) is not an IPv4 or IPv6 address\n")
            return 1
        }
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: ClosureHTTPHandler { [state, events, viewed] request in
            let bundle = await state.bundle
            let served = ServeRequest(method: request.method.rawValue, path: request.target.path(), query: request.target.query())
            if let page = ServeRouter.page(of: served) { await viewed.note(page) }
            let response = await Self.offPool {
                // Off Swift's cooperative threads: a file of the bundle's rest may wait for its rendering.
                ServeRouter.respond(to: served, bundle: bundle)
            }
            return Self.response(response, events: events, generation: bundle.generation)
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

    /// Checks the spec and renders the two pages (`ServeBuilder.start`), off Swift's
    /// cooperative threads so the server keeps answering meanwhile.
    private func build(generation: Int) async -> (bundle: ServedBundle, milliseconds: Int) {
        let spec = spec, templatesFolder = templatesFolder, check = diagnostics.checkOptions
        let first = await viewed.take()
        return await Self.offPool {
            var clock = DispatchTime.now().uptimeNanoseconds
            var options = BuildOptions(check: check)
            var failure: String?
            if let templatesFolder {
                do { options.templates = try TemplateSet.loading(overrides: templatesFolder) } catch { failure = "\(error)" }
            }
            var bundle = ServeBuilder.start(path: spec, options: options, generation: generation, first: first)
            if let failure { bundle = bundle.failing("templates: " + failure) }
            clock = DispatchTime.now().uptimeNanoseconds - clock
            return (bundle, Int(clock / 1_000_000))
        }
    }

    /// After a build is served and its pages told: renders the rest of the bundle once they reloaded,
    /// deals the sample into HITs (`ServedHITs`), prints the report, and serves a
    /// failing bundle (with one more reload) if the rest could not be rendered.
    private func finish(_ bundle: ServedBundle, milliseconds: Int, open: (open: Int, opened: Int)? = nil) async {
        let hits = bundle.hits
        Task.detached { _ = hits.dealt }
        // The rest waits until a reloaded page has loaded (its script then opens a new event
        // stream; at most 3 s), so it does not take the cores while the browser loads the
        // page. A request for one of its files starts it at once.
        if let open, open.open > 0 {
            await events.waitForNewStream(after: open.opened, timeout: 3_000_000_000)
        }
        // A newer build replaced this one meanwhile: its files would never be served (a
        // request may still have started them, which then finish unreported).
        guard await state.bundle.generation == bundle.generation else {
            report(bundle, milliseconds: milliseconds, rest: nil)
            return
        }
        let done = await Self.offPool { bundle.completed() }
        if done.bundle.generation != bundle.generation, await state.replace(bundle.generation, with: done.bundle) {
            await events.send(generation: done.bundle.generation)
        }
        report(done.bundle, milliseconds: milliseconds, rest: done.restMilliseconds)
    }

    /// Prints the build's diagnostics as `hitc check` does, then one line with the
    /// time until the pages were served (and its parts) and the time the other files took.
    private func report(_ bundle: ServedBundle, milliseconds: Int, rest: Int?) {
        _ = diagnostics.emit(bundle.diagnostics, sources: bundle.sources)
        if let failure = bundle.failure { Output.stderr("hitc: error: \(TerminalText.escaped(failure))\n") }
        let counts = bundle.diagnostics.problemCounts
        let what = bundle.isBuilt ? "built" : "not built"
        let t = bundle.milliseconds
        let parts = bundle.isBuilt
            ? " (check \(t.check), lower \(t.lower), pages \(t.pages); " + (rest.map { "the other files \($0) ms after)" } ?? "the other files not rendered: a newer build replaced it)") : ""
        diagnostics.printHumanSummary("hitc serve: build \(bundle.generation) \(what) in \(milliseconds) ms\(parts): \(Plural.count(counts.errors, "error")), \(Plural.count(counts.warnings, "warning"))\n")
    }

    /// Polls the inputs every 20 ms; after a change, waits until they stay the same
    /// for 15 ms (an editor's save is often several writes and a rename), checks and
    /// renders the pages, swaps the bundle in and tells every open page, then
    /// finishes the build (`finish`) while the pages reload and the next save is watched for.
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
            let next = await build(generation: (await state.bundle).generation + 1)
            bundle = next.bundle
            await state.set(bundle)
            let open = events.counts
            await events.send(generation: bundle.generation)
            // Not awaited: the next save is watched for while the rest of this build renders.
            Task { [bundle] in await self.finish(bundle, milliseconds: next.milliseconds, open: open) }
            // Files read before the build keep their stamps: a save during the build is seen next time.
            seen = InputStamps(paths: bundle.inputs, folders: folders).keeping(now)
        }
    }

    /// Runs blocking work on a Dispatch thread and waits for it without holding one of Swift's cooperative threads.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
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

/// The pages (`task.html`, `preview.html`) browsers asked for since the last build
/// started: the next build renders those first. Open pages ask again after every
/// reload, so this follows what is open; none asked: the ones of the build before.
actor ViewedPages {
    private var since: Set<String> = []
    private var last: Set<String> = []

    func note(_ page: String) { since.insert(page) }

    func take() -> Set<String> {
        if !since.isEmpty { last = since }
        since = []
        return last
    }
}

/// The bundle being served, swapped whole after each build.
actor ServeState {
    private(set) var bundle: ServedBundle = ServeBuilder.placeholder
    func set(_ bundle: ServedBundle) { self.bundle = bundle }

    /// Serves `bundle` if generation `current` is still the one served; true if it did.
    func replace(_ current: Int, with bundle: ServedBundle) -> Bool {
        guard self.bundle.generation == current else { return false }
        self.bundle = bundle
        return true
    }
}

/// The error `HTTPServer.run` ended with, if it did.
actor ServeFailure {
    private(set) var error: (any Error)?
    func set(_ error: any Error) { self.error = error }
}

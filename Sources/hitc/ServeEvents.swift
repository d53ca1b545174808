import FlyingSocks
import Foundation
import HITCompiler

/// The open `/_hitc/events` streams: each gets the current generation when it
/// opens, every new one after a build, and a comment every 15 s (so a page that
/// went away is noticed when the write fails, and proxies keep the stream open).
final class ServeEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var pinging = false
    private var subscriptions = 0

    /// How many streams are open, and how many were ever opened.
    var counts: (open: Int, opened: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (streams.count, subscriptions)
    }

    /// Waits until a stream opens after `opened` streams were (a page's script opens
    /// one once the page has loaded), or `timeout` nanoseconds pass.
    func waitForNewStream(after opened: Int, timeout: UInt64) async {
        let deadline = DispatchTime.now().uptimeNanoseconds + timeout
        while counts.opened <= opened && DispatchTime.now().uptimeNanoseconds < deadline {
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
    }

    /// A new stream, starting with the reconnect delay and the generation `current`.
    func subscribe(current: Int) -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        continuation.yield(Array(("retry: 250\n" + ServeRouter.event(generation: current)).utf8))
        lock.lock()
        streams[id] = continuation
        subscriptions += 1
        let startPing = !pinging
        pinging = true
        lock.unlock()
        if startPing { Task { await self.ping() } }
        return stream
    }

    /// Tells every open page the generation now served.
    func send(generation: Int) async {
        broadcast(Array(ServeRouter.event(generation: generation).utf8))
    }

    private func broadcast(_ bytes: [UInt8]) {
        lock.lock()
        let all = Array(streams.values)
        lock.unlock()
        for continuation in all { continuation.yield(bytes) }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        streams[id] = nil
        lock.unlock()
    }

    private func ping() async {
        while true {
            try? await Task.sleep(nanoseconds: 15_000_000_000)
            broadcast(Array(": ping\n\n".utf8))
        }
    }
}

/// An event stream's bytes as FlyingFox's response body reads them: each event is
/// one buffer, so it is written (as one chunk) the moment it is yielded.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty { pending = await base.next() ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            return await base.next()
        }
    }
}

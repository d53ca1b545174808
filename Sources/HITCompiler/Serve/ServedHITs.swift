import Foundation

/// One HIT of the served preview: its number, item keys, gold slots and the
/// `hitc1:` payload the page reads, as one line of `hitc batch`'s `hits.jsonl`.
public struct ServedHIT: Sendable, Equatable {
    public var number: Int
    public var keys: [String]
    public var goldSlots: [Int]
    public var payload: String
}

/// The spec's sample dealt into HITs exactly as `hitc batch SPEC DATA` deals it
/// (same code, default seed, gold mixed in), made once per build on first use
/// (`hitc serve` asks right after swapping a build in, off the request path).
/// `hitc batch` writes through a folder (its external shuffle), so this runs it
/// into a temporary folder, reads `hits.jsonl` back and removes the folder.
///
/// The dealing depends only on the spec's `data` and `quality` sections, the
/// items per HIT and the sample and gold files: while none of those changed (`key`),
/// the last dealing is reused, so an edit of a prompt or a label deals nothing again.
public final class ServedHITs: @unchecked Sendable {
    private let checked: CheckedSpec?
    private let specPath: String
    private let check: CheckOptions
    private let key: String?
    private let lock = NSLock()
    private var made: (hits: [ServedHIT], note: String?)?

    /// The last dealing, by key, shared by the builds of one process.
    nonisolated(unsafe) private static var last: (key: String, made: (hits: [ServedHIT], note: String?))?
    private static let lastLock = NSLock()

    init(checked: CheckedSpec?, specPath: String, check: CheckOptions, specText: String? = nil) {
        self.checked = checked
        self.specPath = specPath
        self.check = check
        self.key = checked.flatMap { checked in specText.map { Self.key(checked, specText: $0) } }
    }

    /// What the dealing depends on, as text: the `data` and `quality` sections as
    /// written, the items and gold per HIT, and the sample's and gold file's stamps.
    static func key(_ checked: CheckedSpec, specText: String) -> String {
        let lines = specText.split(separator: "\n", omittingEmptySubsequences: false)
        var parts = ["\(checked.itemsPerHit)/\(checked.goldPerHit)/\(checked.judgmentsPerItem)"]
        for name in ["data", "quality"] {
            guard let range = checked.spec.sectionRanges[name] else { parts.append("-"); continue }
            let from = max(0, range.start.line - 1), to = min(lines.count, max(from, range.end.line))
            parts.append(lines[from..<to].joined(separator: "\n"))
        }
        let files = [checked.paths.sample, checked.paths.gold].compactMap { $0?.path }
        for file in files { parts.append("\(file)=\(String(describing: InputStamps.stamp(file)))") }
        return parts.joined(separator: "\u{0}")
    }

    /// The HITs, or none with a note saying why (no sample, no `data.key`, a data
    /// problem): the preview then shows the sample items as `preview.html` does.
    public var dealt: (hits: [ServedHIT], note: String?) {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        Self.lastLock.lock()
        let cached = Self.last
        Self.lastLock.unlock()
        if let key, let cached, cached.key == key {
            made = cached.made
            return cached.made
        }
        let result = deal()
        made = result
        if let key {
            Self.lastLock.lock()
            Self.last = (key, result)
            Self.lastLock.unlock()
        }
        return result
    }

    private func deal() -> (hits: [ServedHIT], note: String?) {
        guard let checked else { return ([], nil) }
        guard let sample = checked.paths.sample else {
            return ([], "the spec names no 'data.sample': the preview shows its demo items")
        }
        guard checked.spec.data.key != nil else {
            return ([], "the spec has no 'data.key', which 'hitc batch' needs: the preview shows the sample items on one page")
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hitc-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = BatchOptions(dataPath: sample.path, outputDirectory: folder.path, force: true, check: check)
        let result = BatchBuilder.run(specPath: specPath, options: options)
        guard result.folder != nil,
              let data = try? Data(contentsOf: folder.appendingPathComponent("hits.jsonl")) else {
            let errors = result.check.diagnostics.filter { $0.severity == .error }.count
            return ([], "'hitc batch' could not deal the sample (\(Plural.count(errors, "error"))): the preview shows the sample items on one page")
        }
        return (Self.parse(data), nil)
    }

    /// The HITs of a `hits.jsonl`.
    static func parse(_ data: Data) -> [ServedHIT] {
        data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let number = object["hit"] as? Int, let payload = object["items"] as? String else { return nil }
            return ServedHIT(number: number, keys: object["item_keys"] as? [String] ?? [],
                             goldSlots: object["gold_slots"] as? [Int] ?? [], payload: payload)
        }
    }
}

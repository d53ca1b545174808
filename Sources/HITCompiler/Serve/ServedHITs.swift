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
/// (same code, default seed, gold mixed in), made once per build on first use:
/// a rebuild is not slowed by it. `hitc batch` writes through a folder (its
/// external shuffle), so this runs it into a temporary folder, reads `hits.jsonl`
/// back and removes the folder.
public final class ServedHITs: @unchecked Sendable {
    private let checked: CheckedSpec?
    private let specPath: String
    private let check: CheckOptions
    private let lock = NSLock()
    private var made: (hits: [ServedHIT], note: String?)?

    init(checked: CheckedSpec?, specPath: String, check: CheckOptions) {
        self.checked = checked
        self.specPath = specPath
        self.check = check
    }

    /// The HITs, or none with a note saying why (no sample, no `data.key`, a data
    /// problem): the preview then shows the sample items as `preview.html` does.
    public var dealt: (hits: [ServedHIT], note: String?) {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let result = deal()
        made = result
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

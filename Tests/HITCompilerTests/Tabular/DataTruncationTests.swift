import Foundation
import Testing
@testable import HITCompiler

/// A data file that changes while hitc reads it: read with `read(2)` into
/// memory hitc owns, a file truncated under the reader ends early and is a
/// located error (E0020), where a memory-mapped file raised SIGBUS and killed
/// `hitc check` and `hitc batch`. The files are changed from the row callback,
/// so the change lands while the file is being read, every time.
@Suite struct DataTruncationTests {
    /// Windows of 64 KiB, so a small file spans many.
    static var limits: DataLimits {
        var limits = DataLimits()
        limits.windowBytes = 64 << 10
        return limits
    }

    /// A generated grocery CSV of about 1.2 MB.
    static func bigCSV(in folder: URL) throws -> (url: URL, bytes: [UInt8]) {
        let url = folder.appendingPathComponent("big.csv")
        try DataCheckBenchmark.writeCSV(rows: 8_000, to: url)
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(bytes.count > 10 * limits.windowBytes)
        return (url, bytes)
    }

    @Test func aFileTruncatedWhileCheckedIsALocatedErrorNotASignal() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (url, bytes) = try Self.bigCSV(in: folder)
        var truncated = false
        let result = DataFileChecker.check(url: url, displayPath: "big.csv", schema: DataCheckBenchmark.schema(),
                                           questions: [], role: .sample, limits: Self.limits) { _ in
            if !truncated {
                truncated = true
                #expect(truncate(url.path, 1000) == 0)
            }
        }
        #expect(truncated)
        // Reading ends at the end of the first window, which was read before the truncation.
        let window = Self.limits.windowBytes
        let end = SourceFile(path: "big.csv", bytes: bytes).location(ofByte: window)
        #expect(result.diagnostics == [
            Diagnostic(.fileChanged,
                       "data file 'big.csv' changed while hitc read it: it had \(bytes.count) bytes when opened and ended after \(window)",
                       file: "big.csv", range: SourceRange(start: end, end: end)),
        ])
        #expect(result.rowCount == 0)
        #expect(result.hasErrors)
    }

    @Test func aFileThatGrowsWhileCheckedIsAnError() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (url, bytes) = try Self.bigCSV(in: folder)
        var appended = false
        let result = DataFileChecker.check(url: url, displayPath: "big.csv", schema: DataCheckBenchmark.schema(),
                                           questions: [], role: .sample, limits: Self.limits) { _ in
            guard !appended, let handle = try? FileHandle(forWritingTo: url) else { return }
            appended = true
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data("item-x,q,T,https://img.example.com/x.jpg,,1,pantry,\n".utf8))
            try? handle.close()
        }
        #expect(appended)
        #expect(result.diagnostics.map(\.code) == [.fileChanged])
        #expect(result.diagnostics.first?.message
                == "data file 'big.csv' changed while hitc read it: it had \(bytes.count) bytes when opened and grew while it was read")
    }

    @Test func aBatchWhoseDataIsTruncatedWhileReadStopsAndWritesNothing() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("items.csv")
        try BatchFixtures.groceryCSV(8_000).write(to: data, atomically: true, encoding: .utf8)
        let size = try FileManager.default.attributesOfItem(atPath: data.path)[.size] as? Int ?? 0
        #expect(size > 4 * Self.limits.windowBytes)
        // Progress is reported from the row loop: truncate at its first report.
        let truncated = OnceFlag()
        let out = folder.appendingPathComponent("batch")
        let result = BatchBuilder.run(specPath: folder.appendingPathComponent("spec.yaml").path,
                                      options: BatchOptions(dataPath: data.path, outputDirectory: out.path, limits: Self.limits,
                                                            progress: { step in
            guard case .reading(let done, _) = step, done > 0 else { return }
            if truncated.setFirst() { _ = truncate(data.path, 100) }
        }))
        #expect(!truncated.setFirst())
        #expect(result.summary == nil)
        #expect(result.check.diagnostics.map(\.code) == [.fileChanged])
        #expect(result.check.diagnostics.first?.message.hasPrefix("data file '\(data.path)' changed while hitc read it: it had \(size) bytes") == true)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func theGoldPoolIsTheGoldFileAsCheckedNotAFileChangedSince() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let specPath = folder.appendingPathComponent("spec.yaml").path
        let checked = try #require(Pipeline.check(path: specPath).checked)
        #expect(!checked.goldItems.isEmpty)
        // The gold file is read once, by the check: a change after it cannot reach the batch.
        let gold = folder.appendingPathComponent("data/gold.csv")
        var bytes = [UInt8](try Data(contentsOf: gold))
        bytes.insert(0xFF, at: bytes.count - 5)
        try Data(bytes).write(to: gold)
        let pool = GoldPool(checked)
        #expect(pool.items.map(\.key) == checked.goldItems.map(\.key))
    }

    @Test func aRowLongerThanTheLimitIsE0411() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("quote.csv")
        // Row 2 opens a quote that never closes: the rest of the file is one cell.
        let rows = (0..<200).map { "k\($0),q,T,https://img.example.com/x.jpg,,1,pantry," }
        let text = BatchFixtures.groceryCSV(1) + "k,q,\"unclosed,https://img.example.com/x.jpg,,1,pantry,\n" + rows.joined(separator: "\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        var limits = DataLimits(maxRowBytes: 1000)
        limits.windowBytes = 256
        let result = DataFileChecker.check(url: url, displayPath: "quote.csv", schema: DataFixtures.grocery,
                                           questions: [], role: .sample, limits: limits)
        #expect(result.diagnostics == [
            Diagnostic(.rowTooLong, "the row on line 3 is longer than 1000 bytes, the most one row may hold",
                       file: "quote.csv", range: SourceRange(line: 3, column: 1),
                       notes: [DiagnosticNote("in a CSV file, a quoted cell whose closing '\"' is missing runs to the end of the file")]),
        ])
        // Within the limit, the quote is found and named, as before.
        let whole = DataFileChecker.check(url: url, displayPath: "quote.csv", schema: DataFixtures.grocery,
                                          questions: [], role: .sample)
        #expect(whole.diagnostics.map(\.code) == [.malformedCSV])
    }

    @Test func aRowOverSixteenMebibytesIsRefusedByTheBinary() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = BatchFixtures.groceryCSV(2) + "it-9,q,\"unclosed"
        text += String(repeating: "x", count: 17 << 20)
        try text.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b"], in: folder, timeout: 60)
        #expect(out.status == 1)
        #expect(out.stderr == """
            items.csv:4:1: error: the row on line 4 is longer than 16777216 bytes, the most one row may hold [E0411]
              note: in a CSV file, a quoted cell whose closing '"' is missing runs to the end of the file

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
    }
}

/// A flag set once, from any thread.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false

    /// Sets the flag; true the first time only.
    func setFirst() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let first = !set
        set = true
        return first
    }
}

import Foundation

/// The quick way through the common case: a long-format CSV with nothing to
/// report (no quotes, only the known columns, every answer an option or scale
/// point or blank, no item key or worker id holding a character
/// `ForbiddenCharacters.isForbiddenInSpec` names). The file is cut at line breaks into one part per core; the
/// parts are read in parallel, each into its own store, and merged in file
/// order, so ids are numbered exactly as one reader going through the file
/// would number them. Anything unusual gives up (nil) and the full reader
/// (`ResultsReadRun`) reads the file again, reporting what it finds: the fast
/// way never decides what is an error.
struct LongCSVFastReader {
    let questions: [Question]
    let chunkSize: Int
    /// A longer row gives up (the full reader reports it).
    var maxRowBytes = DataLimits.default.maxRowBytes
    let progress: (@Sendable (Int, Int) -> Void)?
    /// Parts to read at once (at most `maximumParts`: each holds a chunk), and
    /// the fewest bytes worth a part of their own.
    var parts = ProcessInfo.processInfo.activeProcessorCount
    var minimumPartBytes = 1 << 20

    /// What was read: the store, the data rows and the blank answers; nil to give up.
    func read(_ file: InputFile) -> (store: JudgmentStore, rows: Int, blankAnswers: Int)? {
        let size = file.size
        guard let (names, dataStart) = Self.header(file),
              let layout = LongCSVLayout(names: names, questions: questions) else { return nil }
        let bounds = split(file, start: dataStart, end: size)
        let progress = progress
        let (questions, chunkSize, maxRowBytes, scale) = (questions, chunkSize, maxRowBytes, bounds.count - 1)
        let dataBytes = size - dataStart
        var all = ParallelWork.collect(bounds.count - 1) { k -> LongCSVPart? in
            var part = LongCSVPart(layout: layout, questions: questions)
            let report: ((Int) -> Void)? = k == 0 && progress != nil
                ? { done in progress?(min(dataBytes, done * scale), size) } : nil
            let ok = part.read(file, range: bounds[k]..<bounds[k + 1], chunkSize: chunkSize, maxRowBytes: maxRowBytes,
                               totalBytes: k == 0 ? dataBytes : bounds[k + 1] - bounds[k], progress: report)
            // An id with a character results may not hold is the full reader's to report (E0506).
            return ok && !part.store.idsHoldForbiddenCharacter ? part : nil
        }
        guard all.allSatisfy({ $0 != nil }), var store = all[0]?.store else { return nil }
        var rows = 0, blank = 0
        for k in all.indices {
            let part = all[k]!
            all[k] = nil
            rows += part.rows
            blank += part.blankAnswers
            if k > 0 { store.append(part.store) }
        }
        guard rows > 0 else { return nil }
        return (store, rows, blank)
    }

    /// The header's names and where the data starts; nil unless the header is one
    /// plain line (a byte-order mark allowed) of cells without quotes.
    static func header(_ file: InputFile) -> (names: [String], dataStart: Int)? {
        let window = min(file.size, 1 << 16)
        var bytes = [UInt8](repeating: 0, count: window)
        let n = (try? bytes.withUnsafeMutableBytes { buffer throws(InputFileError) in try file.read(into: buffer, at: 0) }) ?? 0
        guard n == window, window > 0 else { return nil }
        let bom = window >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        guard let newline = bytes[bom...].firstIndex(of: 0x0A) else { return nil }
        var end = newline
        if end > bom && bytes[end - 1] == 0x0D { end -= 1 }
        let line = bytes[bom..<end]
        guard !line.isEmpty, !line.contains(where: { $0 == 0x22 || $0 == 0x0D || $0 < 0x20 || $0 >= 0x80 }) else { return nil }
        let names = line.split(separator: 0x2C, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        return (names, newline + 1)
    }

    static let maximumParts = 8

    /// Offsets cutting `[start, end)` into about equal parts, each after a line break.
    private func split(_ file: InputFile, start: Int, end: Int) -> [Int] {
        let count = min(max(1, parts), Self.maximumParts, max(1, (end - start) / max(1, minimumPartBytes)))
        var bounds = [start]
        var window = [UInt8](repeating: 0, count: 1 << 16)
        for k in 1..<max(count, 1) {
            let target = start + (end - start) * k / count
            guard target > bounds.last! else { continue }
            let n = (try? window.withUnsafeMutableBytes { buffer throws(InputFileError) in try file.read(into: buffer, at: target) }) ?? 0
            guard n > 0, let newline = window[..<n].firstIndex(of: 0x0A) else { continue }
            let cut = target + newline + 1
            if cut < end { bounds.append(cut) }
        }
        bounds.append(end)
        return bounds
    }
}

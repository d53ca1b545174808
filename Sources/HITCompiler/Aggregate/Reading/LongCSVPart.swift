import Foundation

/// The columns of a plain long-format CSV, and the answers it can read alone:
/// what every `LongCSVPart` of one file shares.
struct LongCSVLayout: Sendable {
    var item: Int, worker: Int, question: Int, answer: Int
    /// -1 when the file has no such column.
    var seconds: Int, assignment: Int
    var columnCount: Int
    /// The spec's question ids, then the earlier ids they are renamed from (`renamed_from`).
    var questionIDs = ByteList()
    /// The question each entry of `questionIDs` names (an earlier id names the question that renamed it).
    var questionOf: [Int] = []
    /// Option values and scale points of every question, back to back; per
    /// question, where its own are, or nil for a question whose answers need
    /// the store's tables (sets of options, numbers, texts).
    var choices = ByteList()
    var choiceRanges: [Range<Int>?] = []

    init?(names: [String], questions: [Question]) {
        let known = ["item", "worker", "question", "answer", "seconds", "assignment"]
        guard Set(names).count == names.count, names.allSatisfy(known.contains) else { return nil }
        guard let item = names.firstIndex(of: "item"), let worker = names.firstIndex(of: "worker"),
              let question = names.firstIndex(of: "question"), let answer = names.firstIndex(of: "answer") else { return nil }
        self.item = item
        self.worker = worker
        self.question = question
        self.answer = answer
        seconds = names.firstIndex(of: "seconds") ?? -1
        assignment = names.firstIndex(of: "assignment") ?? -1
        columnCount = names.count
        for q in questions {
            questionIDs.append(q.id)
            if q.kind.storage == .option {
                let first = choices.count
                for value in q.orderedValues ?? [] { choices.append(value) }
                choiceRanges.append(first..<choices.count)
            } else {
                choiceRanges.append(nil)
            }
        }
        questionOf = Array(questions.indices)
        for (k, q) in questions.enumerated() {
            for old in q.renamedFrom {
                questionIDs.append(old.value)
                questionOf.append(k)
            }
        }
    }
}

/// Short byte strings back to back, searched one after the other (there are few).
struct ByteList: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    mutating func append(_ string: String) {
        bytes += string.utf8
        starts.append(bytes.count)
    }

    /// The position within `range` (0 for its first) of the string spelled by `b`, if there.
    @inline(__always)
    func index(of b: ByteSpan, in range: Range<Int>) -> Int32? {
        bytes.withUnsafeBufferPointer { all in
            starts.withUnsafeBufferPointer { starts in
                for k in range where starts[k + 1] - starts[k] == b.count {
                    if b.isEmpty || IDTable.same(all.baseAddress! + starts[k], b.baseAddress!, b.count) {
                        return Int32(k - range.lowerBound)
                    }
                }
                return nil
            }
        }
    }
}

/// Reads the rows of one byte range of a plain long-format CSV (see
/// `LongCSVFastReader`) into its own store. Gives up (returns false) at the
/// first thing the full reader would have to look at: a quote, a lone carriage
/// return, a control character, a wrong number of cells, an unknown question,
/// an answer that is not an option, an answer that needs the store's tables,
/// an empty item or worker, a `seconds` that is not a number, invalid UTF-8.
struct LongCSVPart {
    let layout: LongCSVLayout
    var store: JudgmentStore
    var rows = 0
    var blankAnswers = 0
    /// The previous row's item and question (rows of one item come together).
    private var recentItem = RecentID()
    private var lastQuestion = -1

    init(layout: LongCSVLayout, questions: [Question]) {
        self.layout = layout
        store = JudgmentStore(questions: questions)
    }

    /// Reads the bytes `range` of `file` through a window of `chunkSize` bytes
    /// (`DataWindow`); calls `progress` with the bytes done now and then; gives
    /// up on a row longer than `maxRowBytes`, and on a file that cannot be read
    /// or changed. `totalBytes` estimates the judgments to make room for once
    /// the first rows are read.
    mutating func read(_ file: InputFile, range: Range<Int>, chunkSize: Int, maxRowBytes: Int, totalBytes: Int,
                       progress: ((Int) -> Void)?) -> Bool {
        let window = DataWindow(file: file, range: range, capacity: max(chunkSize, 256), maxRowBytes: maxRowBytes)
        let cells = UnsafeMutablePointer<Int>.allocate(capacity: 2 * layout.columnCount)
        defer { cells.deallocate() }
        var reserved = false
        while true {
            do { try window.fill() } catch { return false }
            let bytes = window.bytes
            guard let base = bytes.baseAddress, let used = parse(base, bytes.count, cells, atEnd: window.atEnd) else {
                return false
            }
            // At the end every byte must be a row (a trailing lone CR is not).
            if window.atEnd { return used == bytes.count }
            // With no whole row in it, the window grows, up to the longest row allowed.
            guard window.discard(used) else { return false }
            if !reserved && rows >= 8192 {
                reserved = true
                let done = window.bytesRead - window.count
                if done > 0 {
                    let scale = Double(totalBytes) / Double(done) * 1.05
                    store.reserve(Int(scale * Double(store.count)) + 1024)
                    store.reserveItems(Int(scale * Double(store.itemCount)) + 1024)
                }
            }
            progress?(window.bytesRead)
        }
    }

    /// Reads the whole rows in `bytes[0 ..< count]` (and the last one, without
    /// a line break, when `atEnd`); returns the bytes used, or nil to give up.
    private mutating func parse(_ bytes: UnsafePointer<UInt8>, _ count: Int, _ cells: UnsafeMutablePointer<Int>,
                                atEnd: Bool) -> Int? {
        let columns = layout.columnCount
        var lineStart = 0
        var nonASCII = false
        while lineStart < count {
            var i = lineStart
            // Empty lines are not rows.
            if bytes[i] == 0x0A { lineStart += 1; continue }
            var cell = 0
            cells[0] = i
            var lineEnd = -1, next = -1
            while i < count {
                // Skip ordinary bytes (above ',' and below 0x80) eight at a time.
                while i + 8 <= count {
                    let w = ByteWords.load(bytes + i)
                    let marks = (w &- ByteWords.ones &* 0x2D) & ~w & ByteWords.highs | w & ByteWords.highs
                    if marks != 0 {
                        i += ByteWords.first(marks)
                        break
                    }
                    i += 8
                }
                guard i < count else { break }
                let b = bytes[i]
                if b > 0x2C {
                    if b >= 0x80 { nonASCII = true }
                    i += 1
                    continue
                }
                if b == 0x2C {
                    cells[2 * cell + 1] = i
                    cell += 1
                    guard cell < columns else { return nil }
                    cells[2 * cell] = i + 1
                } else if b == 0x0A {
                    lineEnd = i; next = i + 1
                    break
                } else if b == 0x0D {
                    guard i + 1 < count else { break }
                    guard bytes[i + 1] == 0x0A else { return nil }
                    lineEnd = i; next = i + 2
                    break
                } else if b == 0x22 || (b < 0x20 && b != 0x09) {
                    return nil
                }
                i += 1
            }
            if lineEnd < 0 {
                guard atEnd, i == count, bytes[count - 1] != 0x0D else { break }
                lineEnd = count; next = count
            }
            if lineEnd == lineStart { lineStart = next; continue }
            cells[2 * cell + 1] = lineEnd
            guard cell == columns - 1, row(bytes, cells) else { return nil }
            lineStart = next
        }
        if nonASCII && !Self.plainUTF8(ByteSpan(start: bytes, count: lineStart)) { return nil }
        return lineStart
    }

    /// Valid UTF-8 without NEL, LS or PS (which the full reader counts as line breaks).
    private static func plainUTF8(_ bytes: ByteSpan) -> Bool {
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { return false }
        for k in bytes.indices where bytes[k] == 0xC2 || bytes[k] == 0xE2 {
            if bytes[k] == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0x85 { return false }
            if bytes[k] == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9 {
                return false
            }
        }
        return true
    }

    @inline(__always)
    private func cell(_ bytes: UnsafePointer<UInt8>, _ cells: UnsafeMutablePointer<Int>, _ k: Int) -> ByteSpan {
        ByteSpan(start: bytes + cells[2 * k], count: cells[2 * k + 1] - cells[2 * k])
    }

    /// Stores one row's judgment; false to give up.
    @inline(__always)
    private mutating func row(_ bytes: UnsafePointer<UInt8>, _ cells: UnsafeMutablePointer<Int>) -> Bool {
        rows += 1
        guard let q = questionIndex(FieldRules.trimmed(cell(bytes, cells, layout.question))) else { return false }
        var seconds: Float = .nan
        if layout.seconds >= 0 {
            guard let s = ResultsReadRun.seconds(cell(bytes, cells, layout.seconds)) else { return false }
            seconds = s
        }
        var assignment: Int32 = -1
        if layout.assignment >= 0 {
            let a = cell(bytes, cells, layout.assignment)
            if !FieldRules.isBlank(a) { assignment = store.internAssignment(a) }
        }
        guard let options = layout.choiceRanges[q] else { return false }
        let answer = FieldRules.trimmed(cell(bytes, cells, layout.answer))
        if answer.isEmpty {
            blankAnswers += 1
            return true
        }
        guard let value = layout.choices.index(of: answer, in: options) else { return false }
        let item = cell(bytes, cells, layout.item), worker = cell(bytes, cells, layout.worker)
        guard !FieldRules.isBlank(item), !FieldRules.isBlank(worker) else { return false }
        let itemID = recentItem.cached(item) ?? recentItem.remember(item, store.internItem(item))
        store.append(item: itemID, worker: store.internWorker(worker), question: q, value: value,
                     seconds: seconds, assignment: assignment)
        return true
    }

    @inline(__always)
    private mutating func questionIndex(_ bytes: ByteSpan) -> Int? {
        if lastQuestion >= 0 && layout.questionIDs.index(of: bytes, in: lastQuestion..<lastQuestion + 1) != nil {
            return layout.questionOf[lastQuestion]
        }
        guard let q = layout.questionIDs.index(of: bytes, in: 0..<layout.questionIDs.count) else { return nil }
        lastQuestion = Int(q)
        return layout.questionOf[Int(q)]
    }
}

/// Every judgment of a results file, held as columns of small integers.
///
/// Item, worker and assignment ids are interned once (`IDTable`), so a
/// judgment costs 12 to 22 bytes whatever its strings: item, worker and value
/// as `Int32`; the question as `UInt16`, the seconds as `Float` (NaN when
/// unknown) and the assignment as `Int32` (-1 when unknown) only once some
/// judgment needs them (a second question, a time, an assignment id): until
/// then those columns stay empty. A value is, by the type's `AnswerStorage`:
///
/// - `.option`: the index of the option or scale point (the question's
///   `orderedValues`);
/// - `.optionSet`: the index of the set of selected options in `sets`;
/// - `.decimal`: the index of the number in `numbers`;
/// - `.string`: the index of the text in `texts` (interned).
struct JudgmentStore: Sendable {
    /// The spec's questions; a judgment's `question` indexes this list.
    let questions: [Question]
    /// How each question's values are stored (its type's `AnswerStorage`), resolved once.
    let storage: [AnswerStorage]
    var items = IDTable(minimumCapacity: 1024)
    var workers = IDTable(minimumCapacity: 256)
    var assignments = IDTable(minimumCapacity: 256)
    /// Interned texts of `text` answers.
    var texts = ByteStringTable(minimumCapacity: 64)
    /// Selected option sets of list answers: `sets.string(at:)` is not
    /// used; `setOptions[s]` holds the option indices of set `s` in option order.
    var setTable = ByteStringTable(minimumCapacity: 64)
    private(set) var setOptions: [[Int]] = []
    /// Number answers, one entry per judgment.
    private(set) var numbers: [Double] = []

    private(set) var item: [Int32] = []
    private(set) var worker: [Int32] = []
    private(set) var value: [Int32] = []
    /// Empty while every judgment answers question 0 (see `question(of:)`).
    private(set) var question: [UInt16] = []
    /// Empty while no judgment has a time (see `seconds(of:)`).
    private(set) var seconds: [Float] = []
    /// Empty while no judgment names an assignment; -1 for one that does not (see `assignment(of:)`).
    private(set) var assignment: [Int32] = []
    private var reserved = 0

    /// An empty store for the questions of a spec.
    init(questions: [Question]) {
        self.questions = questions
        storage = questions.map(\.kind.storage)
    }

    /// Number of judgments.
    var count: Int { item.count }
    /// True when an item key or worker id holds a character a results value may
    /// not hold (`ForbiddenCharacters.firstForbiddenInSpec`): one pass over their bytes.
    var idsHoldForbiddenCharacter: Bool {
        items.withArena { ForbiddenCharacters.firstForbiddenInSpec(in: $0) != nil }
            || workers.withArena { ForbiddenCharacters.firstForbiddenInSpec(in: $0) != nil }
    }

    /// Number of distinct items, workers and assignments seen.
    var itemCount: Int { items.count }
    var workerCount: Int { workers.count }
    var assignmentCount: Int { assignments.count }

    /// The key of item `index`.
    func itemKey(_ index: Int) -> String { items.string(at: index) }
    /// The id of worker `index`.
    func workerID(_ index: Int) -> String { workers.string(at: index) }
    /// The text of a `text` answer's value.
    func text(_ value: Int32) -> String { texts.string(at: Int(value)) }

    /// The index of an item key, if seen.
    func itemIndex(_ key: String) -> Int? { items.index(of: key) }

    /// The question of judgment `j`.
    @inline(__always)
    func question(of j: Int) -> Int { question.isEmpty ? 0 : Int(question[j]) }

    /// The seconds of judgment `j` (NaN when unknown).
    @inline(__always)
    func seconds(of j: Int) -> Float { seconds.isEmpty ? .nan : seconds[j] }

    /// The assignment of judgment `j` (-1 when unknown).
    @inline(__always)
    func assignment(of j: Int) -> Int32 { assignment.isEmpty ? -1 : assignment[j] }

    /// Reserves room for about `judgments` judgments.
    mutating func reserve(_ judgments: Int) {
        reserved = judgments
        item.reserveCapacity(judgments)
        worker.reserveCapacity(judgments)
        value.reserveCapacity(judgments)
        if !question.isEmpty { question.reserveCapacity(judgments) }
        if !seconds.isEmpty { seconds.reserveCapacity(judgments) }
        if !assignment.isEmpty { assignment.reserveCapacity(judgments) }
    }

    /// Makes room for about `count` distinct items.
    mutating func reserveItems(_ count: Int) {
        items.reserve(count)
    }

    /// Interns an item key.
    @inline(__always)
    mutating func internItem(_ bytes: ByteSpan) -> Int32 {
        items.intern(bytes)
    }

    /// Loads what interning this item key will read (`IDTable.touch`).
    @inline(__always)
    func touchItem(_ bytes: ByteSpan) -> UInt64 {
        items.touch(bytes)
    }

    /// Interns a worker id.
    @inline(__always)
    mutating func internWorker(_ bytes: ByteSpan) -> Int32 {
        workers.intern(bytes)
    }

    /// Interns an assignment id.
    @inline(__always)
    mutating func internAssignment(_ bytes: ByteSpan) -> Int32 {
        assignments.intern(bytes)
    }

    /// Interns a text answer; returns its value, and whether the text is new to the store.
    mutating func internText(_ bytes: ByteSpan) -> (value: Int32, inserted: Bool) {
        let (index, inserted) = texts.insert(bytes)
        return (Int32(truncatingIfNeeded: index), inserted)
    }

    /// Interns a set of option indices (sorted, distinct) and returns its value.
    mutating func internSet(_ options: [Int]) -> Int32 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(options.count * 2)
        for o in options {
            bytes.append(UInt8(truncatingIfNeeded: o))
            bytes.append(UInt8(truncatingIfNeeded: o >> 8))
        }
        let (index, inserted) = bytes.withByteSpan { setTable.insert($0) }
        if inserted { setOptions.append(options) }
        return Int32(index)
    }

    /// Adds a number answer and returns its value.
    mutating func addNumber(_ x: Double) -> Int32 {
        numbers.append(x)
        return Int32(truncatingIfNeeded: numbers.count - 1)
    }

    /// Appends one judgment.
    @inline(__always)
    mutating func append(item: Int32, worker: Int32, question: Int, value: Int32, seconds: Float, assignment: Int32) {
        let n = self.item.count
        self.item.append(item)
        self.worker.append(worker)
        self.value.append(value)
        if !self.question.isEmpty {
            self.question.append(UInt16(truncatingIfNeeded: question))
        } else if question != 0 {
            self.question = Self.column(n, 0, reserved)
            self.question.append(UInt16(truncatingIfNeeded: question))
        }
        if !self.seconds.isEmpty {
            self.seconds.append(seconds)
        } else if !seconds.isNaN {
            self.seconds = Self.column(n, .nan, reserved)
            self.seconds.append(seconds)
        }
        if !self.assignment.isEmpty {
            self.assignment.append(assignment)
        } else if assignment >= 0 {
            self.assignment = Self.column(n, -1, reserved)
            self.assignment.append(assignment)
        }
    }

    /// Appends every judgment of `other` (a store filled from a later part of
    /// the same file), mapping its ids to this store's; the result is what
    /// reading both parts in order would give. Item, worker and assignment ids,
    /// texts and option sets are interned again in `other`'s order (so they are
    /// numbered by first appearance, as in one pass); numbers move past this
    /// store's.
    mutating func append(_ other: JudgmentStore) {
        let itemMap = items.absorb(other.items)
        let workerMap = workers.absorb(other.workers)
        let assignmentMap = assignments.absorb(other.assignments)
        let n = count
        reserve(n + other.count)
        Self.append(&item, other.item, mappedBy: itemMap)
        Self.append(&worker, other.worker, mappedBy: workerMap)
        appendValues(of: other)
        Self.merge(&question, n, other.question, other.count, filler: 0) { $0 }
        Self.merge(&seconds, n, other.seconds, other.count, filler: .nan) { $0 }
        Self.merge(&assignment, n, other.assignment, other.count, filler: -1) { $0 < 0 ? -1 : assignmentMap[Int($0)] }
    }

    /// Appends `other`'s values: option and scale indices as they are; texts,
    /// option sets and numbers mapped to this store's tables.
    private mutating func appendValues(of other: JudgmentStore) {
        guard other.texts.count > 0 || !other.setOptions.isEmpty || !other.numbers.isEmpty else {
            value.append(contentsOf: other.value)
            return
        }
        let textMap = (0..<other.texts.count).map { k in
            var text = other.texts.string(at: k)
            return text.withByteSpan { internText($0).value }
        }
        let setMap = other.setOptions.map { internSet($0) }
        let numberBase = Int32(truncatingIfNeeded: numbers.count)
        numbers.append(contentsOf: other.numbers)
        for j in 0..<other.count {
            let v = other.value[j]
            switch storage[other.question(of: j)] {
            case .option: value.append(v)
            case .optionSet: value.append(setMap[Int(v)])
            case .decimal: value.append(numberBase + v)
            case .string: value.append(textMap[Int(v)])
            }
        }
    }

    /// Appends `ids` to `column`, each mapped by `map` (in one tight loop).
    private static func append(_ column: inout [Int32], _ ids: [Int32], mappedBy map: [Int32]) {
        let n = column.count
        column.append(contentsOf: repeatElement(0, count: ids.count))
        column.withUnsafeMutableBufferPointer { column in
            ids.withUnsafeBufferPointer { ids in
                map.withUnsafeBufferPointer { map in
                    for j in ids.indices { column[n + j] = map[Int(ids[j])] }
                }
            }
        }
    }

    /// Appends the `otherCount` entries of another store's lazy column (empty:
    /// all `filler`) to one of `count` entries, mapped by `map`.
    private static func merge<T>(_ column: inout [T], _ count: Int, _ other: [T], _ otherCount: Int, filler: T,
                                 map: (T) -> T) {
        if column.isEmpty && other.isEmpty { return }
        if column.isEmpty { column = Self.column(count, filler, count + otherCount) }
        if other.isEmpty {
            column.append(contentsOf: repeatElement(filler, count: otherCount))
        } else {
            for x in other { column.append(map(x)) }
        }
    }

    /// A column started late: `count` entries of `filler`, room for `capacity`.
    private static func column<T>(_ count: Int, _ filler: T, _ capacity: Int) -> [T] {
        var column = [T](repeating: filler, count: count)
        column.reserveCapacity(max(capacity, count + 1))
        return column
    }

    /// Removes the judgments at `indices` (ascending, distinct) from every column.
    mutating func removeJudgments(at indices: [Int32]) {
        guard !indices.isEmpty else { return }
        Self.remove(indices, from: &item)
        Self.remove(indices, from: &worker)
        Self.remove(indices, from: &value)
        Self.remove(indices, from: &question)
        Self.remove(indices, from: &seconds)
        Self.remove(indices, from: &assignment)
    }

    /// Closes the gaps of `indices` in `column` (left empty when it is empty: a lazy column).
    private static func remove<T>(_ indices: [Int32], from column: inout [T]) {
        guard !column.isEmpty else { return }
        column.withUnsafeMutableBufferPointer { column in
            var write = Int(indices[0])
            var next = 0
            for read in Int(indices[0])..<column.count {
                if next < indices.count && Int(indices[next]) == read {
                    next += 1
                    continue
                }
                column[write] = column[read]
                write += 1
            }
        }
        column.removeLast(indices.count)
    }

    /// Appends a judgment naming items and workers by string (tests, generated data).
    mutating func append(item: String, worker: String, question: Int, value: Int32,
                                seconds: Float = .nan, assignment: String? = nil) {
        var i = item, w = worker
        let itemIndex = i.withByteSpan { internItem($0) }
        let workerIndex = w.withByteSpan { internWorker($0) }
        var a = assignment
        let assignmentIndex: Int32 = a == nil ? -1 : a!.withByteSpan { internAssignment($0) }
        append(item: itemIndex, worker: workerIndex, question: question, value: value, seconds: seconds,
               assignment: assignmentIndex)
    }
}

/// Reads one question's answers, as written in a results file, into judgment
/// values (see `JudgmentStore`), straight from the bytes. How an answer is
/// read follows the type's `AnswerStorage`, resolved once per question.
///
/// Spaces around a choice, scale or number answer are ignored; a text answer is
/// kept as written. An answer holding only spaces is blank: no judgment (the
/// question was not answered, or hidden by `visible_if`). Rules:
///
/// - one option or point (`.option`): one of the question's `orderedValues`.
/// - a set of options (`.optionSet`): option values separated by `|` (a JSON
///   list in JSON Lines), each once, an exclusive option alone;
///   `min_selected`/`max_selected` are the page's business and not checked again.
/// - a number (`.decimal`): a decimal number within the type's `numberBounds`.
/// - a text (`.string`): anything; with `refusesForbiddenText`, no character a
///   results value may not hold (`ForbiddenCharacters.isForbiddenInSpec`).
final class AnswerDecoder {
    enum Outcome {
        case value(Int32)
        case blank
        case problem(AnswerProblem)
        /// A text answer holding a character a results value may not hold (E0506), and the answer as shown.
        case forbidden(Unicode.Scalar, shown: String)
    }

    let question: Question
    let index: Int
    /// How the question's answers are stored (resolved once).
    private let storage: AnswerStorage
    /// The bounds of a number answer.
    private let bounds: (min: Double?, max: Double?)
    /// Set by the results reader: a text answer holding a character a results
    /// value may not hold is `.forbidden` (each distinct text is searched once,
    /// when it first enters the store).
    var refusesForbiddenText = false
    /// Option values (choices) or scale points, numbered as `orderedValues`.
    private var values = ByteStringTable(minimumCapacity: 16)
    /// The same values as bytes, for a linear search when there are few (faster than hashing).
    private let few: [[UInt8]]?
    /// Old option values named by `renamed_from`, as bytes, with the index of the option that renamed them.
    private let renamed: [(bytes: [UInt8], index: Int)]
    /// The indices of the options chosen alone (`exclusive: true`), in option order; empty for most questions.
    private let exclusive: [Int]

    init(question: Question, index: Int) {
        self.question = question
        self.index = index
        storage = question.kind.storage
        bounds = question.kind.type.numberBounds
        let ordered = question.orderedValues ?? []
        for v in ordered { values.insert(v) }
        few = ordered.count <= 12 ? ordered.map { Array($0.utf8) } : nil
        renamed = (question.choice?.options ?? []).enumerated().flatMap { index, option in
            option.renamedFrom.map { (Array($0.value.utf8), index) }
        }
        exclusive = question.kind.storage == .optionSet
            ? (question.choice?.options ?? []).indices.filter { question.choice?.options[$0].exclusive == true } : []
    }

    /// The index of the option value or scale point spelled by `bytes`, or of
    /// the option whose `renamed_from` names it (an answer collected under an earlier version).
    @inline(__always)
    private func lookup(_ bytes: ByteSpan) -> Int? {
        if let v = current(bytes) { return v }
        if renamed.isEmpty { return nil }
        return renamed.first { $0.bytes.count == bytes.count && $0.bytes.elementsEqual(bytes) }?.index
    }

    /// The index of the option value or scale point spelled by `bytes`.
    @inline(__always)
    private func current(_ bytes: ByteSpan) -> Int? {
        guard let few else { return values.index(of: bytes) }
        for (k, candidate) in few.enumerated() where candidate.count == bytes.count {
            let same = candidate.withUnsafeBufferPointer { c in
                c.count == 0 || ByteStringTable.bytesEqual(c.baseAddress!, bytes.baseAddress!, c.count)
            }
            if same { return k }
        }
        return nil
    }

    /// Decodes a CSV cell or a JSON string, number or boolean.
    func decode(_ raw: ByteSpan, store: inout JudgmentStore) -> Outcome {
        let bytes = FieldRules.trimmed(raw)
        if bytes.isEmpty { return .blank }
        switch storage {
        case .option:
            if let v = lookup(bytes) { return .value(Int32(v)) }
            return .problem(problem(String(decoding: bytes, as: UTF8.self)))
        case .optionSet:
            var parts: [ByteSpan] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x7C {
                parts.append(bytes.span(start..<k))
                start = k + 1
            }
            return decodeSet(parts, store: &store)
        case .decimal:
            if let n = DecimalBytes.parse(bytes), n.value.isFinite,
               bounds.min.map({ n.value >= $0 }) ?? true, bounds.max.map({ n.value <= $0 }) ?? true {
                return .value(store.addNumber(n.value))
            }
            return .problem(problem(String(decoding: bytes, as: UTF8.self)))
        case .string:
            let (value, inserted) = store.internText(raw)
            if inserted, refusesForbiddenText, let found = ForbiddenCharacters.firstForbiddenInSpec(in: raw) {
                return .forbidden(found.scalar, shown: DataValueDisplay.quoted(raw))
            }
            return .value(value)
        }
    }

    /// Decodes a JSON list (a list answer in JSON Lines).
    func decodeList(_ items: [ByteSpan], store: inout JudgmentStore) -> Outcome {
        guard storage.isList else {
            if items.count == 1 { return decode(items[0], store: &store) }
            return .problem(AnswerProblem("'\(question.id)' is a \(question.typeName) question: give one value, not a list"))
        }
        if items.allSatisfy({ FieldRules.isBlank($0) }) { return .blank }
        return decodeSet(items, store: &store)
    }

    private func decodeSet(_ parts: [ByteSpan], store: inout JudgmentStore) -> Outcome {
        var selected: [Int] = []
        for part in parts {
            let trimmed = FieldRules.trimmed(part)
            guard let v = lookup(trimmed) else {
                return .problem(problem(parts.map { String(decoding: $0, as: UTF8.self) }))
            }
            if selected.contains(v) {
                return .problem(AnswerProblem("'\(String(decoding: trimmed, as: UTF8.self))' is selected twice in the answer to '\(question.id)'"))
            }
            selected.append(v)
        }
        if selected.count > 1, !exclusive.isEmpty, let alone = exclusive.first(where: selected.contains) {
            let values = question.orderedValues ?? []
            let others = selected.sorted().filter { $0 != alone }.map { values[$0] }
            return .problem(MultiChoiceQuestion.exclusiveProblem(values[alone], with: others, question: question.id))
        }
        selected.sort()
        return .value(store.internSet(selected))
    }

    /// The validator's message for an answer that did not decode.
    private func problem(_ text: String) -> AnswerProblem {
        AnswerValidator.problem(forAnswer: text, isList: false, question: question)
            ?? AnswerProblem("'\(text)' is not a valid answer to '\(question.id)'")
    }

    private func problem(_ parts: [String]) -> AnswerProblem {
        AnswerValidator.problem(forAnswer: parts.joined(separator: "|"), isList: false, question: question)
            ?? AnswerProblem("'\(parts.joined(separator: "|"))' is not a valid answer to '\(question.id)'")
    }
}

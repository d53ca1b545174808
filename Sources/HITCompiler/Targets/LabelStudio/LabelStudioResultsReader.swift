/// Reading Label Studio's exports (`--format label_studio`), both JSON arrays:
///
/// - the JSON export: one element per task, `{"id", "data": {...},
///   "annotations": [{"id", "completed_by", "lead_time", "was_cancelled",
///   "result": [{"from_name", "to_name", "type", "value": {...}}]}]}`
///   (`completions` is the older name of `annotations`);
/// - the JSON-MIN export (label-studio-sdk's converter): one flat element per
///   annotation that was not cancelled, the task's data keys beside each
///   control's answer under its `from_name`, `annotator` (the email of an
///   annotator given as an object, else its id), `annotation_id`,
///   `lead_time`; its `id` is the task's id, written over a data key `id`.
///
/// `hitc build` names each control after its question (`LabelStudioConfig`),
/// so `from_name` is the question id, or one of its earlier ids (`renamed_from`)
/// in an export of annotations made before the rename: read as the question.
/// An annotation answering one question under both names gives two judgments,
/// of which the first counts (W0017), as in long results. A `Choice` carries its option's value as
/// its `alias`, which exports hold; a label (a config without aliases, or a
/// scale point shown as "3 Good") is mapped back to its value. The item is
/// `data.<data.key>` as imported; the worker is `completed_by`; seconds are
/// `lead_time`; the annotation's `id` is the assignment. Cancelled (skipped)
/// annotations are counted as rejected. A question hidden by `visible_if`
/// given the annotation's other answers is dropped and counted as blank
/// (`HiddenAnswers`), as is a question the annotation does not answer.
extension LabelStudioTarget {
    /// The format `--format label_studio` names.
    static let resultsFormat: ResultsFormatEntry? = ResultsFormatEntry(
        format: .labelStudio, csv: nil, readsJSONLines: false,
        notCSV: "a Label Studio export is a JSON array (Label Studio's JSON or JSON-MIN export), not CSV",
        notJSONLines: "a Label Studio export is one JSON array (Label Studio's JSON or JSON-MIN export), not JSON Lines",
        optionHelp: "label_studio (Label Studio's JSON or JSON-MIN export)",
        about: "a Label Studio JSON or JSON-MIN export",
        jsonDocument: JSONDocumentResultsFormat(
            format: .labelStudio,
            recognises: { LabelStudioResultsReader.Shape(of: $0) != nil },
            expected: "a Label Studio export (tasks with data and annotations, or JSON-MIN records with annotator and annotation_id)",
            reader: { run in
                let reader = LabelStudioResultsReader(run)
                return { reader.read($0) }
            }))
}

extension ResultsFormat {
    /// Label Studio's JSON or JSON-MIN export (`LabelStudioTarget.resultsFormat`).
    static let labelStudio = ResultsFormat(rawValue: "label_studio")
}

/// Reads the elements of one Label Studio export into its run's store.
final class LabelStudioResultsReader {
    /// The two shapes of export, told apart element by element.
    enum Shape {
        case tasks, min

        init?(of node: JSONNode) {
            guard node.members != nil else { return nil }
            if node["data"] != nil && (node["annotations"] != nil || node["completions"] != nil) {
                self = .tasks
            } else if node["annotator"] != nil && node["annotation_id"] != nil {
                self = .min
            } else {
                return nil
            }
        }
    }

    /// One answer of an annotation, before it is decoded.
    struct Pending {
        var question: Int
        /// The control's name (`from_name`, or the JSON-MIN key): the question's id or an earlier one.
        var name: String
        /// The option values chosen (labels mapped back), or the one text or number.
        var values: [String]
        /// Where the answer is written.
        var node: JSONNode
        /// A problem found before decoding (an answer of the wrong shape).
        var problem: String?
    }

    private unowned let run: ResultsReadRun
    private let hidden: HiddenAnswers
    /// Per question: its option values (or scale points), and its labels mapped to them.
    private let values: [Set<String>]
    private let labels: [[String: String]]
    private var reportedNames: Set<String> = []
    private var reportedKey = false

    init(_ run: ResultsReadRun) {
        self.run = run
        hidden = HiddenAnswers(questions: run.questions)
        values = run.questions.map { Set($0.orderedValues ?? []) }
        labels = run.questions.map(Self.labels)
    }

    /// What a Label Studio config shows for each option or point, mapped to its value.
    static func labels(_ question: Question) -> [String: String] {
        var out: [String: String] = [:]
        if let choice = question.choice {
            for option in choice.options where out[option.label] == nil { out[option.label] = option.value }
        } else if let scale = question.kind.type as? ScaleQuestion {
            for label in scale.labels {
                let point = String(label.point.value)
                out[point + " " + label.label] = point
                if out[label.label] == nil { out[label.label] = point }
            }
        }
        return out
    }

    func read(_ element: JSONElement) {
        let root = element.root
        guard let shape = Shape(of: root) else {
            run.reportElement(.incompleteJudgment, "element \(element.number)",
                              root.members == nil
                                  ? "a Label Studio export holds objects, not \(root.typeName)"
                                  : "neither a task (with 'data' and 'annotations') nor a JSON-MIN record (with 'annotator' and 'annotation_id')",
                              at: element.start(in: run))
            return
        }
        guard let keyField = itemKeyField(shape, element) else { return }
        switch shape {
        case .tasks: readTask(root, keyField, element)
        case .min: readRecord(root, keyField, element)
        }
    }

    /// The spec's `data.key`; nil (reported once) when the export cannot name items by it.
    private func itemKeyField(_ shape: Shape, _ element: JSONElement) -> String? {
        let problem: String? = if run.itemKeyField == nil {
            "reading a Label Studio export needs the spec's data.key: each task's data names its item by that field"
        } else if shape == .min && run.itemKeyField == "id" {
            "the spec's data.key is 'id', which Label Studio's JSON-MIN export writes over with its own task id: export in Label Studio's JSON format instead"
        } else {
            nil
        }
        guard let problem else { return run.itemKeyField }
        if !reportedKey {
            reportedKey = true
            run.sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, problem, file: self.run.file, range: element.start(in: self.run))
            }
        }
        return nil
    }

    /// "task 3 (id 17)".
    private static func taskName(_ root: JSONNode, _ element: JSONElement) -> String {
        let id = root["id"].flatMap { $0.numberText ?? $0.string }.map { " (id \(String($0.prefix(40))))" } ?? ""
        return "task \(element.number)\(id)"
    }

    private func readTask(_ root: JSONNode, _ keyField: String, _ element: JSONElement) {
        let task = Self.taskName(root, element)
        guard let data = root["data"], data.members != nil else {
            run.reportElement(.incompleteJudgment, task, "'data' must be an object, not \(root["data"]?.typeName ?? "missing")",
                              at: root["data"].map { element.range($0, in: run) } ?? element.start(in: run))
            return
        }
        guard let item = run.jsonID(data[keyField], what: "data.\(keyField) (the item key)", place: task, element: element,
                                    missingAt: element.range(data, in: run)) else { return }
        let listNode = root["annotations"] ?? root["completions"]!
        guard let annotations = listNode.elements else {
            run.reportElement(.incompleteJudgment, task, "'annotations' must be a list, not \(listNode.typeName)",
                              at: element.range(listNode, in: run))
            return
        }
        for (k, annotation) in annotations.enumerated() {
            let place = "\(task), annotation \(k + 1)"
            guard annotation.members != nil else {
                run.reportElement(.incompleteJudgment, place, "an annotation must be an object, not \(annotation.typeName)",
                                  at: element.range(annotation, in: run))
                continue
            }
            if annotation["was_cancelled"]?.bool == true || annotation["skipped"]?.bool == true {
                run.rejected += 1
                continue
            }
            guard let worker = worker(annotation["completed_by"], place, element, missingAt: element.range(annotation, in: run)),
                  let seconds = run.jsonSeconds(annotation["lead_time"], what: "lead_time", place: place, element: element)
            else { continue }
            let results = annotation["result"]
            guard results == nil || results!.isNull || results!.elements != nil else {
                run.reportElement(.incompleteJudgment, place, "'result' must be a list, not \(results!.typeName)",
                                  at: element.range(results!, in: run))
                continue
            }
            var pending: [Pending] = []
            for (r, result) in (results?.elements ?? []).enumerated() {
                if let answer = self.answer(result, place: "\(place), result \(r + 1)", element) {
                    if pending.contains(where: { $0.name == answer.name }) {
                        run.reportElement(.invalidWorkerAnswer, place, "'\(answer.name)' is answered twice",
                                          at: element.range(result, in: run))
                        continue
                    }
                    pending.append(answer)
                }
            }
            add(pending, item: item, worker: worker, seconds: seconds, assignment: annotation["id"], place: place, element)
        }
    }

    private func readRecord(_ root: JSONNode, _ keyField: String, _ element: JSONElement) {
        let place = "record \(element.number)"
        // A task nobody annotated: its data alone, no judgment.
        if (root["annotator"]?.isNull ?? true) && (root["annotation_id"]?.isNull ?? true) { return }
        guard let item = run.jsonID(root[keyField], what: "'\(keyField)' (the item key)", place: place, element: element,
                                    missingAt: element.start(in: run)),
              let worker = worker(root["annotator"], place, element, missingAt: element.start(in: run)),
              let seconds = run.jsonSeconds(root["lead_time"], what: "lead_time", place: place, element: element)
        else { return }
        var pending: [Pending] = []
        var seen: Set<String> = []
        // In the record's order: an answer under a question's id and one under an earlier id are both read, the first counts.
        for member in root.members ?? [] where seen.insert(member.key).inserted {
            guard let q = run.question(named: member.key), !member.node.isNull else { continue }
            pending.append(minAnswer(member.node, question: q, name: member.key))
        }
        add(pending, item: item, worker: worker, seconds: seconds, assignment: root["annotation_id"], place: place, element)
    }

    /// The annotator: `completed_by` as an id, or as an object by its `email` (as the
    /// JSON-MIN export names it), else its `id`.
    private func worker(_ node: JSONNode?, _ place: String, _ element: JSONElement,
                        missingAt: @autoclosure () -> SourceRange) -> String? {
        if let node, node.members != nil {
            if let email = node["email"]?.string, !email.isEmpty { return email }
            return run.jsonID(node["id"], what: "completed_by's id", place: place, element: element,
                              missingAt: element.range(node, in: run))
        }
        return run.jsonID(node, what: "the annotator (completed_by)", place: place, element: element, missingAt: missingAt())
    }

    /// One result of the JSON export; nil when it answers no question (reported).
    private func answer(_ result: JSONNode, place: String, _ element: JSONElement) -> Pending? {
        guard result.members != nil else {
            run.reportElement(.incompleteJudgment, place, "a result must be an object, not \(result.typeName)",
                              at: element.range(result, in: run))
            return nil
        }
        guard let nameNode = result["from_name"], let name = nameNode.string else {
            run.reportElement(.incompleteJudgment, place, "'from_name' must be a string, the question's id",
                              at: element.range(result["from_name"] ?? result, in: run))
            return nil
        }
        guard let q = run.question(named: name) else {
            if reportedNames.insert(name).inserted {
                var bytes = name
                let notes = bytes.withByteSpan { run.questionSuggestion($0) }
                run.reportElement(.unknownResultsQuestion, place,
                                  "from_name \(DataValueDisplay.quoted(name)) is not a question of the spec", at: element.range(nameNode, in: run),
                                  notes: notes)
            }
            return nil
        }
        guard let value = result["value"], value.members != nil else {
            return Pending(question: q, name: name, values: [], node: result["value"] ?? result,
                           problem: "'value' must be an object holding choices, number, rating or text")
        }
        return valueAnswer(value, question: q, name: name)
    }

    /// The answer in a result's `value` (or a JSON-MIN object): `choices`, `number`, `rating` or `text`.
    private func valueAnswer(_ value: JSONNode, question q: Int, name: String) -> Pending {
        for key in ["choices", "text", "number", "rating"] {
            if let node = value[key] { return scalars(node, question: q, name: name, whole: value) }
        }
        return Pending(question: q, name: name, values: [], node: value,
                       problem: "the value holds none of choices, number, rating or text")
    }

    /// A JSON-MIN answer: a choice or text as a string, several choices or
    /// texts as `{"choices": [...]}`/`{"text": [...]}`, a number or rating as `[{"number": 5}]`.
    private func minAnswer(_ node: JSONNode, question q: Int, name: String) -> Pending {
        if node.members != nil { return valueAnswer(node, question: q, name: name) }
        if let list = node.elements, list.count == 1, list[0].members != nil { return valueAnswer(list[0], question: q, name: name) }
        if let list = node.elements, list.contains(where: { $0.members != nil }) {
            return Pending(question: q, name: name, values: [], node: node, problem: "several results for one question")
        }
        return scalars(node, question: q, name: name, whole: node)
    }

    /// The strings or numbers of `node` (one, or a list), labels mapped back to option values.
    private func scalars(_ node: JSONNode, question q: Int, name: String, whole: JSONNode) -> Pending {
        let items = node.elements ?? [node]
        var out: [String] = []
        for item in items {
            guard let text = item.string ?? item.numberText else {
                return Pending(question: q, name: name, values: [], node: whole,
                               problem: "expected strings or numbers, not \(item.typeName)")
            }
            out.append(text)
        }
        if !values[q].isEmpty {
            out = out.map { v in values[q].contains(v) ? v : labels[q][v] ?? v }
        } else if run.questions[q].kind.storage == .string, out.count > 1 {
            out = [out.joined(separator: "\n")]
        }
        return Pending(question: q, name: name, values: out, node: whole, problem: nil)
    }

    /// Adds one annotation's answers: those hidden by `visible_if` (and
    /// questions not answered) are counted blank.
    private func add(_ pending: [Pending], item: String, worker: String, seconds: Float, assignment: JSONNode?,
                     place: String, _ element: JSONElement) {
        let shown = hidden.shown { q in pending.first { $0.question == q && $0.problem == nil }?.values ?? [] }
        run.blankAnswers += run.questions.count - Set(pending.map(\.question)).count
        var assignmentIndex: Int32 = -1
        if var a = assignment.flatMap({ $0.numberText ?? $0.string }), !a.isEmpty {
            assignmentIndex = a.withByteSpan { run.store.internAssignment($0) }
        }
        run.rowName = place
        var item = item, worker = worker
        item.withByteSpan { itemBytes in
            worker.withByteSpan { workerBytes in
                for (k, answer) in pending.enumerated() {
                    let q = answer.question
                    guard shown[q] else {
                        // One blank per question, even when answered under its id and an earlier one.
                        if !pending[..<k].contains(where: { $0.question == q }) { run.blankAnswers += 1 }
                        continue
                    }
                    let range = { element.range(answer.node, in: self.run) }
                    let outcome: AnswerDecoder.Outcome
                    if let problem = answer.problem {
                        outcome = .problem(AnswerProblem(problem))
                    } else if answer.values.isEmpty {
                        outcome = .blank
                    } else {
                        outcome = Self.withSpans(answer.values) { spans in
                            spans.count == 1 && !run.questions[q].kind.storage.isList
                                ? run.decoders[q].decode(spans[0], store: &run.store)
                                : run.decoders[q].decodeList(spans, store: &run.store)
                        }
                    }
                    let parts = ResultsReadRun.Parts(item: itemBytes, worker: workerBytes, seconds: seconds,
                                                     assignment: assignmentIndex)
                    run.add(question: q, answer: outcome, parts, answerRange: range,
                            idRange: { _ in element.start(in: self.run) }, missing: { nil })
                }
            }
        }
        run.rowName = nil
    }

    /// Calls `body` with a span of each of `strings`' bytes (valid only inside it).
    private static func withSpans<R>(_ strings: [String], _ body: ([ByteSpan]) -> R) -> R {
        var joined: [UInt8] = []
        var bounds: [Range<Int>] = []
        for s in strings {
            let from = joined.count
            joined += Array(s.utf8)
            bounds.append(from..<joined.count)
        }
        return joined.withByteSpan { all in body(bounds.map { all.span($0) }) }
    }
}

/// Reading what a Ground Truth post-annotation Lambda receives (the file its
/// `payload.s3Uri` names), `--format ground_truth`: a JSON array of dataset
/// objects, each `{datasetObjectId, dataObject: {content}, annotations: [{workerId,
/// annotationData: {content}}]}`, where an annotation's `content` is the JSON
/// text of the worker's `crowd-form` submission: an object of the template's
/// named fields, `item<N>` (the item key), `item<N>_<question>` (the answer) and
/// `hitc_seconds` (`GroundTruthTemplate`). `item<N>_<old id>` answers the
/// question renamed from it (`renamed_from`): submissions made before the
/// rename. A content answering one question under both names gives two
/// judgments, of which the first counts (W0017), as in long results.
///
/// The item of slot N is the N-th key of `dataObject.content` (the manifest
/// line's `source`, the HIT's keys as a JSON array, which the worker cannot
/// change), else the submitted `item<N>`. An answer is read in each form a
/// crowd-form may submit it (`GroundTruthAnswer`). An answer to a question that
/// `visible_if` hides given the other answers of the same item is dropped and
/// counted as blank (`HiddenAnswers`), as the page would not submit it.
extension GroundTruthTarget {
    /// The format `--format ground_truth` names.
    static let resultsFormat: ResultsFormatEntry? = ResultsFormatEntry(
        format: .groundTruth,
        csv: nil,
        readsJSONLines: false,
        notCSV: "a Ground Truth annotation payload is a JSON array, not CSV",
        notJSONLines: "a Ground Truth annotation payload is one JSON array, not JSON Lines",
        optionHelp: "ground_truth",
        about: "a SageMaker Ground Truth annotation payload (the JSON array a post-annotation Lambda receives)",
        jsonDocument: JSONDocumentResultsFormat(
            format: .groundTruth,
            recognises: { node in node["datasetObjectId"] != nil && node["annotations"] != nil },
            expected: "a Ground Truth annotation payload (objects with datasetObjectId, dataObject and annotations)",
            reader: { run in
                let reader = GroundTruthAnnotations(run)
                return { element in reader.read(element) }
            }))

    static var resultsColumns: (any Encodable & Sendable)? { GroundTruthResultsColumns() }
}

extension ResultsFormat {
    /// A Ground Truth post-annotation payload (`GroundTruthTarget.resultsFormat`).
    static let groundTruth = ResultsFormat(rawValue: "ground_truth")
}

/// The Ground Truth entry of `aggregation.json`'s `platforms`: where the
/// payload holds each part (`{n}` = item slot, `{question}` = question id;
/// `content.` names a key of an annotation's parsed `annotationData.content`).
struct GroundTruthResultsColumns: Encodable, Sendable {
    var worker = "annotations[].workerId"
    var assignment = "datasetObjectId"
    var itemKeys = "dataObject.content"
    var item = "content.item{n}"
    var answer = "content.item{n}_{question}"
    var seconds = "content.hitc_seconds"
    var feedback = "content.hitc_feedback"

    enum CodingKeys: String, CodingKey {
        case worker, assignment, itemKeys = "item_keys", item, answer, seconds, feedback
    }
}

/// The reader of one payload file's dataset objects.
final class GroundTruthAnnotations {
    let run: ResultsReadRun
    let hidden: HiddenAnswers
    /// Content keys already reported as naming no question (each once).
    private var unknownReported: Set<String> = []

    init(_ run: ResultsReadRun) {
        self.run = run
        hidden = HiddenAnswers(questions: run.questions)
    }

    func read(_ e: JSONElement) {
        let object = "dataset object \(e.number)"
        guard let annotations = e.root["annotations"]?.elements else {
            run.reportElement(.incompleteJudgment, object, "'annotations' must be a list of the workers' annotations",
                              at: e.range(e.root["annotations"] ?? e.root, in: run))
            return
        }
        let datasetID = e.root["datasetObjectId"].flatMap { $0.string ?? $0.numberText } ?? String(e.number)
        let keys = slotKeys(e, object: object)
        for (k, annotation) in annotations.enumerated() {
            let place = "\(object), annotation \(k + 1)"
            run.rowName = place
            read(annotation, e, place: place, keys: keys, assignment: datasetID + "#" + String(k + 1))
        }
        run.rowName = nil
    }

    /// The item keys of the object's slots, from `dataObject.content` (the manifest's `source`); nil without them.
    private func slotKeys(_ e: JSONElement, object: String) -> [String]? {
        guard let node = e.root["dataObject"]?["content"] else { return nil }
        guard var text = node.string,
              case .success(let parsed) = text.withByteSpan({ JSONValueParser.parse($0, 0..<$0.count) }),
              let elements = parsed.elements, elements.allSatisfy({ $0.string != nil }) else {
            run.reportElement(.incompleteJudgment, object,
                              "dataObject.content must be the manifest line's source, the HIT's item keys as a JSON list of strings",
                              at: e.range(node, in: run))
            return nil
        }
        return elements.compactMap(\.string)
    }

    private func read(_ annotation: JSONNode, _ e: JSONElement, place: String, keys: [String]?, assignment: String) {
        let data = annotation["annotationData"]
        guard let contentNode = data?["content"] else {
            let s3 = data?["s3Uri"] != nil || data?["s3uri"] != nil
            run.reportElement(.incompleteJudgment, place,
                              s3 ? "annotationData has an s3Uri, not the content: put the object's text in annotationData.content"
                                 : "annotationData.content is missing",
                              at: e.range(data ?? annotation, in: run))
            return
        }
        let contentRange = { e.range(contentNode, in: self.run) }
        guard var text = contentNode.string else {
            run.reportElement(.incompleteJudgment, place, "annotationData.content must be the submission as JSON text, not \(contentNode.typeName)",
                              at: contentRange())
            return
        }
        let parsed = text.withByteSpan { JSONValueParser.parse($0, 0..<$0.count) }
        let content: JSONNode
        switch parsed {
        case .failure(let failure):
            run.reportElement(.malformedJSONLine, place, "annotationData.content is not JSON: \(failure.error.message)", at: contentRange())
            return
        case .success(let node):
            content = node
        }
        guard let members = content.members else {
            run.reportElement(.incompleteJudgment, place, "annotationData.content must be a JSON object of the form's fields, not \(content.typeName)",
                              at: contentRange())
            return
        }
        guard let worker = run.jsonID(annotation["workerId"], what: "workerId", place: place, element: e,
                                      missingAt: e.range(annotation, in: run)) else { return }
        guard let seconds = seconds(content["hitc_seconds"], place: place, at: contentRange) else { return }
        var assignmentBytes = assignment
        let assignmentID = assignmentBytes.withByteSpan { run.store.internAssignment($0) }

        // The answers by slot, and the slots the content or the object names; a
        // question's answers in the content's order (more than one only under its id and an earlier id).
        var answers: [Int: [Int: [JSONNode]]] = [:]
        var slotCount = keys?.count ?? 0
        var seen: Set<String> = []
        // A key written twice: its first value, as `content[key]` reads it.
        for member in members where seen.insert(member.key).inserted {
            guard let (slot, question) = slotAndQuestion(member.key) else { continue }
            if slot > 10_000 { continue }
            if let question {
                guard let q = run.question(named: question) else {
                    if unknownReported.insert(question).inserted {
                        run.reportElement(.unknownResultsQuestion, place,
                                          "'\(member.key)' answers question '\(question)', which the spec does not define",
                                          at: contentRange())
                    }
                    continue
                }
                answers[slot, default: [:]][q, default: []].append(member.node)
            }
            slotCount = max(slotCount, slot)
        }
        guard slotCount > 0 else { return }
        for slot in 1...slotCount {
            let submitted = content["item\(slot)"]
            var key = keys.flatMap { slot <= $0.count ? $0[slot - 1] : nil } ?? submitted?.string ?? ""
            if let keys, slot <= keys.count, let other = submitted?.string, other != keys[slot - 1] {
                run.reportElement(.incompleteJudgment, place,
                                  "item\(slot) is \(DataValueDisplay.quoted(other)), but the manifest line's source names \(DataValueDisplay.quoted(keys[slot - 1])) in slot \(slot): the submission does not match its HIT",
                                  at: contentRange())
                continue
            }
            let given = answers[slot] ?? [:]
            let read = given.mapValues { $0.map(GroundTruthAnswer.values) }
            let shown = hidden.shown { q in
                guard case .values(let list)? = read[q]?.first else { return [] }
                return list.count == 1 ? HiddenAnswers.values(ofAnswer: list[0]) : list
            }
            var workerBytes = worker
            key.withByteSpan { itemSpan in
                workerBytes.withByteSpan { workerSpan in
                    let parts = ResultsReadRun.Parts(item: itemSpan, worker: workerSpan, seconds: seconds, assignment: assignmentID)
                    run.touchItem(itemSpan)
                    // A question the content does not name was not submitted (hidden, or left blank): blank.
                    for q in run.questions.indices {
                        // Not shown, or not named: one blank; else each answer given (under its id or an earlier one).
                        let given: [GroundTruthAnswer.Read] = shown[q] ? read[q] ?? [.values([])] : [.values([])]
                        for answer in given {
                            let outcome: AnswerDecoder.Outcome = switch answer {
                            case .problem(let problem): .problem(AnswerProblem(problem))
                            case .values(let values): decode(q, values)
                            }
                            run.add(question: q, answer: outcome, parts, answerRange: contentRange,
                                    idRange: { id in id == .worker ? e.range(annotation["workerId"] ?? annotation, in: self.run) : contentRange() },
                                    missing: {
                                        if FieldRules.isBlank(itemSpan) {
                                            return ("slot \(slot) names no item (no key in the manifest line's source, no item\(slot) in the content)", contentRange())
                                        }
                                        return nil
                                    })
                        }
                    }
                }
            }
        }
    }

    /// `hitc_seconds` of the content (a string or a number; absent: NaN); nil (reported) when it is not
    /// a number of seconds. Located at the content: a node of the content has offsets in its text, not the file.
    private func seconds(_ node: JSONNode?, place: String, at range: () -> SourceRange) -> Float? {
        guard let node, !node.isNull else { return .nan }
        if var text = node.numberText ?? node.string, let s = text.withByteSpan({ run.seconds($0) }) { return s }
        let shown = (node.numberText ?? node.string).map { DataValueDisplay.quoted(String($0.prefix(60))) } ?? node.typeName
        run.reportElement(.incompleteJudgment, place, "hitc_seconds is \(shown), not \(ResultsReadRun.secondsExpected)", at: range())
        return nil
    }

    /// `item<N>` → (N, nil); `item<N>_<question>` → (N, question); anything else nil.
    private func slotAndQuestion(_ key: String) -> (Int, String?)? {
        guard key.hasPrefix("item") else { return nil }
        let rest = key.dropFirst(4)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let n = Int(digits), n >= 1 else { return nil }
        let tail = rest.dropFirst(digits.count)
        if tail.isEmpty { return (n, nil) }
        guard tail.hasPrefix("_"), tail.count > 1 else { return nil }
        return (n, String(tail.dropFirst()))
    }

    /// The answer's values decoded as the question stores them.
    private func decode(_ q: Int, _ values: [String]) -> AnswerDecoder.Outcome {
        if values.isEmpty { return .blank }
        if values.count == 1 {
            var one = values[0]
            return one.withByteSpan { run.decoders[q].decode($0, store: &run.store) }
        }
        var joined: [UInt8] = []
        var ranges: [Range<Int>] = []
        for v in values {
            let start = joined.count
            joined += Array(v.utf8)
            ranges.append(start..<joined.count)
        }
        return joined.withByteSpan { all in run.decoders[q].decodeList(ranges.map { all.span($0) }, store: &run.store) }
    }
}

/// An answer as a crowd-form may submit it, turned into the values the page
/// would have sent: a string (a text box, a number box, a `select`, and a plain
/// radio group as a form submits it) as it is; a number as written; a list of
/// strings as its values; an object of option → true/false (Ground Truth's
/// documented output of `crowd-checkbox` and `crowd-radio-button`, and what a
/// group of plain checkboxes may give) as the options set to true; an object
/// with a string `label` (`crowd-classifier`'s output) as the label; null as blank.
enum GroundTruthAnswer {
    enum Read { case values([String]), problem(String) }

    static func values(_ node: JSONNode) -> Read {
        switch node.value {
        case .string(let s): return .values(s.isEmpty ? [] : [s])
        case .number(let text): return .values([text])
        case .null: return .values([])
        case .bool: return .problem("an answer is a value, not a boolean")
        case .array(let elements):
            var out: [String] = []
            for element in elements {
                guard let s = element.string ?? element.numberText else { return .problem("a list answer must hold strings, not \(element.typeName)") }
                out.append(s)
            }
            return .values(out)
        case .object(let members):
            if members.allSatisfy({ $0.node.bool != nil }) {
                return .values(members.filter { $0.node.bool == true }.map(\.key))
            }
            if let label = node["label"]?.string { return .values([label]) }
            return .problem("an object answer must map each option to true or false, or hold a 'label'")
        }
    }
}

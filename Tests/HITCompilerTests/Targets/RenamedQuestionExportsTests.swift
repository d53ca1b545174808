import Foundation
import Testing
@testable import HITCompiler

/// `renamed_from` on a question read back from the platforms' own exports
/// (Label Studio JSON and JSON-MIN, Toloka, Ground Truth, Appen): answers under
/// the old id (`stars`) and the new one (`rating`), in one export or in an
/// export made only before the rename, make one label history, as for long
/// results and MTurk (`QuestionRenamedFromTests`).
@Suite(.serialized)
struct RenamedQuestionExportsTests {
    /// One judgment: the item, the worker, then each (question name, answer) in the order the export writes them.
    struct Judgment {
        var item: String, worker: String
        var answers: [(name: String, value: String)]
    }

    /// The judgments of `QuestionRenamedFromTests.longResults`, with a sentiment each;
    /// `oldOnly` names every rating `stars` (an export made before the rename).
    /// Unless `oldOnly`, worker w1 also answers r3 under both names in one
    /// submission, `stars` first: only that first answer counts (W0017).
    static func judgments(oldOnly: Bool) -> [Judgment] {
        let rated: [(String, String, String, String)] = [
            ("r1", "w1", "stars", "4"), ("r1", "w2", "stars", "4"), ("r1", "w3", "rating", "5"),
            ("r2", "w1", "rating", "2"), ("r2", "w2", "stars", "2"), ("r2", "w3", "rating", "2"),
        ]
        var out = rated.map { item, worker, name, value in
            Judgment(item: item, worker: worker,
                     answers: [("sentiment", item == "r1" ? "positive" : "negative"), (oldOnly ? "stars" : name, value)])
        }
        if !oldOnly {
            out.append(Judgment(item: "r3", worker: "w1", answers: [("sentiment", "neutral"), ("stars", "1"), ("rating", "5")]))
        }
        return out
    }

    /// The labels both exports give: r1's ratings 4, 4, 5 and r2's 2, 2, 2, all under `rating`.
    static let labels = [
        "item,question,label,confidence,judgments,method,status",
        "r1,sentiment,positive,1,3,majority,decided",
        "r2,sentiment,negative,1,3,majority,decided",
        "r1,rating,4,0.666667,3,median,decided",
        "r2,rating,2,1,3,median,decided",
    ]
    /// With w1's answers to r3 under both names: the first (`stars`: 1) counts.
    static let labelsWithR3 = [
        "item,question,label,confidence,judgments,method,status",
        "r1,sentiment,positive,1,3,majority,decided",
        "r2,sentiment,negative,1,3,majority,decided",
        "r3,sentiment,neutral,1,1,majority,decided",
        "r1,rating,4,0.666667,3,median,decided",
        "r2,rating,2,1,3,median,decided",
        "r3,rating,1,1,1,median,decided",
    ]

    enum Platform: String, CaseIterable, CustomStringConvertible {
        case labelStudio, labelStudioMin, toloka, groundTruth, appen
        var description: String { rawValue }

        /// Blank answers in an export of `judgments`: the text question `reason`,
        /// never answered, is blank in each judgment of the formats that name every
        /// question per submission; a renamed question's column left empty under
        /// one name while the other is filled (Toloka, Appen) is no blank answer.
        func blanks(_ judgments: [Judgment]) -> Int {
            switch self {
            case .labelStudio, .labelStudioMin, .groundTruth: judgments.count
            case .toloka, .appen: 0
            }
        }

        var format: String {
            switch self {
            case .labelStudio, .labelStudioMin: "label_studio"
            case .toloka: "toloka"
            case .groundTruth: "ground_truth"
            case .appen: "appen"
            }
        }

        var file: String {
            switch self {
            case .labelStudio, .labelStudioMin, .groundTruth: "export.json"
            case .toloka: "results.tsv"
            case .appen: "report.csv"
            }
        }

        /// The export of `judgments` as the platform writes it.
        func export(_ judgments: [Judgment]) throws -> String {
            let names = judgments.flatMap { $0.answers.map(\.name) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            switch self {
            case .labelStudio:
                let tasks = Dictionary(grouping: judgments.enumerated(), by: { $0.element.item }).sorted { $0.key < $1.key }
                return try json(tasks.enumerated().map { t, task in
                    ["id": t + 1, "data": ["review_id": task.key, "review": "Text of \(task.key)"],
                     "annotations": task.value.map { n, j in
                         ["id": n + 100, "completed_by": j.worker, "lead_time": 12.5, "was_cancelled": false,
                          "result": j.answers.map { a in
                              ["from_name": a.name, "to_name": "review", "type": Int(a.value) != nil ? "rating" : "choices",
                               "value": Int(a.value).map { ["rating": $0] as [String: Any] } ?? ["choices": [a.value]]]
                          }] as [String: Any]
                     }] as [String: Any]
                })
            case .labelStudioMin:
                // JSON-MIN: keys in the answers' order, so a record answering under both names keeps `stars` first.
                return "[" + judgments.enumerated().map { n, j in
                    var members = [#""review_id": "\#(j.item)""#, #""review": "Text""#, #""annotator": "\#(j.worker)""#,
                                   #""annotation_id": \#(n + 1)"#, #""lead_time": 9"#]
                    members += j.answers.map { #""\#($0.name)": "\#($0.value)""# }
                    return "{" + members.joined(separator: ", ") + "}"
                }.joined(separator: ",\n") + "]"
            case .toloka:
                let header = ["INPUT:review_id"] + names.map { "OUTPUT:" + $0 } + ["ASSIGNMENT:worker_id", "ASSIGNMENT:assignment_id", "ASSIGNMENT:status"]
                let rows = judgments.enumerated().map { n, j in
                    [j.item] + names.map { name in j.answers.first { $0.name == name }?.value ?? "" } + [j.worker, "a\(n)", "APPROVED"]
                }
                return ([header] + rows).map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
            case .groundTruth:
                return try json(judgments.enumerated().map { n, j in
                    var content: [String] = [#""item1": "\#(j.item)""#, #""hitc_seconds": 20"#]
                    content += j.answers.map { #""item1_\#($0.name)": "\#($0.value)""# }
                    return ["datasetObjectId": String(n), "dataObject": ["content": #"["\#(j.item)"]"#],
                            "annotations": [["workerId": j.worker, "annotationData": ["content": "{" + content.joined(separator: ", ") + "}"]]]]
                })
            case .appen:
                let header = ["_unit_id", "_worker_id", "_id", "_tainted", "review_id", "review"] + names
                let rows = judgments.enumerated().map { n, j in
                    ["u-" + j.item, j.worker, "j\(n)", "false", j.item, "Text"] + names.map { name in j.answers.first { $0.name == name }?.value ?? "" }
                }
                return ([header] + rows).map { $0.map(CSVCell.quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
            }
        }

        private func json(_ value: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    /// "7 blank answers, " as the summary says it; nothing for none.
    static func blankAnswers(_ n: Int) -> String { n == 0 ? "" : "\(n) blank answers, " }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var labels: [String]
    }

    static func aggregate(_ platform: Platform, _ judgments: [Judgment], spec: String = QuestionRenamedFromTests.mappedSpec) throws -> Run {
        let folder = Paths.temporaryDirectory()
        try spec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try platform.export(judgments).write(to: folder.appendingPathComponent(platform.file), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", platform.file, "-o", "agg", "--color", "never"], in: folder)
        let labels = (try? String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8))?
            .split(separator: "\n").map(String.init) ?? []
        return Run(status: out.status, stdout: out.stdout, stderr: out.stderr, labels: labels)
    }

    @Test(arguments: Platform.allCases)
    func anExportUnderBothNamesMakesOneLabelHistory(_ platform: Platform) throws {
        let judgments = Self.judgments(oldOnly: false)
        let run = try Self.aggregate(platform, judgments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.labels == Self.labelsWithR3, "\(run.labels)")
        let blanks = platform.blanks(judgments)
        #expect(run.stdout.contains("Aggregated 14 judgments from \(platform.file) (\(platform.format) format): 3 items, 0 gold items, 3 workers, \(Self.blankAnswers(blanks))1 repeated judgment left out\n"),
                "\(run.stdout)")
        // w1's second answer to r3 (under `rating`) is the repeat, left out.
        #expect(run.stderr.contains("worker 'w1' answered 'rating' about item 'r3' again"), "\(run.stderr)")
        #expect(run.stderr.contains("[W0017]"))
    }

    @Test(arguments: Platform.allCases)
    func anExportMadeBeforeTheRenameIsReadUnderTheNewId(_ platform: Platform) throws {
        let judgments = Self.judgments(oldOnly: true)
        #expect(!judgments.contains { $0.answers.contains { $0.name == "rating" } })
        let run = try Self.aggregate(platform, judgments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.labels == Self.labels, "\(run.labels)")
        let blanks = platform.blanks(judgments)
        #expect(run.stdout.contains("Aggregated 12 judgments from \(platform.file) (\(platform.format) format): 2 items, 0 gold items, 3 workers\(blanks == 0 ? "" : ", \(blanks) blank answers")\n"),
                "\(run.stdout)")
    }

    /// Without `renamed_from`, `stars` is no question: reported where the export
    /// names questions (E0503), or, where answers sit beside other keys (an
    /// Appen report's data columns, a JSON-MIN record's data keys) and are read
    /// only under questions' names, not read at all.
    @Test(arguments: Platform.allCases)
    func withoutTheMappingTheOldNameIsNotRead(_ platform: Platform) throws {
        let unmapped = QuestionRenamedFromTests.mappedSpec.replacingOccurrences(of: "      renamed_from: stars\n", with: "")
        #expect(unmapped != QuestionRenamedFromTests.mappedSpec)
        let run = try Self.aggregate(platform, Self.judgments(oldOnly: true), spec: unmapped)
        #expect(!run.labels.contains { $0.contains(",rating,") || $0.contains(",stars,") }, "\(run.labels)")
        if platform == .appen || platform == .labelStudioMin {
            #expect(run.status == 0, "\(run.stderr)")
        } else {
            #expect(run.status == 1)
            #expect(run.stderr.contains("[E0503]"), "\(run.stderr)")
        }
    }

    /// `sentiment` renamed to `mood`, which `reason`'s `visible_if` names: in an
    /// export spanning the rename, `reason` is shown or hidden by the answer under
    /// either name, as the page did. r2 comes first and answers `mood`, so in
    /// Toloka and Appen the `mood` column comes first and is empty in r1's row.
    @Test(arguments: Platform.allCases)
    func visibleIfReadsTheAnswerGivenUnderTheOldId(_ platform: Platform) throws {
        let spec = QuestionRenamedFromTests.mappedSpec
            .replacingOccurrences(of: "sentiment:", with: "mood:")
            .replacingOccurrences(of: "question: sentiment", with: "question: mood")
            .replacingOccurrences(of: "    mood:\n      type: single_choice", with: "    mood:\n      renamed_from: sentiment\n      type: single_choice")
        #expect(spec.contains("renamed_from: sentiment") && spec.contains("visible_if: { mood: [positive, negative] }"))
        let judgments = [
            // Neutral hides `reason`: the stale text is dropped and counted blank.
            Judgment(item: "r2", worker: "w1", answers: [("mood", "neutral"), ("stars", "3"), ("reason", "stale")]),
            Judgment(item: "r1", worker: "w1", answers: [("sentiment", "positive"), ("stars", "5"), ("reason", "praise")]),
        ]
        let run = try Self.aggregate(platform, judgments, spec: spec)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.labels.contains("r1,mood,positive,1,1,majority,decided") && run.labels.contains("r2,mood,neutral,1,1,majority,decided"),
                "\(run.labels)")
        #expect(run.labels.contains { $0.hasPrefix("r1,reason,") && $0.contains("praise") }, "\(run.labels)")
        #expect(!run.labels.contains { $0.contains("stale") }, "\(run.labels)")
        #expect(run.stdout.contains("Aggregated 5 judgments from \(platform.file) (\(platform.format) format): 2 items, 0 gold items, 1 worker, 1 blank answer\n"),
                "\(run.stdout)")
    }

    /// The old id may not be another question's (E0214, at check), so no
    /// export's name can mean two questions.
    @Test func anOldIdThatIsAnotherQuestionIsRefusedBeforeAnyExportIsRead() throws {
        let folder = Paths.temporaryDirectory()
        let clash = QuestionRenamedFromTests.mappedSpec.replacingOccurrences(of: "      renamed_from: stars\n", with: "      renamed_from: sentiment\n")
        #expect(clash != QuestionRenamedFromTests.mappedSpec)
        try clash.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try Platform.toloka.export(Self.judgments(oldOnly: false)).write(to: folder.appendingPathComponent("results.tsv"),
                                                                       atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.tsv", "-o", "agg", "--color", "never"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("names 'sentiment', which is still a question of the spec [E0214]"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg/labels.csv").path))
    }
}

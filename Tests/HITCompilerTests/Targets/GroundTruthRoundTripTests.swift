import Foundation
import Testing
@testable import HITCompiler

/// One spec, same labels: the simulated round of `SimulatedRound` (the example
/// built and batched with `ground_truth: {}`), its pages written as the
/// annotation payload a Ground Truth post-annotation Lambda receives (one
/// dataset object per manifest line, one annotation per page, `content` the
/// JSON of the crowd-form's fields), aggregated with `--format ground_truth`:
/// `labels.csv` is byte-identical to the MTurk path's. Answers are written in
/// the forms a crowd-form submits (strings, a checkbox group as option →
/// true/false) and a hidden question carries a stale value, which the reader
/// must drop.
@Suite(.serialized)
struct GroundTruthRoundTripTests {
    /// The manifest's lines, in order.
    static func manifest(_ round: SimulatedRound) throws -> [[String: Any]] {
        let text = try String(contentsOf: round.folder.appendingPathComponent("batch/ground_truth/manifest.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// The round's pages as Ground Truth's annotation payload.
    static func payload(_ round: SimulatedRound, staleHidden: Bool = true) throws -> String {
        let lines = try manifest(round)
        var objects: [[String: Any]] = []
        for (h, line) in lines.enumerated() {
            let source = try #require(line["source"] as? String)
            let keys = try #require(try JSONSerialization.jsonObject(with: Data(source.utf8)) as? [String])
            let pages = round.pages.filter { $0.hit == h + 1 }
            #expect(!pages.isEmpty)
            var annotations: [[String: Any]] = []
            for page in pages {
                #expect(page.items.map(\.key) == keys, "HIT \(h + 1): the manifest's source is the page's keys")
                var content: [String: Any] = ["hitc_seconds": String(page.seconds)]
                for (slot, item) in page.items.enumerated() {
                    let n = slot + 1
                    content["item\(n)"] = item.key
                    for q in round.questions {
                        let answer = item.answers[q.id] ?? ""
                        let name = "item\(n)_\(q.id)"
                        if answer.isEmpty {
                            // blank, or hidden: not submitted, or (hidden) a stale value the page hid
                            let hidden = !q.visibleIf.allSatisfy { c in
                                let given = (item.answers[c.question.value] ?? "").split(separator: "|").map(String.init)
                                return c.values.contains { given.contains($0.value) }
                            }
                            if staleHidden, hidden { content[name] = q.orderedValues?.first ?? "stale answer" }
                            continue
                        }
                        if q.kind.storage == .optionSet, let values = q.orderedValues {
                            let chosen = Set(answer.split(separator: "|").map(String.init))
                            content[name] = Dictionary(uniqueKeysWithValues: values.map { ($0, chosen.contains($0)) })
                        } else {
                            content[name] = answer
                        }
                    }
                }
                let contentText = String(decoding: try JSONSerialization.data(withJSONObject: content, options: [.sortedKeys]), as: UTF8.self)
                annotations.append(["workerId": "private.us-east-1.\(page.worker)", "annotationData": ["content": contentText]])
            }
            objects.append(["datasetObjectId": String(h), "dataObject": ["content": source], "annotations": annotations])
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
    }

    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func theLambdaPayloadGivesTheMTurkPathsLabels(_ name: String) throws {
        let round = try SimulatedRound.make(name, targets: ["ground_truth"])
        try round.write(try Self.payload(round), to: "annotations.json")
        let forced = try round.aggregate("annotations.json", format: "ground_truth", output: "agg-gt")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("(ground_truth format)"), "\(forced.stdout)")
        let mturk = try round.labels("agg-mturk")
        #expect(!mturk.isEmpty)
        #expect(try round.labels("agg-gt") == mturk, "labels.csv differs from the MTurk path's")
        // Detected without --format.
        let auto = try round.aggregate("annotations.json", output: "agg-gt-auto")
        #expect(auto.status == 0 && auto.stdout.contains("(ground_truth format)"), "\(auto.stdout)\(auto.stderr)")
        #expect(try round.labels("agg-gt-auto") == mturk)
    }

    @Test func staleAnswersToHiddenQuestionsAreDroppedNotCounted() throws {
        let round = try SimulatedRound.make("grocery-search-relevance", targets: ["ground_truth"])
        #expect(round.questions.contains { !$0.visibleIf.isEmpty })
        try round.write(try Self.payload(round, staleHidden: false), to: "clean.json")
        try round.write(try Self.payload(round, staleHidden: true), to: "stale.json")
        let clean = try round.aggregate("clean.json", format: "ground_truth", output: "agg-clean")
        let stale = try round.aggregate("stale.json", format: "ground_truth", output: "agg-stale")
        #expect(clean.status == 0 && stale.status == 0, "\(clean.stderr)\(stale.stderr)")
        for file in ["labels.csv", "labels.jsonl", "workers.csv"] {
            #expect(try round.labels("agg-clean", file: file) == round.labels("agg-stale", file: file), "\(file)")
        }
    }

    @Test func brokenPayloadsAreReportedNeverACrash() throws {
        let round = try SimulatedRound.make("grocery-search-relevance", targets: ["ground_truth"])
        let q = round.questions[0].id
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let cases: [(String, String)] = [
            ("content-not-json", #"[{"datasetObjectId":"0","dataObject":{"content":"[\"k\"]"},"annotations":[{"workerId":"w","annotationData":{"content":"{nope"}}]}]"#),
            ("content-not-string", #"[{"datasetObjectId":"0","annotations":[{"workerId":"w","annotationData":{"content":{"item1":"k"}}}]}]"#),
            ("s3-only", #"[{"datasetObjectId":"0","annotations":[{"workerId":"w","annotationData":{"s3Uri":"s3://b/k"}}]}]"#),
            ("annotations-not-list", #"[{"datasetObjectId":"0","annotations":{"workerId":"w"}}]"#),
            ("unknown-question", #"[{"datasetObjectId":"0","annotations":[{"workerId":"w","annotationData":{"content":"{\"item1\":\"k\",\"item1_nosuch\":\"x\"}"}}]}]"#),
            ("boolean-answer", #"[{"datasetObjectId":"0","annotations":[{"workerId":"w","annotationData":{"content":"{\"item1\":\"k\",\"item1_\#(q)\":true}"}}]}]"#),
            ("not-an-option", #"[{"datasetObjectId":"0","annotations":[{"workerId":"w","annotationData":{"content":"{\"item1\":\"k\",\"item1_\#(q)\":\"<script>\"}"}}]}]"#),
            ("worker-missing", #"[{"datasetObjectId":"0","annotations":[{"annotationData":{"content":"{\"item1\":\"k\",\"item1_\#(q)\":\"x\"}"}}]}]"#),
            ("key-mismatch", #"[{"datasetObjectId":"0","dataObject":{"content":"[\"a\"]"},"annotations":[{"workerId":"w","annotationData":{"content":"{\"item1\":\"b\"}"}}]}]"#),
            ("source-not-keys", #"[{"datasetObjectId":"0","dataObject":{"content":"plain text"},"annotations":[]}]"#),
            ("huge-seconds", #"[{"datasetObjectId":"0","annotations":[{"workerId":"w","annotationData":{"content":"{\"hitc_seconds\":\"1e999\",\"item1\":\"k\"}"}}]}]"#),
            ("deep-nesting", #"[{"datasetObjectId":"0","annotations":[{"workerId":"w","annotationData":{"content":"{\"item1_\#(q)\":\#(deep)}"}}]}]"#),
            ("control-character", "[{\"datasetObjectId\":\"0\",\"annotations\":[{\"workerId\":\"w\\u0001\",\"annotationData\":{\"content\":\"{\\\"item1\\\":\\\"k\\\",\\\"item1_\(q)\\\":\\\"x\\\"}\"}}]}]"),
        ]
        for (name, text) in cases {
            try round.write(text, to: "\(name).json")
            let out = try round.aggregate("\(name).json", format: "ground_truth", output: "agg-\(name)")
            #expect(!out.killed, "\(name) crashed")
            #expect(out.status != 0 || out.stderr.contains("warning"), "\(name): \(out.stdout)\(out.stderr)")
            #expect(out.stderr.contains("\(name).json:"), "\(name) is not located: \(out.stderr)")
        }
    }
}

import Foundation
import Testing
@testable import HITCompiler

/// Numbers at the edge of a double: `mean` and `median` of answers near
/// ±1.8e308 stay finite, agreement on them is a number, and `1e309`, `inf`,
/// `nan` or `Infinity` as an answer or a time is a located error.
@Suite struct AggregateNumericEdgeTests {
    static let max = Double.greatestFiniteMagnitude

    /// A spec with two unbounded number questions: `amount` by mean, `middle` by median.
    static let spec = """
        hitc: 1
        id: numbers-at-the-edge
        version: 1.0.0
        title: Numbers at the edge
        description: Number questions without bounds, for the overflow tests.
        language: en
        data:
          key: item_id
          fields:
            item_id: { type: string }
            text: { type: text }
        hit:
          items_per_hit: 2
          reward: 0.50 USD
          estimated_seconds: 60
          layout:
            - text: text
            - question: amount
            - question: middle
          questions:
            amount:
              type: number
              prompt: How much?
            middle:
              type: number
              prompt: How much again?
        quality:
          judgments_per_item: 3
          aggregation:
            middle: { method: median }

        """

    static func folder(_ name: String, _ results: String) throws -> URL {
        let folder = Paths.temporaryDirectory()
        try spec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try results.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func meanAndMedianOfTheLargestDoublesAreFinite() {
        let max = Self.max
        let cases: [([Double], NumericAggregation.Method, Double)] = [
            ([max, max, max], .mean, max),
            ([-max, -max], .mean, -max),
            ([max, -max], .mean, 0),
            ([max, max, -max], .mean, max / 3),
            ([max, max], .median, max),
            ([-max, -max, 1, -max], .median, -max),
            ([max, 1e308], .median, max / 2 + 5e307),
            ([1, 2, 2, 5], .mean, 2.5),
            ([1, 2, 2, 5], .median, 2),
        ]
        for (answers, method, expected) in cases {
            let label = NumericAggregation.aggregate(answers, method: method, tolerance: 0).label
            #expect(label == expected, "\(method) of \(answers)")
            #expect(label?.isFinite == true)
        }
        #expect(NumericAggregation.format(max) == "1.7976931348623157e+308")
        #expect(NumericAggregation.format(-max) == "-1.7976931348623157e+308")
        #expect(NumericAggregation.format(0x1p60) == "1.152921504606847e+18")
        #expect(NumericAggregation.format(1.0 / 3) == "0.333333")
    }

    @Test func intervalAlphaOfHugeValuesIsTheAlphaOfTheSameValuesScaled() throws {
        let units: [[Double]] = [[1, 1.5, 1], [2, 1.9], [0.5, 0.75, 1.25], [1.75, 1.75]]
        let plain = try #require(KrippendorffAlpha.alpha(units: units, level: .interval))
        for scale in [0x1p1000, 0x1p-1000] {
            let scaled = try #require(KrippendorffAlpha.alpha(units: units.map { $0.map { $0 * scale } }, level: .interval))
            #expect(abs(scaled - plain) < 1e-12, "scale \(scale): \(scaled) vs \(plain)")
            let ratio = try #require(KrippendorffAlpha.alpha(units: units.map { $0.map { $0 * scale } }, level: .ratio))
            let plainRatio = try #require(KrippendorffAlpha.alpha(units: units, level: .ratio))
            #expect(abs(ratio - plainRatio) < 1e-12, "ratio, scale \(scale)")
        }
        let edge = try #require(KrippendorffAlpha.alpha(units: [[Self.max, Self.max], [-Self.max, Self.max * 0.5]], level: .interval))
        #expect(edge.isFinite)
    }

    @Test func labelsOfTheLargestDoublesAreNumbersNotInfinity() throws {
        let m = "1.7976931348623157e308"
        let folder = try Self.folder("r.csv", """
            item,worker,question,answer
            a,w1,amount,\(m)
            a,w2,amount,\(m)
            a,w3,amount,\(m)
            b,w1,amount,-\(m)
            b,w2,amount,-\(m)
            b,w3,amount,-\(m)
            a,w1,middle,\(m)
            a,w2,middle,\(m)
            b,w1,middle,-\(m)
            b,w2,middle,\(m)

            """)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8)
        #expect(labels == """
            item,question,label,confidence,judgments,method,status
            a,amount,1.7976931348623157e+308,1,3,mean,decided
            b,amount,-1.7976931348623157e+308,1,3,mean,decided
            a,middle,1.7976931348623157e+308,1,2,median,decided
            b,middle,0,0,2,median,decided

            """, "\(labels)")
        let summary = try String(contentsOf: folder.appendingPathComponent("agg/summary.json"), encoding: .utf8)
        #expect(!summary.contains("inf") && !summary.contains("nan"))
        let decoded = try JSONDecoder().decode(AggregateSummary.self, from: Data(summary.utf8))
        let alpha = try #require(decoded.questions[1].agreement?.krippendorffAlpha, "the median question's alpha is a number")
        #expect(alpha.isFinite)
    }

    @Test func nonFiniteAnswersAndTimesAreLocatedErrors() throws {
        let csv = try Self.folder("bad.csv", """
            item,worker,question,answer,seconds
            a,w1,amount,1e309,10
            a,w2,amount,inf,10
            a,w3,amount,nan,10
            b,w1,amount,Infinity,10
            b,w2,amount,5,1e309
            b,w3,amount,5,inf
            c,w1,amount,5,NaN
            c,w2,amount,5,1e10

            """)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "bad.csv", "-o", "agg"], in: csv)
        #expect(out.status == 1)
        for expected in [
            "bad.csv:2:13: error: row 1, answer to 'amount': '1e309' is not a number (the answer to 'amount') [E0502]",
            "bad.csv:3:13: error: row 2, answer to 'amount': 'inf' is not a number (the answer to 'amount') [E0502]",
            "bad.csv:4:13: error: row 3, answer to 'amount': 'nan' is not a number (the answer to 'amount') [E0502]",
            "bad.csv:5:13: error: row 4, answer to 'amount': 'Infinity' is not a number (the answer to 'amount') [E0502]",
            "bad.csv:6:15: error: row 5: seconds '1e309' is not a number of seconds (0 to 1000000000) [E0504]",
            "bad.csv:7:15: error: row 6: seconds 'inf' is not a number of seconds (0 to 1000000000) [E0504]",
            "bad.csv:8:15: error: row 7: seconds 'NaN' is not a number of seconds (0 to 1000000000) [E0504]",
            "bad.csv:9:15: error: row 8: seconds '1e10' is not a number of seconds (0 to 1000000000) [E0504]",
        ] {
            #expect(out.stderr.contains(expected), "\(expected)\n\(out.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: csv.appendingPathComponent("agg").path))

        let jsonl = try Self.folder("bad.jsonl", """
            {"item": "a", "worker": "w1", "question": "amount", "answer": 1e309}
            {"item": "a", "worker": "w2", "question": "amount", "answer": Infinity}
            {"item": "a", "worker": "w3", "question": "amount", "answer": 5, "seconds": 1e309}
            {"item": "a", "worker": "w4", "question": "amount", "answer": 5, "seconds": "1e300"}
            {"item": "a", "worker": "w5", "question": "amount", "answer": 5, "seconds": NaN}

            """)
        let json = try runHITC(["aggregate", "spec.yaml", "--results", "bad.jsonl", "-o", "agg"], in: jsonl)
        #expect(json.status == 1)
        for expected in [
            "bad.jsonl:1:63: error: row 1, answer to 'amount': '1e309' is not a number (the answer to 'amount') [E0502]",
            "bad.jsonl:2:63: error: row 2: unknown word: expected true, false or null (strings need double quotes) [E0405]",
            "bad.jsonl:3:77: error: row 3: 'seconds' must be a number of seconds (0 to 1000000000) [E0504]",
            "bad.jsonl:4:77: error: row 4: 'seconds' must be a number of seconds (0 to 1000000000) [E0504]",
            "bad.jsonl:5:77: error: row 5: unknown word: expected true, false or null (strings need double quotes) [E0405]",
        ] {
            #expect(json.stderr.contains(expected), "\(expected)\n\(json.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: jsonl.appendingPathComponent("agg").path))
    }
}

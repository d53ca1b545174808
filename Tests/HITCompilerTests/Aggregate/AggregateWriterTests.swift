import Foundation
import Testing
@testable import HITCompiler

/// The output files: `labels.jsonl` lines are exactly what `JSONEncoder` writes;
/// CSV cells are quoted when needed.
@Suite struct AggregateWriterTests {
    static let awkward = ["plain", "", "comma, and \"quotes\"", "slash/back\\slash", "tab\tnew\nline\rcr",
                          "\u{01}\u{08}\u{0C}\u{1F}\u{7F}", "ünïcødé 😀", "\u{2028}"]

    @Test func jsonLinesEqualJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var rows: [LabelRow] = []
        for (k, text) in Self.awkward.enumerated() {
            rows.append(LabelRow(item: text, question: "q\(k)", status: k % 2 == 0 ? .decided : .tie, label: .value(text),
                                 confidence: [1, 0.5, 1.0 / 3, 1e-7, 0][k % 5], judgments: k, method: "majority"))
            rows.append(LabelRow(item: "i\(k)", question: text, status: .decided, label: .list([text, "x"]), confidence: nil,
                                 judgments: 1, method: "collect"))
            rows.append(LabelRow(item: "i\(k)", question: "q", status: .undecided, label: nil, confidence: 0.25, judgments: 3,
                                 method: "dawid_skene", best: .list(["a", text])))
            rows.append(LabelRow(item: text, question: "q", status: .noAnswers, label: nil, confidence: nil, judgments: 0,
                                 method: "mean"))
        }
        for row in rows {
            let expected = String(decoding: try encoder.encode(LabelLine(row)), as: UTF8.self)
            #expect(JSONLine.encode(row) == expected)
        }
        let data = AggregateWriter.labelsJSONLines(rows)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == rows.count + 1 && lines.last == "")
        for (line, row) in zip(lines, rows) {
            #expect(try JSONDecoder().decode(LabelLine.self, from: Data(line.utf8)) == LabelLine(row))
        }
    }

    @Test func csvCellsAreQuotedOnlyWhenNeeded() {
        #expect(CSVCell.quoted("plain") == "plain")
        #expect(CSVCell.quoted("a,b") == "\"a,b\"")
        #expect(CSVCell.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVCell.quoted("two\nlines") == "\"two\nlines\"")
        let csv = AggregateWriter.labelsCSV([
            LabelRow(item: "a,1", question: "q", status: .tie, label: .list(["x", "y"]), confidence: 0.5, judgments: 2,
                     method: "majority"),
            LabelRow(item: "b", question: "t", status: .decided, label: .list(["one, two", "three"]), confidence: nil,
                     judgments: 2, method: "collect"),
            LabelRow(item: "c", question: "q", status: .undecided, label: nil, confidence: 0.25, judgments: 4,
                     method: "majority", best: .list(["x"])),
        ])
        #expect(csv == "item,question,label,confidence,judgments,method,status\n\"a,1\",q,x|y,0.5,2,majority,tie\nb,t,\"[\"\"one, two\"\",\"\"three\"\"]\",,2,collect,decided\nc,q,,0.25,4,majority,undecided\n")
    }

    @Test func summaryIsSortedAndStable() throws {
        let summary = AggregateSummary(spec: "s", results: "r.csv", format: "long", rows: 1, judgments: 1, blankAnswers: 0,
                                       rejectedAssignments: 0, items: 1, goldItems: 0, workers: 1, droppedWorkers: [],
                                       minSecondsPerHit: nil, fastHits: 0, fastWorkers: [], questions: [], agreement: nil)
        let text = String(decoding: try AggregateWriter.summaryJSON(summary), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"blank_answers\" : 0,\n  \"dropped_workers\" : [\n\n  ],\n  \"fast_hits\" : 0,"), "\(text)")
        #expect(text.hasSuffix("}\n"))
        #expect(try AggregateWriter.summaryJSON(summary) == AggregateWriter.summaryJSON(summary))
    }
}

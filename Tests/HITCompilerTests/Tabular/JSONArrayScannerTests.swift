import Foundation
import Testing
@testable import HITCompiler

/// `JSONArrayScanner` through `DataRowReader`: elements split off one at a
/// time across window edges, strings holding brackets, commas and escapes,
/// deep nesting, structural errors located and fatal.
@Suite struct JSONArrayScannerTests {
    struct Split {
        var elements: [String] = []
        var lines: [Int] = []
        var columns: [Int] = []
        var problems: [String] = []
        var stop: DataReadStop?
    }

    /// The elements of `text` read through a window of `capacity` bytes.
    static func split(_ text: String, capacity: Int = 64, maxRowBytes: Int = 1 << 20) throws -> Split {
        try split(Array(text.utf8), capacity: capacity, maxRowBytes: maxRowBytes)
    }

    static func split(_ bytes: [UInt8], capacity: Int = 64, maxRowBytes: Int = 1 << 20) throws -> Split {
        let url = Paths.temporaryDirectory().appendingPathComponent("doc-\(UUID().uuidString).json")
        try Data(bytes).write(to: url)
        let file = try InputFile(opening: url.path)
        var rows = DataRowReader<JSONArrayScanner>(file: file, capacity: capacity, maxRowBytes: maxRowBytes)
        var row = RawRow()
        var out = Split()
        while rows.nextRow(into: &row) {
            if row.start == row.end && row.problems.isEmpty { continue }  // `[]`
            if !row.problems.isEmpty {
                out.problems += row.problems.map { ResultsReadRun.message($0.kind) }
                if row.isFatal { break }
                continue
            }
            out.elements.append(String(decoding: rows.bytes.span(row.start..<row.end).buffer, as: UTF8.self))
            out.lines.append(row.line)
            out.columns.append(row.column)
        }
        out.stop = rows.stop
        return out
    }

    static let tricky = #"""
        [
          {"a": "x]y,z", "b": [1, 2, {"c": "\"}\\"}]},
          "plain \" string",
          12.5e3 ,
          [],
          {"long": "\#(String(repeating: "w", count: 300))", "n": null},
          true
        ]
        """#

    @Test func elementsAcrossWindowEdges() throws {
        let whole = try Self.split(Self.tricky, capacity: 1 << 16)
        #expect(whole.problems.isEmpty, "\(whole.problems)")
        #expect(whole.elements.count == 6)
        #expect(whole.elements[0] == #"{"a": "x]y,z", "b": [1, 2, {"c": "\"}\\"}]}"#)
        #expect(whole.elements[1] == #""plain \" string""#)
        #expect(whole.elements[2] == "12.5e3")
        #expect(whole.elements[3] == "[]")
        #expect(whole.elements[5] == "true")
        #expect(whole.lines == [2, 3, 4, 5, 6, 7])
        // Every window size gives the same elements and lines.
        for capacity in [64, 65, 70, 97, 128, 200] {
            let small = try Self.split(Self.tricky, capacity: capacity)
            #expect(small.elements == whole.elements, "capacity \(capacity)")
            #expect(small.lines == whole.lines, "capacity \(capacity)")
            #expect(small.problems.isEmpty && small.stop == nil, "capacity \(capacity)")
        }
    }

    @Test func elementsStartingMidLineKnowTheirColumn() throws {
        let text = "[1, {\"a\": 2},   \"\u{e9}\u{e9}\", 4,\n  5]" + String(repeating: " ", count: 100)
        for capacity in [64, 1 << 16] {
            let split = try Self.split(text, capacity: capacity)
            #expect(split.elements == ["1", "{\"a\": 2}", "\"\u{e9}\u{e9}\"", "4", "5"])
            #expect(split.columns == [2, 5, 17, 23, 3], "capacity \(capacity)")
            #expect(split.lines == [1, 1, 1, 1, 2])
        }
        #expect(try Self.split(Self.tricky, capacity: 64).columns == [3, 3, 3, 3, 3, 3])
    }

    @Test func emptyArrayAndWhiteSpace() throws {
        for text in ["[]", "  \n[ \n ]\n\n", "\u{FEFF}[]"] {
            let split = try Self.split(text)
            #expect(split.elements.isEmpty && split.problems.isEmpty && split.stop == nil, "\(text)")
        }
        // White space after the array, longer than a window.
        let split = try Self.split("[1]" + String(repeating: " \n", count: 200))
        #expect(split.elements == ["1"] && split.problems.isEmpty)
    }

    @Test func structuralProblemsAreFatal() throws {
        let cases: [(String, String)] = [
            ("{\"a\": 1}", "expected a JSON array"),
            ("[1 2]", "expected ',' or ']' after the element"),
            ("[1,]", "trailing comma before ']'"),
            ("[{\"a\": [1}]", "expected ']' but found '}'"),
            ("[1, 2", "the file ends inside the array"),
            ("[{\"a\": \"open]", "unterminated string"),
            ("[1] x", "unexpected text after the array"),
            ("", "expected a JSON array"),
            ("[}]", "unexpected '}'"),
        ]
        for (text, message) in cases {
            let split = try Self.split(text)
            #expect(split.problems.count == 1 && split.problems[0].hasPrefix(message), "\(text): \(split.problems)")
        }
        // Elements before the problem are still handed out.
        #expect(try Self.split("[1, 2 3]").elements == ["1"])
    }

    @Test func deepNestingIsAnErrorNotARecursion() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let split = try Self.split(deep, capacity: 4096)
        #expect(split.problems.count == 1 && split.problems[0].hasPrefix("values nested more than 64 deep"), "\(split.problems)")
        // 64 deep (the array's own bracket aside) is fine.
        let ok = "[" + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "]"
        #expect(try Self.split(ok).elements.count == 1)
    }

    @Test func longElementStopsAtTheRowLimit() throws {
        let text = "[\"ok\",\n" + "\"" + String(repeating: "x", count: 5000) + "\"]"
        let split = try Self.split(text, capacity: 64, maxRowBytes: 1000)
        #expect(split.elements == ["\"ok\""])
        guard case .rowTooLong(let line) = split.stop else {
            Issue.record("expected rowTooLong, got \(String(describing: split.stop))")
            return
        }
        #expect(line == 2)
    }

    @Test func invalidUTF8Stops() throws {
        var bytes = Array("[\"a\", \"".utf8)
        bytes.append(0xFF)
        bytes += Array("\"]".utf8)
        let split = try Self.split(bytes)
        guard case .invalidUTF8(let byte, let offset, _) = split.stop else {
            Issue.record("expected invalidUTF8, got \(String(describing: split.stop))")
            return
        }
        #expect(byte == 0xFF && offset == 7)
    }
}

import Foundation
import Testing
@testable import HITCompiler

/// The CSV and JSON Lines readers: cells, escapes, line breaks, syntax errors and where they are.
@Suite struct DataReaderTests {
    /// One row as the reader gave it.
    struct Row: Equatable {
        var line: Int
        var values: [String]
        var problems: [String] = []
    }

    static func describe(_ kind: RawProblemKind) -> String {
        switch kind {
        case .csvUnterminatedQuote: "unterminated"
        case .csvStrayQuote: "stray"
        case .csvTextAfterClosingQuote: "after-quote"
        case .json(let error): "\(error)"
        case .jsonDocument(let error): "\(error)"
        }
    }

    /// Every row of `text`, read with the CSV scanner; problems as `kind@line:column`.
    static func csv(_ text: String) -> [Row] {
        read(text) { bytes in
            var scanner = CSVScanner(bytes: bytes)
            return { scanner.nextRow(into: &$0) }
        }
    }

    /// Every row of `text`, read with the JSON Lines scanner; list values joined with `|`.
    static func jsonLines(_ text: String) -> [Row] {
        read(text) { bytes in
            var scanner = JSONLinesScanner(bytes: bytes)
            return { scanner.nextRow(into: &$0) }
        }
    }

    /// Reads every row with the reader `makeNext` makes, describing each before the next is read
    /// (rows share their scratch bytes).
    private static func read(_ text: String,
                             _ makeNext: (ByteSpan) -> (inout RawRow) -> Bool) -> [Row] {
        Array(text.utf8).withByteSpan { bytes in
            let next = makeNext(bytes)
            var raw = RawRow()
            var rows: [Row] = []
            while next(&raw) { rows.append(describe(raw, bytes)) }
            return rows
        }
    }

    private static func describe(_ raw: RawRow, _ bytes: ByteSpan) -> Row {
        let scratch = raw.scratch.buffer
        let locator = DataLocator(bytes: bytes)
        func string(_ start: Int, _ end: Int, _ inScratch: Bool) -> String {
            (inScratch ? scratch : bytes).span(start..<end).text
        }
        let values = raw.cells.indices.map { k -> String in
            let cell = raw.cells[k]
            let key = raw.keys.isEmpty ? "" : string(raw.keys[k].start, raw.keys[k].end, raw.keys[k].inScratch) + "="
            switch cell.kind {
            case .list:
                return key + raw.items[cell.items]
                    .map { string($0.valueStart, $0.valueEnd, $0.inScratch) }.joined(separator: "|")
            case .null: return key + "<null>"
            default: return key + string(cell.valueStart, cell.valueEnd, cell.inScratch)
            }
        }
        let problems = raw.problems.map { problem in
            let at = locator.location(of: problem.offset, anchorLine: raw.line, anchorOffset: raw.start)
            return "\(describe(problem.kind))@\(at.line):\(at.column)"
        }
        return Row(line: raw.line, values: values, problems: problems)
    }

    // MARK: - CSV

    @Test func csvQuotedCellsHoldCommasLineBreaksAndDoubledQuotes() {
        let rows = Self.csv("a,b,c\n\"x, y\",\"two\nlines\",\"say \"\"hi\"\"\"\nplain,,\"\"\n")
        #expect(rows == [
            Row(line: 1, values: ["a", "b", "c"]),
            Row(line: 2, values: ["x, y", "two\nlines", "say \"hi\""]),
            Row(line: 4, values: ["plain", "", ""]),
        ])
    }

    @Test func csvAcceptsCRLFLoneCRAndAMissingFinalBreak() {
        #expect(Self.csv("a,b\r\n1,2\r\n3,4") == [
            Row(line: 1, values: ["a", "b"]), Row(line: 2, values: ["1", "2"]), Row(line: 3, values: ["3", "4"]),
        ])
        #expect(Self.csv("a\r1\r") == [Row(line: 1, values: ["a"]), Row(line: 2, values: ["1"])])
        #expect(Self.csv("a,\"b\r\nc\"\r\n1,2\r\n") == [
            Row(line: 1, values: ["a", "b\r\nc"]), Row(line: 3, values: ["1", "2"]),
        ])
    }

    @Test func csvSkipsEmptyLinesButKeepsCellsOfSpaces() {
        #expect(Self.csv("a\n\n1\r\n\r\n \n") == [
            Row(line: 1, values: ["a"]), Row(line: 3, values: ["1"]), Row(line: 5, values: [" "]),
        ])
        #expect(Self.csv("").isEmpty)
        #expect(Self.csv("\n\n").isEmpty)
    }

    @Test func csvCountsUnicodeLineBreaksInsideCellsAsSourceFileDoes() {
        // NEL and LS inside a cell are text, but `SourceFile` starts a new line after them.
        let rows = Self.csv("a,b\nx\u{85}y,\"p\u{2028}q\"\nlast,row\n")
        #expect(rows.map(\.line) == [1, 2, 5])
        #expect(rows[1].values == ["x\u{85}y", "p\u{2028}q"])
    }

    @Test func csvStrayQuoteIsReportedWhereItIs() {
        let rows = Self.csv("a,b\nfine,ab\"c\n")
        #expect(rows[1].values == ["fine", "ab\"c"])
        #expect(rows[1].problems == ["stray@2:8"])
    }

    @Test func csvTextAfterClosingQuoteIsReported() {
        let rows = Self.csv("a,b\n\"x\"y,z\n")
        #expect(rows[1].problems == ["after-quote@2:4"])
        #expect(rows[1].values.count == 2)
    }

    @Test func csvUnterminatedQuoteStopsReadingAndPointsAtTheQuote() {
        let rows = Self.csv("a,b\n1,2\n3,\"never closed\n4,5\n")
        #expect(rows.count == 3)
        #expect(rows[2].problems == ["unterminated@3:3"])
    }

    @Test func csvUnterminatedQuoteInTheHeaderIsReported() {
        let rows = Self.csv("a,\"b\n1,2\n")
        #expect(rows.count == 1)
        #expect(rows[0].problems == ["unterminated@1:3"])
    }

    // MARK: - JSON Lines

    @Test func jsonValuesOfEveryKind() {
        let rows = Self.jsonLines(#"{"s": "x", "n": -1.5e3, "t": true, "f": false, "z": null, "l": ["a", "b"], "e": []}"#)
        #expect(rows == [Row(line: 1, values: ["s=x", "n=-1.5e3", "t=true", "f=false", "z=<null>", "l=a|b", "e="])])
    }

    @Test func jsonEscapesAndSurrogatePairsAreDecoded() {
        let line = #"{"a": "q\"b\\s\/n\nt\tr\rb\bf\f", "u": "\u00e9\u4E2D\ud83c\udf89", "z": "x\u0000y", "k\u0065y": "v"}"#
        let rows = Self.jsonLines(line)
        #expect(rows.first?.values == ["a=q\"b\\s/n\nt\tr\rb\u{8}f\u{C}", "u=é中🎉", "z=x\u{0}y", "key=v"])
    }

    @Test func jsonSkipsBlankLinesAndAcceptsCRLF() {
        let rows = Self.jsonLines("{\"a\": 1}\r\n\r\n   \n\t{ \"a\" : 2 }\r\n{}\n")
        #expect(rows.map(\.line) == [1, 4, 5])
        #expect(rows.map(\.values) == [["a=1"], ["a=2"], []])
    }

    @Test func jsonNumbersFollowTheRFCGrammar() {
        for good in ["0", "-0", "12", "1.5", "-0.25", "1e5", "1E+5", "2.5e-3"] {
            #expect(Self.jsonLines("{\"n\": \(good)}").first?.problems == [], "\(good)")
        }
        let bad: [(String, String)] = [
            ("01", "invalidNumber(\"leading zeros are not allowed\")@1:7"),
            ("-", "invalidNumber(\"a digit must follow \\'-\\'\")@1:8"),
            ("1.", "invalidNumber(\"a digit must follow \\'.\\'\")@1:9"),
            ("1e", "invalidNumber(\"a digit must follow the exponent\")@1:9"),
            ("+1", "expectedValue@1:7"),
            (".5", "expectedValue@1:7"),
            ("1.5.2", "expectedCommaOrBrace@1:10"),
        ]
        for (text, expected) in bad {
            #expect(Self.jsonLines("{\"n\": \(text)}").first?.problems == [expected], "\(text)")
        }
    }

    @Test func jsonSyntaxErrorsAreLocated() {
        let cases: [(String, String)] = [
            (#"{"a": 1,}"#, "trailingComma(closing: \"}\")@1:8"),
            (#"{"a": ["x",]}"#, "trailingComma(closing: \"]\")@1:11"),
            (#"{"a" 1}"#, "expectedColon@1:6"),
            (#"{a: 1}"#, "expectedKey@1:2"),
            (#"{"a": 1 "b": 2}"#, "expectedCommaOrBrace@1:9"),
            (#"{"a": ["x" "y"]}"#, "expectedCommaOrBracket@1:12"),
            (#"{"a": {"b": 1}}"#, "nestedObject@1:7"),
            (#"{"a": [1, 2]}"#, "nonStringInList@1:8"),
            (#"{"a": True}"#, "invalidLiteral@1:7"),
            (#"{"a": nul}"#, "invalidLiteral@1:7"),
            (#"{"a": truex}"#, "invalidLiteral@1:7"),
            (#"{"a": "x\q"}"#, "invalidEscape(\"q\")@1:9"),
            (#"{"a": "\u12G4"}"#, "invalidUnicodeEscape@1:8"),
            (#"{"a": "\ud83c"}"#, "loneSurrogate(55356)@1:8"),
            (#"{"a": "\ud83cx"}"#, "loneSurrogate(55356)@1:8"),
            (#"{"a": "\udf89"}"#, "loneSurrogate(57225)@1:8"),
            (#"{"a": "\ud83c\u0041"}"#, "loneSurrogate(55356)@1:8"),
            ("{\"a\": \"tab\there\"}", "controlCharacter(9)@1:11"),
            (#"{"a": "open}"#, "unterminatedString@1:7"),
            (#"{"a": 1} {"b": 2}"#, "textAfterObject@1:10"),
            (#"["a", "b"]"#, "expectedObject@1:1"),
            (#""just a string""#, "expectedObject@1:1"),
            (#"{"a": 1"#, "unexpectedEndOfLine@1:8"),
            (#"{"a": "#, "unexpectedEndOfLine@1:7"),
        ]
        for (line, expected) in cases {
            #expect(Self.jsonLines(line).first?.problems == [expected], "\(line)")
        }
    }

    @Test func jsonErrorsAfterMultibyteTextCountColumnsInScalars() {
        let rows = Self.jsonLines("{\"ok\": 1}\n{\"名前\": \"é🎉\", \"b\": tru}\n{\"c\": 3}\n")
        #expect(rows.map(\.line) == [1, 2, 3])
        #expect(rows[1].problems == ["invalidLiteral@2:19"])
        #expect(rows[2].problems == [])
    }

    @Test func jsonAnObjectSplitOverLinesIsAnErrorAndReadingGoesOn() {
        let rows = Self.jsonLines("{\"a\": 1,\n\"b\": 2}\n{\"c\": 3}\n")
        #expect(rows.count == 3)
        #expect(rows[0].problems == ["unexpectedEndOfLine@1:9"])
        #expect(rows[1].problems == ["expectedObject@2:1"])
        #expect(rows[2] == Row(line: 3, values: ["c=3"]))
    }

    @Test func jsonLineCountsIncludeUnicodeBreaksInStrings() {
        let rows = Self.jsonLines("{\"a\": \"x\u{2028}y\"}\n{\"a\": \"\\u2028 \u{85}\"}\n{\"a\": 1}\n")
        #expect(rows.map(\.line) == [1, 3, 5])
    }

    // MARK: - Formats and files

    @Test func formatIsChosenByExtension() {
        #expect(DataFormat(path: "data/sample.csv") == .csv)
        #expect(DataFormat(path: "data/SAMPLE.CSV") == .csv)
        #expect(DataFormat(path: "x.jsonl") == .jsonLines)
        #expect(DataFormat(path: "x.ndjson") == .jsonLines)
        #expect(DataFormat(path: "x.json") == nil)
        #expect(DataFormat(path: "x.tsv") == nil)
        #expect(DataFormat(path: "csv") == nil)
        #expect(DataFormat(path: ".csv") == nil)
        #expect(DataFormat(path: "dir.csv/file") == nil)
    }

    @Test func unknownExtensionMissingFileAndDirectoryAreReported() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let checker = DataFileChecker(schema: DataFixtures.grocery, questions: [], role: .sample)

        let tsv = folder.appendingPathComponent("rows.tsv")
        try Data("a\tb\n".utf8).write(to: tsv)
        let unknown = checker.check(fileAt: tsv, displayPath: "data/rows.tsv")
        #expect(unknown.diagnostics.map(\.code) == [.unknownDataFormat])
        #expect(unknown.diagnostics.first?.message.contains("'.tsv'") == true)

        let missing = checker.check(fileAt: folder.appendingPathComponent("none.csv"), displayPath: "data/none.csv")
        #expect(missing.diagnostics.map(\.code) == [.missingFile])
        #expect(missing.diagnostics.first?.file == "data/none.csv")

        let directory = folder.appendingPathComponent("dir.csv")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(checker.check(fileAt: directory, displayPath: "dir.csv").diagnostics.map(\.code) == [.missingFile])
    }

    @Test func aFileOverTheSizeLimitIsReported() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.csv")
        try Data(repeating: 0x61, count: 2000).write(to: url)
        let checker = DataFileChecker(schema: DataFixtures.grocery, questions: [], role: .sample,
                                      limits: DataLimits(maxFileBytes: 1000))
        #expect(checker.check(fileAt: url, displayPath: "big.csv").diagnostics.map(\.code) == [.fileTooLarge])
    }

    @Test func invalidUTF8IsReportedWithItsByteOffsetAndPosition() {
        var bytes = Array("item_id\né,x".utf8)
        bytes.append(0xFF)
        bytes += Array("\n".utf8)
        let checker = DataFileChecker(schema: DataFixtures.grocery, questions: [], role: .sample)
        let result = checker.check(bytes: bytes, displayPath: "t.csv", format: .csv)
        #expect(DataFixtures.summary(result) == [
            "E0003 2:4 the file is not valid UTF-8: byte 0xFF at offset 12 does not start a valid sequence",
        ])
        // Also with a byte-order mark: the offset counts it, the column does not.
        let withBOM = checker.check(bytes: [0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28], displayPath: "t.csv", format: .csv)
        #expect(DataFixtures.summary(withBOM) == [
            "E0003 1:2 the file is not valid UTF-8: byte 0xC3 at offset 4 does not start a valid sequence",
        ])
    }

    @Test func aByteOrderMarkIsSkipped() {
        let schema = DataFixtures.schema([DataFixtures.field("name", .string), DataFixtures.field("n", .number)])
        let text = "\u{FEFF}name,n\nx,oops\n"
        let result = DataFixtures.check(text, schema: schema)
        #expect(DataFixtures.summary(result) == ["E0407 2:3 row 1, field 'n': 'oops' is not a number"])
        let jsonl = DataFixtures.check("\u{FEFF}{\"name\": \"x\", \"n\": 1}\n", format: .jsonLines, schema: schema)
        #expect(jsonl.diagnostics.isEmpty)
        #expect(jsonl.rowCount == 1)
    }
}

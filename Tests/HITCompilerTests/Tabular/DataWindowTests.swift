import Foundation
import Testing
@testable import HITCompiler

/// A data file is read a window at a time (`DataWindow`): whatever the
/// window's size, and wherever its edges fall (inside a CRLF, a multi-byte
/// character, a quoted cell, a JSON escape), the check must find what the
/// check of the whole file in memory finds, at the same positions.
@Suite struct DataWindowTests {
    /// A CSV file with a byte-order mark, every kind of line break, quoted
    /// cells over several lines, multi-byte text, errors, repeated keys and
    /// characters XML forbids near its end.
    static let csv = "\u{FEFF}item_id,query,title,image,brand,price,aisle,url\r\n"
        + "a1,milk,\"Whole milk, 1 gal\",https://img.example.com/1.jpg,,1.5,dairy,\r\n"
        + "a2,crème fraîche,\"two\nlines \"\"quoted\"\"\",https://img.example.com/2.jpg,Président,2,dairy,https://shop.example.com/x\r"
        + "a3,peas,Peas 1kg,https://img.example.com/3.jpg,,-1,frozen,\n\n\n"
        + "a1,bread,Loaf\u{2028}with LS,https://img.example.com/4.jpg,,3,bakery,\n"
        + "a5,jam,\"stray \" quote\",https://img.example.com/5.jpg,,4,pantry,\n"
        + "a6,eggs,Eggs 12,http://img.example.com/6.jpg,,5,dairy\n"
        + "a7,tea,Tea \u{85} NEL,https://img.example.com/7.jpg,,6,pantri,\n"
        + "a2,€uro,\"€€€\",https://img.example.com/8.jpg,,7,produce,\n"
        + "a9,vertical\u{0B}tab,T\u{FFFF},https://img.example.com/9.jpg,,8,produce,\n"

    /// The same kinds of trouble in JSON Lines: escapes in keys and values,
    /// blank and CRLF lines, a key twice, missing keys, syntax errors, XML-forbidden
    /// characters escaped and raw.
    static let jsonLines = "{\"item_id\": \"a1\", \"query\": \"milk\", \"title\": \"T\", \"image\": \"https://img.example.com/1.jpg\", \"price\": 1, \"aisle\": \"dairy\"}\r\n"
        + "\n  \n"
        + "{\"item_\\u0069d\": \"a2\", \"query\": \"cr\\u00e8me \\\"x\\\"\", \"title\": \"€\", \"image\": \"https://img.example.com/2.jpg\", \"price\": 2.5, \"aisle\": \"dairy\"}\n"
        + "{\"item_id\": \"a3\", \"query\": \"q\", \"title\": \"T\", \"image\": \"https://img.example.com/3.jpg\", \"price\": \"3\", \"aisle\": \"frozen\", \"extra\": [\"x\", \"y\"]}\n"
        + "{\"item_id\": \"a1\", \"query\": \"q\", \"query\": \"again\", \"title\": \"T\", \"image\": \"https://img.example.com/4.jpg\", \"price\": 4, \"aisle\": \"bakery\"}\n"
        + "{\"item_id\": \"a5\", \"title\": \"no query\", \"image\": \"https://img.example.com/5.jpg\", \"price\": 5, \"aisle\": \"pantry\"}\n"
        + "{\"item_id\": \"a6\", \"query\": \"q\" \"title\": \"T\"}\n"
        + "[1, 2]\n"
        + "{\"item_id\": \"a9\", \"query\": \"bell \\u0007\", \"title\": \"\u{FFFE}\", \"image\": \"https://img.example.com/9.jpg\", \"price\": 9, \"aisle\": \"produce\"}\n"
        + "{\"item_id\": \"a2\", \"query\": \"q\", \"title\": \"T\", \"image\": \"https://img.example.com/8.jpg\", \"price\": 8, \"aisle\": \"produce\"}"

    /// Everything a check found, as text to compare.
    static func summary(_ result: DataCheckResult, _ records: [DataRecord]) -> [String] {
        ["rows \(result.rowCount)"] + result.diagnostics.map { "\($0)" }
            + records.map { "\($0.number) \($0.location) \($0.offset) \($0.hasErrors) \($0.entries)" }
    }

    static func checkInMemory(_ text: String, _ format: DataFormat) -> [String] {
        var records: [DataRecord] = []
        let result = DataFileChecker(schema: DataFixtures.grocery, questions: [], role: .sample)
            .check(bytes: Array(text.utf8), displayPath: "data", format: format) { records.append($0) }
        return summary(result, records)
    }

    static func checkFile(_ url: URL, window: Int, keepingRecords: Bool = true) -> [String] {
        var limits = DataLimits()
        limits.windowBytes = window
        var records: [DataRecord] = []
        let result = DataFileChecker(schema: DataFixtures.grocery, questions: [], role: .sample, limits: limits)
            .check(fileAt: url, displayPath: "data") { records.append($0) }
        return summary(result, keepingRecords ? records : [])
    }

    static func compareAtEveryWindow(_ text: String, _ format: DataFormat, name: String, finding: [String]) throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        let expected = checkInMemory(text, format)
        #expect(expected.count > 10, "the file has rows and problems to compare")
        for part in finding {
            #expect(expected.contains { $0.contains(part) }, "the check finds \(part)")
        }
        for window in 64...(text.utf8.count + 2) {
            let actual = checkFile(url, window: window)
            #expect(actual == expected, "window of \(window) bytes")
            if actual != expected { break }
        }
    }

    @Test func csvGivesTheSameFindingsWithEveryWindowSize() throws {
        try Self.compareAtEveryWindow(Self.csv, .csv, name: "data.csv",
                                      finding: ["is already used by row", "holds U+000B", "holds U+FFFF"])
    }

    @Test func jsonLinesGiveTheSameFindingsWithEveryWindowSize() throws {
        try Self.compareAtEveryWindow(Self.jsonLines, .jsonLines, name: "data.jsonl",
                                      finding: ["is already used by row", "holds U+0007", "holds U+FFFE"])
    }

    @Test func invalidUTF8IsFoundAtTheSameOffsetWithEveryWindowSize() throws {
        var bytes = Array(Self.csv.utf8)
        let at = bytes.count - 20
        bytes[at] = 0xFF
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("bad.csv")
        try Data(bytes).write(to: url)
        let expected = DataFileChecker(schema: DataFixtures.grocery, questions: [], role: .sample)
            .check(bytes: bytes, displayPath: "data", format: .csv)
        #expect(expected.diagnostics.map(\.code) == [.invalidUTF8])
        #expect(expected.diagnostics.first?.message == "the file is not valid UTF-8: byte 0xFF at offset \(at) does not start a valid sequence")
        for window in 64...(bytes.count + 2) {
            // Rows before the bad byte may have been handed out; the result is what counts.
            let actual = Self.checkFile(url, window: window, keepingRecords: false)
            #expect(actual == Self.summary(expected, []), "window of \(window) bytes")
        }
    }
}

import Foundation
import Testing
@testable import HITCompiler

/// `toloka/tasks.tsv` from `hitc batch`: one row per item, each gold item once
/// as a control task with its `GOLDEN:` answers, values kept whole in their cell.
@Suite struct TolokaTasksTests {
    /// The grocery example with `toloka: {}` added to its targets.
    static func folder() throws -> URL {
        let folder = try BatchFixtures.specFolder()
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        #expect(text.contains("\ntargets:\n"))
        try text.replacingOccurrences(of: "\ntargets:\n", with: "\ntargets:\n  toloka: {}\n")
            .write(to: spec, atomically: true, encoding: .utf8)
        return folder
    }

    static func rows(_ folder: URL) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("batch/toloka/tasks.tsv"), encoding: .utf8)
        #expect(text.hasSuffix("\n") && !text.contains("\r"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func oneRowPerItemAndEachGoldItemOnceWithItsAnswers() throws {
        let folder = try Self.folder()
        let result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(23))
        #expect(!result.check.hasErrors, "\(result.check.diagnostics)")
        let rows = try Self.rows(folder)
        #expect(rows.first == ["INPUT:item_id", "INPUT:query", "INPUT:title", "INPUT:image", "INPUT:brand", "INPUT:price",
                               "INPUT:aisle", "INPUT:url", "GOLDEN:relevance", "GOLDEN:reason"])
        let body = rows.dropFirst()
        #expect(body.allSatisfy { $0.count == 10 })
        let keys = body.map { $0[0] }
        #expect(Set(keys).count == keys.count, "no item twice")
        let gold = body.filter { BatchFixtures.goldKeys.contains($0[0]) }
        #expect(Set(gold.map { $0[0] }) == BatchFixtures.goldKeys)
        #expect(gold.allSatisfy { !$0[8].isEmpty }, "every control task has its expected relevance")
        let real = body.filter { !BatchFixtures.goldKeys.contains($0[0]) }
        #expect(real.count == 23 && real.allSatisfy { $0[8].isEmpty && $0[9].isEmpty })
        #expect(real.first { $0[0] == "it-00001" }?[1...3] == ["query 1", "Title 1", "https://img.example.com/1.jpg"])
        #expect(result.summary?.files.contains("toloka/tasks.tsv") == true)
    }

    @Test func hostileValuesStayWholeInTheirCell() throws {
        let folder = try Self.folder()
        let hostile = ["<img src=x onerror=alert(1)>", "${items}", "=1+1", "say \"hi\"", "a\tb", "line\nbreak"]
        var lines = ["item_id,query,title,image,brand,price,aisle,url"]
        for (i, value) in hostile.enumerated() {
            let cell = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines.append("h-\(i),\(cell),\(cell),https://img.example.com/\(i).jpg,,1,pantry,")
        }
        let result = try BatchFixtures.run(folder, data: lines.joined(separator: "\n") + "\n")
        #expect(!result.check.hasErrors, "\(result.check.diagnostics)")
        let text = try String(contentsOf: folder.appendingPathComponent("batch/toloka/tasks.tsv"), encoding: .utf8)
        // Quoted, quotation marks doubled, where the value holds a tab, a line break or a quotation mark.
        let rows = Self.tsvRows(text)
        #expect(rows.allSatisfy { $0.count == 10 }, "\(rows)")
        let queries = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0[1]) })
        for (i, value) in hostile.enumerated() {
            #expect(queries["h-\(i)"] == value, "\(value)")
        }
        #expect(text.contains("\t\"say \"\"hi\"\"\"\t") && text.contains("\t\"a\tb\"\t") && text.contains("\t\"line\nbreak\"\t"))
        #expect(text.contains("\t<img src=x onerror=alert(1)>\t") && text.contains("\t=1+1\t"))
    }

    /// Rows of a tab-separated file whose quoted cells may hold tabs, line feeds and doubled quotation marks.
    static func tsvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text)[...]
        while let ch = chars.popFirst() {
            if quoted {
                if ch == "\"" {
                    if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false }
                } else { cell.append(ch) }
            } else if ch == "\"" && cell.isEmpty { quoted = true }
            else if ch == "\t" { row.append(cell); cell = "" }
            else if ch == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
            else { cell.append(ch) }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    @Test func aMultipleChoicesGoldIsTheCheckboxGroupsObjectAndReadsBack() throws {
        let tags = try #require(HiddenAnswersTests.questions.first { $0.id == "tags" })
        let gold = TolokaTasksFile.golden(tags, "t2|t1")
        #expect(gold == #"{"t1":true,"t2":true}"#)
        // What a Toloker's answer would hold, read back by the results reader.
        var text = gold
        #expect(text.withByteSpan { TolokaChoiceSet.selected($0) } == ["t1", "t2"])
        #expect(TolokaTasksFile.golden(tags, "") == "{}")
        // Quoted in its cell, as Toloka's task file takes JSON.
        #expect(TolokaTasksFile.cell(gold) == #""{""t1"":true,""t2"":true}""#)
    }
}

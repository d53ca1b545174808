import Foundation
import Testing
@testable import HITCompiler

/// `DataFileChecker`: every row checked against the schema, located file:line:column, capped.
@Suite struct DataCheckerTests {
    typealias F = DataFixtures

    static func lines(_ rows: [String]) -> String {
        ([F.groceryHeader] + rows).joined(separator: "\n") + "\n"
    }

    // MARK: - Valid files

    @Test func aValidCSVFilePasses() {
        let text = Self.lines([
            F.groceryRow("a-1"),
            F.groceryRow("a-2", query: "crème fraîche", title: "\"Crème fraîche, 200 g\"", brand: "Président",
                         price: "3", aisle: "dairy", url: "https://shop.example.com/p?id=2#top"),
        ])
        let result = F.check(text)
        #expect(result.diagnostics.isEmpty, "\(F.summary(result))")
        #expect(result.rowCount == 2)
        #expect(result.source == nil)
    }

    @Test func theExampleSpecsDataFilesFitTheirSchemas() throws {
        // Grocery sample and gold, written against the schema of the language brief.
        let folder = Paths.specs.appendingPathComponent("grocery-search-relevance/data")
        for (name, role) in [("sample.csv", DataFileRole.sample), ("gold.csv", .gold)] {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let result = DataFileChecker(schema: F.grocery, questions: F.groceryQuestions, role: role)
                .check(fileAt: url, displayPath: name)
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(name): \(F.summary(result))")
            #expect(result.rowCount > 0)
        }
    }

    @Test func hostileValuesAreJustText() {
        let schema = F.schema([F.field("id", .string), F.field("title", .text), F.field("notes", .markdown),
                               F.field("tag", .category, values: ["<script>", "=cmd|' /C calc'!A0", "${x}"])])
        let text = """
            id,title,notes,tag
            1,<script>alert(1)</script>,"<img src=x onerror=alert(1)>",<script>
            2,"=cmd|' /C calc'!A0",${x},"=cmd|' /C calc'!A0"
            3,${x},"{{{raw}}} `rm -rf /` ../../etc/passwd",${x}
            4,"@SUM(1+1)*cmd|' /C calc'!A0","javascript:alert(1)",<script>

            """
        let result = F.check(text, schema: schema)
        #expect(result.diagnostics.isEmpty, "\(F.summary(result))")
        #expect(result.rowCount == 4)
    }

    @Test func hostileURLsAreRejected() {
        let urls = ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                    "http://img.example.com/1.jpg", "//img.example.com/1.jpg", "img/1.jpg", "vbscript:msgbox",
                    "https://", "https:///x.jpg", "https://a b.com/x.jpg", "https://img.example.com/<x>.jpg",
                    "https://img.example.com:80a/", "https:img.example.com", "file:///etc/passwd"]
        let rows = urls.enumerated().map { F.groceryRow("k\($0.offset)", image: "\"\($0.element)\"") }
        let result = F.check(Self.lines(rows))
        #expect(result.diagnostics.count == urls.count)
        #expect(result.diagnostics.allSatisfy { $0.code == .invalidFieldValue })
        #expect(F.summary(result).prefix(4) == [
            "E0407 2:20 row 1, field 'image': 'javascript:alert(1)' uses the 'javascript:' scheme; only https:// URLs are allowed",
            "E0407 3:20 row 2, field 'image': 'JavaScript:alert(1)' uses the 'javascript:' scheme; only https:// URLs are allowed",
            "E0407 4:20 row 3, field 'image': 'data:text/html;base64,PHNjcmlwdD4=' uses the 'data:' scheme; only https:// URLs are allowed",
            "E0407 5:20 row 4, field 'image': 'http://img.example.com/1.jpg' uses the 'http:' scheme; only https:// URLs are allowed",
        ])
        #expect(result.diagnostics[5].message.hasSuffix("is not an absolute https:// URL"))
        #expect(result.diagnostics[7].message.hasSuffix("has no host after https://"))
        #expect(result.diagnostics[9].message.hasSuffix("contains a space (write it as %20)"))
        #expect(result.diagnostics[11].message.hasSuffix("has a port that is not a number"))
        #expect(result.source != nil)
    }

    @Test func everyForbiddenURLCharacterIsFoundWhereverItIs() {
        func problem(_ url: String) -> URLProblem? {
            var copy = url
            return copy.withByteSpan { HTTPSURLBytes.problem($0) }
        }
        let forbidden: [Unicode.Scalar] = ["\u{0}", "\t", "\n", " ", "\"", "<", ">", "\\", "`", "\u{7F}"]
        for scalar in forbidden {
            for position in 0..<20 {
                let path = String(repeating: "a", count: position) + String(scalar) + "é/b?c=d#e"
                #expect(problem("https://x.example/" + path) == .badCharacter(scalar), "\(scalar.value) at \(position)")
            }
        }
        let allowed = "https://x.example/" + (0x21...0x7E).map { String(Unicode.Scalar(UInt8($0))) }
            .filter { !"\"<>\\`".contains($0) }.joined() + "é中🎉"
        #expect(problem(allowed) == nil)
    }

    @Test func goodURLsPass() {
        let urls = ["https://img.example.com", "HTTPS://IMG.EXAMPLE.COM/A.JPG", "https://host.example:8443/p?q=1&r=2#f",
                    "https://[2001:db8::1]/x.png", "https://例え.jp/画像.jpg", "https://cdn.example.com/a%20b.jpg"]
        let rows = urls.enumerated().map { F.groceryRow("k\($0.offset)", image: $0.element) }
        let result = F.check(Self.lines(rows))
        #expect(result.diagnostics.isEmpty, "\(F.summary(result))")
    }

    // MARK: - Field types

    @Test func numbersBoundsAndIntegers() {
        let schema = F.schema([F.field("n", .number, min: 0, max: 100), F.field("i", .number, integer: true)])
        let text = """
            n,i
            0,-3
            100,7
            1e2,0
            -0.5,1
            100.01,2
            abc,3
            " 5",4
            5,2.0
            5,1e3
            1e999,1
            0x10,1
            ,1

            """
        let result = F.check(text, schema: schema)
        #expect(F.summary(result) == [
            "E0407 5:1 row 4, field 'n': '-0.5' is below the minimum 0",
            "E0407 6:1 row 5, field 'n': '100.01' is above the maximum 100",
            "E0407 7:1 row 6, field 'n': 'abc' is not a number",
            "E0407 8:1 row 7, field 'n': ' 5' has spaces around it",
            "E0407 9:3 row 8, field 'i': '2.0' is not a whole number (the field has integer: true)",
            "E0407 10:3 row 9, field 'i': '1e3' is not a whole number (the field has integer: true)",
            "E0407 11:1 row 10, field 'n': '1e999' is too large to be a number",
            "E0407 12:1 row 11, field 'n': '0x10' is not a number",
            "E0408 13:1 row 12, field 'n' is empty; the field is required",
        ])
    }

    @Test func numbersAreComparedExactlyAtTheirBounds() {
        let schema = F.schema([F.field("n", .number, min: 0.1, max: 0.3)])
        let text = "n\n0.3\n0.1\n0.30000000000000004\n0.09999999999999999\n000.2\n0.2999999999999999999999\n12345678901234567890\n"
        #expect(F.summary(F.check(text, schema: schema)) == [
            "E0407 4:1 row 3, field 'n': '0.30000000000000004' is above the maximum 0.3",
            "E0407 5:1 row 4, field 'n': '0.09999999999999999' is below the minimum 0.1",
            "E0407 8:1 row 7, field 'n': '12345678901234567890' is above the maximum 0.3",
        ])
    }

    @Test func largeCategoriesAreHashed() {
        let values = (1...40).map { "value-\($0)" }
        let schema = F.schema([F.field("c", .category, values: values)])
        let result = F.check("c\nvalue-1\nvalue-40\nvalue-41\nvalue-4 \n", schema: schema)
        let summary = F.summary(result)
        #expect(summary.count == 2)
        #expect(summary.first?.hasPrefix("E0407 4:1 row 3, field 'c': 'value-41' is not one of") == true)
        #expect(summary.last == "E0407 5:1 row 4, field 'c': 'value-4 ' has spaces around it")
    }

    @Test func unescapedValuesAreShownDecodedWithoutAFixIt() {
        let schema = F.schema([F.field("c", .category, values: ["say \"hi\""])])
        let result = F.check("c\n\"say \"\"ho\"\"\"\n", schema: schema)
        #expect(F.summary(result) == ["E0407 2:1 row 1, field 'c': 'say \"ho\"' is not one of the category's values (say \"hi\")"])
        #expect(result.diagnostics.first?.notes.map(\.message) == ["did you mean 'say \"hi\"'?"])
        #expect(result.diagnostics.first?.fixIts == [])
    }

    @Test func booleansDatesAndCategories() {
        let schema = F.schema([F.field("b", .boolean), F.field("d", .date),
                               F.field("c", .category, values: ["dairy", "bakery", "frozen"])])
        let text = """
            b,d,c
            true,2024-02-29,dairy
            false,2026-12-31,bakery
            yes,2026-01-01,frozen
            True,2026-1-1,dairy
            true,2025-02-29,diary
            true,2026-13-01,Dairy
            true,0000-01-01,pantry
            true,2026-04-31, dairy

            """
        let result = F.check(text, schema: schema)
        #expect(F.summary(result) == [
            "E0407 4:1 row 3, field 'b': 'yes' is not a boolean: write true or false",
            "E0407 5:1 row 4, field 'b': 'True' is not a boolean: write true or false",
            "E0407 5:6 row 4, field 'd': '2026-1-1' is not a date written YYYY-MM-DD",
            "E0407 6:6 row 5, field 'd': '2025-02-29' is not a real calendar date",
            "E0407 6:17 row 5, field 'c': 'diary' is not one of the category's values (dairy, bakery, frozen)",
            "E0407 7:6 row 6, field 'd': '2026-13-01' is not a real calendar date",
            "E0407 7:17 row 6, field 'c': 'Dairy' is not one of the category's values (dairy, bakery, frozen)",
            "E0407 8:6 row 7, field 'd': '0000-01-01' is not a real calendar date",
            "E0407 8:17 row 7, field 'c': 'pantry' is not one of the category's values (dairy, bakery, frozen)",
            "E0407 9:6 row 8, field 'd': '2026-04-31' is not a real calendar date",
            "E0407 9:17 row 8, field 'c': ' dairy' has spaces around it",
        ])
        let diary = result.diagnostics[4]
        #expect(diary.notes.map(\.message) == ["did you mean 'dairy'?"])
        #expect(diary.fixIts == [FixIt(range: SourceRange(line: 6, column: 17, length: 5), replacement: "dairy")])
        #expect(result.diagnostics[6].notes.map(\.message) == ["did you mean 'dairy'?"])
        #expect(result.diagnostics[8].notes.isEmpty)
    }

    @Test func maxLengthCountsCharactersNotBytes() {
        let schema = F.schema([F.field("s", .string, maxLength: 3), F.field("t", .text, maxLength: 4)])
        let result = F.check("s,t\nééé,🎉🎉🎉🎉\nabcd,x\nab,🎉🎉🎉🎉🎉\n", schema: schema)
        #expect(F.summary(result) == [
            "E0407 3:1 row 2, field 's': is 4 characters long; the maximum is 3",
            "E0407 4:4 row 3, field 't': is 5 characters long; the maximum is 4",
        ])
    }

    @Test func optionalFieldsMayBeEmptyButNotWrong() {
        let text = Self.lines([F.groceryRow("a", brand: "", url: ""), F.groceryRow("b", url: "http://x.com")])
        let result = F.check(text)
        #expect(F.summary(result) == [
            "E0407 3:61 row 2, field 'url': 'http://x.com' uses the 'http:' scheme; only https:// URLs are allowed",
        ])
    }

    @Test func requiredValuesMustNotBeEmptyOrBlank() {
        let text = Self.lines([F.groceryRow("a", title: ""), F.groceryRow("b", title: "\"  \""), F.groceryRow("")])
        #expect(F.summary(F.check(text)) == [
            "E0408 2:8 row 1, field 'title' is empty; the field is required",
            "E0408 3:8 row 2, field 'title' is empty; the field is required",
            "E0408 4:1 row 3, field 'item_id' is empty; the field is required",
        ])
    }

    // MARK: - Positions

    @Test func positionsCountScalarsAfterMultibyteText() {
        let marked = MarkedText("""
            item_id,query,title,image,brand,price,aisle,url
            a,crème 🎉 fraîche,"名前, ""quoted""
            second line 🎉",https://img.example.com/1.jpg,Président,⟨^⟩1x,dairy,

            """)
        let result = F.check(marked.text)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.range?.start == marked.location())
        #expect(result.diagnostics.first?.range?.start == SourceLocation(line: 3, column: 56))
        #expect(result.diagnostics.first?.message == "row 1, field 'price': '1x' is not a number")
    }

    @Test func rangesCoverTheCellAndRowNumbersSkipTheHeaderAndBlankLines() throws {
        let text = Self.lines([F.groceryRow("a"), "", F.groceryRow("b", price: "\"-1\"")])
        let result = F.check(text)
        #expect(result.rowCount == 2)
        let d = try #require(result.diagnostics.first)
        #expect(d.message == "row 2, field 'price': '-1' is below the minimum 0")
        #expect(d.range == SourceRange(line: 4, column: 50, length: 4))
    }

    @Test func crlfFilesGiveTheSamePositions() {
        let lf = Self.lines([F.groceryRow("a"), F.groceryRow("b", aisle: "deli")])
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(F.summary(F.check(lf)) == F.summary(F.check(crlf)))
        #expect(F.summary(F.check(crlf)) == [
            "E0407 3:55 row 2, field 'aisle': 'deli' is not one of the category's values (produce, dairy, bakery, pantry, frozen)",
        ])
    }

    @Test func diagnosticsQuoteTheRightLineThroughTheSourceFile() throws {
        let text = "item_id,query,title,image,brand,price,aisle,url\n" +
            "a,\"two\nlines\",t,https://i.example.com/1.jpg,,1,dairy,\n" +
            "b,q,t,https://i.example.com/2.jpg,,oops,dairy,\n"
        let result = F.check(text)
        let source = try #require(result.source)
        let d = try #require(result.diagnostics.first)
        let rendered = TextRenderer().render([d], sources: [d.file: source])
        #expect(rendered.contains("data/t.csv:4:36: error: row 2, field 'price': 'oops' is not a number [E0407]"))
        #expect(rendered.contains("   4 | b,q,t,https://i.example.com/2.jpg,,oops,dairy,"))
    }

    // MARK: - CSV structure

    @Test func structuralCSVProblems() {
        let text = """
            item_id,query,title,image,brand,price,aisle,url
            a,q,t,https://i.example.com/1.jpg,,1,dairy,,extra
            b,q,t,https://i.example.com/1.jpg,,1,dairy
            c,q,"t"x,https://i.example.com/1.jpg,,1,dairy,
            d,q,ab"c,https://i.example.com/1.jpg,,1,dairy,
            e,q,t,https://i.example.com/1.jpg,,1,dairy,

            """
        #expect(F.summary(F.check(text)) == [
            "E0404 2:45 row 1 has 9 cells; the header has 8",
            "E0404 3:43 row 2 has 7 cells; the header has 8",
            "E0404 4:8 row 3: text after the closing '\"' of a quoted cell: the cell must end at its closing quote",
            "E0404 5:7 row 4: a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\")",
        ])
    }

    @Test func unterminatedQuoteIsReportedOnceAtTheQuote() {
        let text = Self.lines([F.groceryRow("a"), F.groceryRow("b", title: "\"never closed")]) + F.groceryRow("c") + "\n"
        let result = F.check(text)
        #expect(F.summary(result) == [
            "E0404 3:8 row 2: unterminated quoted cell: the closing '\"' is missing, so the rest of the file is inside it",
        ])
        #expect(result.rowCount == 2)
    }

    @Test func headerProblems() {
        let text = "item_id,query,title,image,,price,aisle,url,title,prise\na,q,t,https://i.example.com/1.jpg,,1,dairy,,t,2\n"
        let result = F.check(text)
        #expect(F.summary(result) == [
            "E0404 1:27 header: column 5 has no name",
            "E0404 1:44 header: column 'title' appears twice",
            "W0012 1:50 column 'prise' is not a field of the data schema; its values are ignored",
        ])
        #expect(result.diagnostics[1].notes.first?.range == SourceRange(line: 1, column: 15, length: 5))
        #expect(result.diagnostics[2].notes.map(\.message) == ["'prise': did you mean 'price'?"])
    }

    @Test func missingRequiredColumnsAreReportedOnceAtTheHeader() {
        let text = "item_id,query,title,image,prise,aisle,foo\na,q,t,https://i.example.com/1.jpg,1,dairy,x\nb,q,t,https://i.example.com/1.jpg,1,dairy,y\n"
        let result = F.check(text)
        #expect(F.summary(result) == [
            "E0406 1:1 the header has no column 'price'; the field is required",
            "W0012 1:27 columns 'prise' and 'foo' are not a field of the data schema; their values are ignored",
        ])
        #expect(result.diagnostics[0].notes.map(\.message) == ["column 'prise' may be meant"])
        #expect(result.diagnostics[0].range == SourceRange(line: 1, column: 1, length: 41))
    }

    @Test func emptyFiles() {
        #expect(F.summary(F.check("")) == [
            "E0410 - the file is empty; a CSV data file needs a header row and at least one row",
        ])
        #expect(F.summary(F.check(F.groceryHeader + "\n\n")) == ["E0410 1:1 the file has a header but no rows"])
        #expect(F.summary(F.check("", format: .jsonLines)) == [
            "E0410 - the file has no rows; JSON Lines needs one object per line",
        ])
        #expect(F.summary(F.check("\n  \n", format: .jsonLines)).first?.hasPrefix("E0410") == true)
    }

    // MARK: - Keys

    @Test func duplicateKeysPointAtTheFirstRow() throws {
        let text = Self.lines([F.groceryRow("a"), F.groceryRow("b"), F.groceryRow("a"), F.groceryRow("\"b\""),
                               F.groceryRow("a ")])
        let result = F.check(text)
        #expect(F.summary(result) == [
            "E0409 4:1 row 3: item key 'a' (field 'item_id') is already used by row 1",
            "E0409 5:1 row 4: item key 'b' (field 'item_id') is already used by row 2",
        ])
        let note = try #require(result.diagnostics.first?.notes.first)
        #expect(note.message == "row 1 has the same key")
        #expect(note.file == "data/t.csv")
        #expect(note.range == SourceRange(line: 2, column: 1, length: 1))
    }

    // MARK: - JSON Lines

    @Test func jsonLinesRowsAreCheckedByJSONType() {
        let schema = F.schema(key: "id", [F.field("id", .string), F.field("n", .number, min: 0),
                                          F.field("b", .boolean), F.field("c", .category, values: ["1", "2"]),
                                          F.field("t", .text, required: false), F.field("u", .url, required: false)])
        let text = """
            {"id": "a", "n": 1.5, "b": true, "c": "1"}
            {"id": 7, "n": "12", "b": "true", "c": 2, "t": null}
            {"id": "c", "n": -1, "b": 1, "c": "3", "u": 5}
            {"id": "d", "n": null, "b": false, "c": ["1"], "t": ["x"]}
            {"id": "a", "n": 0, "b": false, "c": "2", "x": 1}

            """
        let result = F.check(text, format: .jsonLines, schema: schema)
        #expect(F.summary(result) == [
            "E0407 2:16 row 2, field 'n': '12' is a string: write the number without quotes",
            "E0407 2:27 row 2, field 'b': 'true' is a string: write true or false without quotes",
            "E0407 3:18 row 3, field 'n': '-1' is below the minimum 0",
            "E0407 3:27 row 3, field 'b': a JSON number is not a valid boolean value",
            "E0407 3:35 row 3, field 'c': '3' is not one of the category's values (1, 2)",
            "E0407 3:45 row 3, field 'u': a JSON number is not a valid url value",
            "E0408 4:18 row 4, field 'n' is null; the field is required",
            "E0407 4:41 row 4, field 'c': a list is not allowed: a category field holds one value",
            "E0407 4:53 row 4, field 't': a list is not allowed: a text field holds one value",
            "E0409 5:8 row 5: item key 'a' (field 'id') is already used by row 1",
            "W0012 5:43 key 'x' is not a field of the data schema; its values are ignored",
        ])
        #expect(result.diagnostics[0].fixIts == [FixIt(range: SourceRange(line: 2, column: 16, length: 4), replacement: "12")])
    }

    @Test func jsonLinesSyntaxErrorsAreLocatedAndOtherRowsStillChecked() {
        let schema = F.schema([F.field("id", .string), F.field("n", .number)])
        let text = """
            {"id": "é🎉", "n": 1,}
            {"id": "b", "n": 2, "id": "c"}
            {"id": "c", "n": "x"}

            """
        let result = F.check(text, format: .jsonLines, schema: schema)
        #expect(F.summary(result) == [
            "E0405 1:20 row 1: trailing comma before '}'",
            "E0405 2:21 row 2: key 'id' appears twice in one object",
            "E0407 3:18 row 3, field 'n': 'x' is not a number",
        ])
        #expect(result.diagnostics[1].notes.first?.range == SourceRange(line: 2, column: 2, length: 4))
    }

    @Test func jsonLinesMissingKeysAreHeldUntilAKeyIsSeen() {
        let schema = F.schema([F.field("id", .string), F.field("n", .number), F.field("m", .number)])
        let text = """
            {"id": "a", "m": 1}
            {"id": "b", "n": 2, "m": 1}
            {"id": "c", "m": 1}

            """
        // `n` appears in row 2: rows 1 and 3 lack a value.
        #expect(F.summary(F.check(text, format: .jsonLines, schema: schema)) == [
            "E0408 1:1 row 1 has no key 'n'; the field is required",
            "E0408 3:1 row 3 has no key 'n'; the field is required",
        ])
        // No row has `n`: one E0406 instead of one per row.
        let none = "{\"id\": \"a\", \"m\": 1}\n{\"id\": \"b\", \"m\": 1}\n"
        #expect(F.summary(F.check(none, format: .jsonLines, schema: schema)) == [
            "E0406 1:1 no row has the key 'n'; the field is required",
        ])
    }

    @Test func jsonLinesEscapedValuesAreCheckedDecoded() {
        let schema = F.schema([F.field("id", .string, maxLength: 2), F.field("c", .category, values: ["é/x"])])
        let text = #"{"id": "\u00e9\ud83c\udf89", "c": "\u00e9\/x"}"# + "\n" + #"{"id": "a\"b", "c": "\u00e9/y"}"#
        #expect(F.summary(F.check(text, format: .jsonLines, schema: schema)) == [
            "E0407 2:8 row 2, field 'id': is 3 characters long; the maximum is 2",
            "E0407 2:21 row 2, field 'c': 'é/y' is not one of the category's values (é/x)",
        ])
    }

    // MARK: - Cap

    @Test func problemsPastTheCapAreCountedInOneSummary() {
        var rows: [String] = []
        for k in 1...1000 { rows.append(F.groceryRow("r\(k)", price: "bad")) }
        rows.append(F.groceryRow("r1"))
        let result = F.check(Self.lines(rows))
        #expect(result.rowCount == 1001)
        #expect(result.diagnostics.count == 101)
        #expect(result.diagnostics.prefix(100).allSatisfy { $0.code == .invalidFieldValue })
        #expect(result.diagnostics[99].message.hasPrefix("row 100,"))
        let summary = result.diagnostics[100]
        #expect(summary.code == .invalidFieldValue)
        #expect(summary.range == nil)
        #expect(summary.message == "901 more problems in this file not shown (E0407 ×900, E0409 ×1); only the first 100 are listed")
        #expect(result.hasErrors)
    }

    @Test func theCapIsConfigurable() {
        let rows = (1...10).map { F.groceryRow("r\($0)", aisle: "deli") }
        let result = F.check(Self.lines(rows), limits: DataLimits(maxDiagnosticsPerFile: 3))
        #expect(result.diagnostics.count == 4)
        #expect(result.diagnostics.last?.message.hasPrefix("7 more problems") == true)
    }

    // MARK: - Streaming rows

    @Test func rowsAreStreamedWithNamesValuesAndRanges() {
        let schema = F.schema([F.field("id", .string), F.field("n", .number)])
        var records: [DataRecord] = []
        let checker = DataFileChecker(schema: schema, questions: [], role: .sample)
        _ = checker.check(bytes: Array("id,n,extra\n\"a,1\",2,x\nb,no,y\n".utf8), displayPath: "t.csv", format: .csv) {
            records.append($0)
        }
        #expect(records.map(\.number) == [1, 2])
        #expect(records.map(\.hasErrors) == [false, true])
        #expect(records[0].entries.map(\.name) == ["id", "n", "extra"])
        #expect(records[0]["id"] == .text("a,1"))
        #expect(records[0].entries[1].range == SourceRange(line: 2, column: 7, length: 1))
        #expect(records[1].location == SourceLocation(line: 3, column: 1))

        var lines: [DataRecord] = []
        _ = checker.check(bytes: Array("{\"id\": \"x\", \"n\": 1, \"l\": [\"p\", \"q\"], \"z\": null}\n".utf8),
                          displayPath: "t.jsonl", format: .jsonLines) { lines.append($0) }
        #expect(lines.first?.entries.map(\.value) == [.text("x"), .text("1"), .list(["p", "q"]), .null])
    }
}

import Testing
@testable import HITCompiler

/// `DataFileChecker` on gold files: expected answers, `visible_if`, answer columns.
@Suite struct DataCheckerGoldTests {
    typealias F = DataFixtures

    static func lines(_ rows: [String]) -> String {
        DataCheckerTests.lines(rows)
    }

    @Test func goldAnswersAreChecked() {
        let questions = F.groceryQuestions
        let text = Self.lines([]).replacingOccurrences(of: "url\n", with: "url,relevance,reason,why\n")
            + [F.groceryRow("g1") + ",exact,,Exactly right.",
               F.groceryRow("g2") + ",exactt,,typo",
               F.groceryRow("g3") + ",cant_judge,The image is broken,",
               F.groceryRow("g4") + ",,,",
               F.groceryRow("g5") + ",exact|substitute,,"].joined(separator: "\n") + "\n"
        let result = F.check(text, questions: questions, role: .gold)
        #expect(F.summary(result) == [
            "E0317 3:63 row 2, answer 'relevance': 'exactt' is not an option of 'relevance' (exact, substitute, complement, irrelevant, cant_judge)",
            "E0317 5:63 row 4, answer 'relevance': an answer to 'relevance' is required",
            "E0317 6:63 row 5, answer 'relevance': 'exact|substitute' is not an option of 'relevance' (exact, substitute, complement, irrelevant, cant_judge)",
        ])
        #expect(result.diagnostics[0].notes.map(\.message) == ["did you mean 'exact'?"])
    }

    @Test func goldAnswersToConditionalQuestionsFollowVisibleIf() {
        let text = Self.lines([]).replacingOccurrences(of: "url\n", with: "url,relevance,reason\n")
            + [F.groceryRow("g1") + ",cant_judge,",
               F.groceryRow("g2") + ",exact,Looks right",
               F.groceryRow("g3") + ",cant_judge,Broken image",
               F.groceryRow("g4") + ",exact,"].joined(separator: "\n") + "\n"
        #expect(F.summary(F.check(text, questions: F.groceryQuestions, role: .gold)) == [
            "E0317 2:74 row 1, answer 'reason': 'reason' is shown for this item (when 'relevance' is 'cant_judge') and required, but the row gives no answer",
            "E0317 3:69 row 2, answer 'reason': 'reason' is hidden for this item (it is shown only when 'relevance' is 'cant_judge'), so it is never answered; leave it empty",
        ])
        // A condition on a multi_choice holds when any selected value is listed.
        let schema = F.schema([F.field("id", .string)])
        let questions = [F.multiChoice("tags", ["a", "b", "c"]), F.text("why_b", visibleIf: ["tags": ["b"]])]
        let csv = "id,tags,why_b\n1,a|b,because\n2,a|c,\n3,a,oops\n"
        #expect(F.summary(F.check(csv, schema: schema, questions: questions, role: .gold)) == [
            "E0317 4:5 row 3, answer 'why_b': 'why_b' is hidden for this item (it is shown only when 'tags' is 'b'), so it is never answered; leave it empty",
        ])
    }

    @Test func goldFilesAnswerAtLeastOneQuestion() {
        // Answering only `relevance` is enough; `reason` is not scored then.
        let some = Self.lines([F.groceryRow("g1") + ",exact,x"]).replacingOccurrences(of: "url\n", with: "url,relevance,why\n")
        #expect(F.check(some, questions: F.groceryQuestions, role: .gold).diagnostics.isEmpty)
        let none = Self.lines([F.groceryRow("g1") + ",x"]).replacingOccurrences(of: "url\n", with: "url,why\n")
        #expect(F.summary(F.check(none, questions: F.groceryQuestions, role: .gold)) == [
            "E0406 1:1 the header has no answer column: a gold file gives the expected answer to at least one question (relevance, reason)",
        ])
        // In a sample file the same columns are unknown.
        let sample = Self.lines([F.groceryRow("g1") + ",exact,x"]).replacingOccurrences(of: "url\n", with: "url,relevance,why\n")
        #expect(F.summary(F.check(sample, questions: F.groceryQuestions, role: .sample)) == [
            "W0012 1:49 columns 'relevance' and 'why' are not a field of the data schema; their values are ignored",
        ])
    }

    @Test func goldMultiChoiceInCSVAndJSONLines() {
        let schema = F.schema(key: "id", [F.field("id", .string)])
        let questions = [F.multiChoice("tags", ["vegan", "vegetarian", "organic"], min: 1, max: 2)]
        let csv = "id,tags\na,vegan|vegetarian\nb,vegan|vegan\nc,vegan|vegetarian|organic\nd,veg\ne,vegan||organic\n"
        #expect(F.summary(F.check(csv, schema: schema, questions: questions, role: .gold)) == [
            "E0317 3:3 row 2, answer 'tags': 'vegan' is selected twice in the answer to 'tags'",
            "E0317 4:3 row 3, answer 'tags': 'tags' allows at most 2 selected, the answer has 3",
            "E0317 5:3 row 4, answer 'tags': 'veg' is not an option of 'tags' (vegan, vegetarian, organic)",
            "E0317 6:3 row 5, answer 'tags': an empty value in the answer to 'tags' (values are separated by '|')",
        ])
        let jsonl = """
            {"id": "a", "tags": ["vegan", "organic"]}
            {"id": "b", "tags": []}
            {"id": "c", "tags": "vegan|organic"}
            {"id": "d", "tags": ["vegan|organic"]}

            """
        #expect(F.summary(F.check(jsonl, format: .jsonLines, schema: schema, questions: questions, role: .gold)) == [
            "E0317 2:21 row 2, answer 'tags': an answer to 'tags' is required",
            "E0317 4:21 row 4, answer 'tags': 'vegan|organic' is not an option of 'tags' (vegan, vegetarian, organic)",
        ])
    }

    @Test func goldJSONLinesWithoutAnAnswerKey() {
        let schema = F.schema([F.field("id", .string)])
        let questions = [F.singleChoice("q", ["a", "b"]), F.singleChoice("p", ["x", "y"])]
        let none = "{\"id\": \"1\"}\n{\"id\": \"2\"}\n"
        #expect(F.summary(F.check(none, format: .jsonLines, schema: schema, questions: questions, role: .gold)) == [
            "E0406 1:1 no row has an answer key: a gold file gives the expected answer to at least one question (q, p)",
        ])
        // `q` is answered in one row: the other row lacks its answer; `p` is never answered and not scored.
        let some = "{\"id\": \"1\", \"q\": \"a\"}\n{\"id\": \"2\"}\n"
        #expect(F.summary(F.check(some, format: .jsonLines, schema: schema, questions: questions, role: .gold)) == [
            "E0317 2:1 row 2, answer 'q': an answer to 'q' is required",
        ])
    }
}

import Testing
@testable import HITCompiler

/// `AnswerValidator`: expected answers (gold rows, guideline examples) against their questions.
@Suite struct AnswerValidatorTests {
    typealias F = DataFixtures

    static func problem(_ values: [String], isList: Bool = false, _ question: Question) -> String? {
        AnswerValidator(questions: [question]).problem(forAnswer: values, isList: isList, question: question)?.description
    }

    static func problem(_ text: String, _ question: Question) -> String? {
        problem([text], question)
    }

    @Test func singleChoiceTakesOneOptionValue() {
        let q = F.singleChoice("relevance", ["exact", "substitute", "cant_judge"])
        #expect(Self.problem("exact", q) == nil)
        #expect(Self.problem("cant_judge", q) == nil)
        #expect(Self.problem("Exact", q) == "'Exact' is not an option of 'relevance' (exact, substitute, cant_judge); did you mean 'exact'?")
        #expect(Self.problem("exatc", q)?.hasSuffix("did you mean 'exact'?") == true)
        #expect(Self.problem("nothing like it", q) == "'nothing like it' is not an option of 'relevance' (exact, substitute, cant_judge)")
        #expect(Self.problem(["exact"], isList: true, q) == nil)
        #expect(Self.problem(["exact", "substitute"], isList: true, q) == "'relevance' is a single_choice question: give one value, not a list")
    }

    @Test func multiChoiceTakesAListOfDistinctOptionsWithinBounds() {
        let q = F.multiChoice("tags", ["vegan", "vegetarian", "organic"], min: 1, max: 2)
        #expect(Self.problem(["vegan", "organic"], isList: true, q) == nil)
        #expect(Self.problem("vegan|organic", q) == nil)
        #expect(Self.problem("vegan", q) == nil)
        #expect(Self.problem(["vegan", "vegan"], isList: true, q) == "'vegan' is selected twice in the answer to 'tags'")
        #expect(Self.problem("vegan|vegetarian|organic", q) == "'tags' allows at most 2 selected, the answer has 3")
        #expect(Self.problem(["vegan|organic"], isList: true, q) == "'vegan|organic' is not an option of 'tags' (vegan, vegetarian, organic)")
        #expect(Self.problem("vegan|", q) == "an empty value in the answer to 'tags' (values are separated by '|')")
        #expect(Self.problem("vegen", q) == "'vegen' is not an option of 'tags' (vegan, vegetarian, organic); did you mean 'vegan'?")
        #expect(Self.problem([], isList: true, q) == "an answer to 'tags' is required")
        let atLeastTwo = F.multiChoice("tags", ["a", "b", "c"], min: 2)
        #expect(Self.problem("a", atLeastTwo) == "'tags' needs at least 2 selected, the answer has 1")
    }

    @Test func scaleTakesAWholeNumberInRange() {
        let q = F.scale("quality", 1, 5)
        #expect(Self.problem("1", q) == nil)
        #expect(Self.problem("5", q) == nil)
        #expect(Self.problem("0", q) == "'0' is outside the scale of 'quality' (1 to 5)")
        #expect(Self.problem("6", q) == "'6' is outside the scale of 'quality' (1 to 5)")
        for bad in ["3.0", "three", " 3", "+3", "٣", "99999999999999999999"] {
            #expect(Self.problem(bad, q) == "'\(bad)' is not a whole number on the scale of 'quality' (1 to 5)", "\(bad)")
        }
        let negative = F.scale("s", -2, 2)
        #expect(Self.problem("-2", negative) == nil)
        #expect(Self.problem("-3", negative) == "'-3' is outside the scale of 's' (-2 to 2)")
    }

    @Test func numberRespectsBoundsAndStep() {
        let q = F.number("weight", min: 0, max: 10, step: 0.1)
        #expect(Self.problem("0", q) == nil)
        #expect(Self.problem("0.3", q) == nil)
        #expect(Self.problem("9.9", q) == nil)
        #expect(Self.problem("10", q) == nil)
        #expect(Self.problem("0.35", q) == "'0.35' is not a multiple of the step 0.1 of 'weight' (counted from 0)")
        #expect(Self.problem("-1", q) == "'-1' is below the minimum 0 of 'weight'")
        #expect(Self.problem("10.5", q) == "'10.5' is above the maximum 10 of 'weight'")
        #expect(Self.problem("ten", q) == "'ten' is not a number (the answer to 'weight')")
        let offset = F.number("n", min: 1, step: 2)
        #expect(Self.problem("3", offset) == nil)
        #expect(Self.problem("4", offset) == "'4' is not a multiple of the step 2 of 'n' (counted from 1)")
        #expect(Self.problem("1e400", F.number("x")) == "'1e400' is not a number (the answer to 'x')")
    }

    @Test func textRespectsLengthsAndAWholeMatchOfThePattern() {
        let q = F.text("code", minLength: 2, maxLength: 4, pattern: "[A-Z]+|[A-Z]+[0-9]")
        #expect(Self.problem("AB", q) == nil)
        #expect(Self.problem("ABC1", q) == nil)
        #expect(Self.problem("A", q) == "the answer to 'code' is 1 characters long; the minimum is 2")
        #expect(Self.problem("ABCDE", q) == "the answer to 'code' is 5 characters long; the maximum is 4")
        #expect(Self.problem("ab", q) == "'ab' does not match the pattern '[A-Z]+|[A-Z]+[0-9]' of 'code'")
        #expect(Self.problem("xAB", q) != nil)
        #expect(Self.problem("ABx", q) != nil)
        let emoji = F.text("t", maxLength: 2)
        #expect(Self.problem("🎉🎉", emoji) == nil)
        #expect(Self.problem("é🎉!", emoji) == "the answer to 't' is 3 characters long; the maximum is 2")
    }

    @Test func anInvalidPatternIsLeftToTheSpecChecker() {
        #expect(Self.problem("anything", F.text("t", pattern: "([")) == nil)
    }

    @Test func emptyAnswersAreAllowedOnlyForOptionalOrConditionalQuestions() {
        let required = F.singleChoice("q", ["a", "b"])
        let optional = F.singleChoice("q", ["a", "b"], required: false)
        let conditional = F.text("why", visibleIf: ["q": ["b"]])
        #expect(Self.problem("", required) == "an answer to 'q' is required")
        #expect(Self.problem("   ", required) == "an answer to 'q' is required")
        #expect(Self.problem([], required) == "an answer to 'q' is required")
        #expect(Self.problem("", optional) == nil)
        #expect(Self.problem("", conditional) == nil)
        #expect(Self.problem([], isList: true, conditional) == nil)
    }

    @Test func hostileTextIsJustText() {
        let q = F.text("comment")
        for value in ["<script>alert(1)</script>", "=cmd|' /C calc'!A0", "${x}", "{{{raw}}}", "'; DROP TABLE x; --"] {
            #expect(Self.problem(value, q) == nil, "\(value)")
        }
        #expect(Self.problem("<script>", F.singleChoice("q", ["<script>", "${x}"])) == nil)
    }

    @Test func theOneOffFormMatchesThePreparedValidator() {
        let q = F.text("code", pattern: "[0-9]{3}")
        #expect(AnswerValidator.problem(forAnswer: "123", isList: false, question: q) == nil)
        #expect(AnswerValidator.problem(forAnswer: "12a", isList: false, question: q)?.message
            == "'12a' does not match the pattern '[0-9]{3}' of 'code'")
        let long = String(repeating: "x", count: 100)
        #expect(AnswerValidator.problem(forAnswer: long, isList: false, question: F.singleChoice("q", ["a"]))?.message
            == "'\(String(repeating: "x", count: 60))…' is not an option of 'q' (a)")
    }
}

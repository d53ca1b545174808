import Testing
@testable import HITCompiler

/// Keys the page cannot misfire on (issue 14): the page reserves only j, k and ?,
/// and a multi_choice question may not share a key with another question (E0319).
struct SharedKeyChecksTests {
    /// The minimal spec with `questions`, each placed in the layout (a question's id
    /// is a line indented by exactly four spaces, as `minimal` writes them).
    static func spec(_ questions: String) -> String {
        let text = SpecFixtures.minimal(questions: questions, layout: "    - text: title\n")
        let ids = questions.split(separator: "\n").compactMap { line -> String? in
            guard let m = line.firstMatch(of: /^    ([a-z]+):/) else { return nil }
            return String(m.1)
        }
        return text.replacingOccurrences(of: "    - text: title\n", with: "    - text: title\n" + ids.map { "    - question: \($0)\n" }.joined())
    }

    static func errors(_ questions: String) -> [Diagnostic] {
        SpecFixtures.check(spec(questions)).filter { $0.severity == .error }
    }

    static let tags = """
            tags:
              type: multi_choice
              prompt: Tags?
              options:
                - { value: a, key: "1" }
                - { value: b, key: N }

        """

    @Test func nAndPAreFreeForOptionsAndJKQuestionMarkAreNot() {
        #expect(PageHotkeys.reserved == ["j", "k", "?"])
        for key in ["n", "p", "N", "P"] {
            let errors = Self.errors("""
                    q:
                      type: single_choice
                      prompt: Pick
                      options:
                        - { value: "no", key: \(key) }
                        - { value: "yes", key: "y" }

                """)
            #expect(errors.isEmpty, "\(key): \(errors.map(\.message))")
        }
        for key in ["j", "K", "?"] {
            let errors = Self.errors("""
                    q:
                      type: single_choice
                      prompt: Pick
                      options:
                        - { value: "no", key: "\(key)" }
                        - { value: "yes", key: "y" }

                """)
            #expect(errors.map(\.code) == [.reservedHotkey], "\(key)")
            #expect(errors.first?.notes.first?.message == "the page reserves: j k ? (next and previous item, the legend)")
        }
    }

    @Test func aMultiChoiceSharingAnOptionKeyWithASingleChoiceIsAnError() throws {
        let errors = Self.errors("""
                verdict:
                  type: single_choice
                  prompt: Verdict?
                  options:
                    - { value: good, key: "1" }
                    - { value: bad, key: n }
            \(Self.tags)
            """)
        #expect(errors.map(\.code) == [.sharedMultiChoiceKey], "\(errors.map(\.message))")
        let error = try #require(errors.first)
        try #require(error.notes.count == 3)
        // Both keys named (case-folded), at the multi_choice's first shared key.
        #expect(error.message == "multi_choice question 'tags' shares hotkeys '1', 'n' with question 'verdict'")
        #expect(error.range?.start.line == 27)
        #expect(error.notes.map(\.message).first == "on one item, '1' could toggle an option of 'tags' or answer 'verdict', and the page cannot tell which is meant")
        #expect(error.notes[1].message == "'verdict' uses '1' here")
        #expect(error.notes[1].range?.start.line == 21)
    }

    @Test func anEarlierMultiChoiceIsReportedAtItsOwnKey() throws {
        let errors = Self.errors(Self.tags + """
                verdict:
                  type: single_choice
                  prompt: Verdict?
                  options:
                    - { value: good, key: "1" }
                    - { value: bad, key: "2" }

            """)
        #expect(errors.map(\.message) == ["multi_choice question 'tags' shares hotkey '1' with question 'verdict'"])
        #expect(errors.first?.range?.start.line == 21)
    }

    @Test func twoMultiChoicesSharingAKeyAreOneError() {
        let errors = Self.errors(Self.tags + Self.tags.replacingOccurrences(of: "tags:", with: "more:"))
        #expect(errors.map(\.message) == ["multi_choice question 'more' shares hotkeys '1', 'n' with question 'tags'"])
    }

    @Test func aScalesDigitsAreItsKeys() {
        let errors = Self.errors("""
                rating: { type: scale, prompt: How good?, min: 0, max: 10 }
            \(Self.tags)
            """)
        #expect(errors.map(\.message) == ["multi_choice question 'tags' shares hotkey '1' with question 'rating'"])
        // A scale whose points are all above 9 has no digit keys.
        let high = Self.errors("""
                rating: { type: scale, prompt: How good?, min: 10, max: 20 }
            \(Self.tags)
            """)
        #expect(high.isEmpty, "\(high.map(\.message))")
    }

    @Test func singleChoiceAndScaleQuestionsMayShareKeys() {
        let errors = Self.errors("""
                verdict:
                  type: single_choice
                  prompt: Verdict?
                  options:
                    - { value: good, key: "1" }
                    - { value: bad, key: "2" }
                rating: { type: scale, prompt: How good?, min: 1, max: 5 }
                again:
                  type: single_choice
                  prompt: Again?
                  options:
                    - { value: good, key: "1" }
                    - { value: bad, key: "2" }

            """)
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }

    @Test func aMultiChoiceWithKeysOfItsOwnIsFine() {
        let errors = Self.errors(Self.tags + """
                verdict:
                  type: single_choice
                  prompt: Verdict?
                  options:
                    - { value: good, key: "2" }
                    - { value: bad, key: "3" }

            """)
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }
}

import Testing
@testable import HITCompiler

/// A text question's `pattern` must mean the same to ICU (gold and example
/// checks) and to the task page's JavaScript, which would otherwise silently
/// not enforce it.
struct SpecPatternTests {
    @Test(arguments: [#"^\d{5}$"#, #"[A-Z]{2}-\d+"#, #"\S+@\S+\.\S+"#, "(?:yes|no)", #"[a-z\-]+"#, #"\p{L}+"#,
                      #"(?<y>\d{4})-\k<y>"#, "a+?", "(?=x)x", "(?<!a)b", #"\d{2,}"#, #"[^\]]+"#, #"a\/b"#])
    func portablePatternsPass(_ pattern: String) {
        #expect(RegexCheck.problem(pattern) == nil, "\(pattern)")
    }

    @Test(arguments: [("(?i)abc", "(?i"), ("a++", "++"), (#"\Aabc"#, #"\A"#), ("[[:alpha:]]+", "[:"),
                      ("[a-z&&[^aeiou]]", "&&"), (#"\Qa.b\E"#, #"\Q"#), ("(?>a)", "(?>"), (#"x\e"#, #"\e"#),
                      ("a{2}+", "}+"), ("a]", "]"), (#"a\ b"#, #"\ "#)])
    func icuOnlyPatternsAreRefused(_ pattern: String, _ construct: String) {
        #expect(RegexCheck.problem(pattern) == "uses '\(construct)', which ICU reads but the task page's JavaScript does not", "\(pattern)")
    }

    @Test func aNonPortablePatternIsALocatedError() {
        let yaml = SpecFixtures.minimal(questions: """
                q:
                  type: text
                  prompt: Code?
                  pattern: "(?i)[a-z]+"

            """)
        let errors = SpecFixtures.check(yaml).filter { $0.severity == .error }
        #expect(errors.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.code.code) \($0.message)" } == [
            "19:16 E0208 'pattern' uses '(?i', which ICU reads but the task page's JavaScript does not",
        ])
    }
}

import Testing
@testable import HITCompiler

/// Where the composer's diagnostics point, with multibyte text before the
/// problem on the same line: columns count Unicode scalars, so a prefix of
/// 2-byte, 3-byte and 4-byte scalars, of multi-scalar graphemes (a flag, a
/// combining accent, a ZWJ sequence) must not shift them.
@Suite struct YAMLPositionTests {
    /// Text written before the problem, on the same line.
    static let prefixes = ["", "é", "名前", "🎉", "🇫🇷", "e\u{301}", "👩‍💻", "é名🎉"]

    private func diagnostic(_ code: DiagnosticCode, in marked: MarkedText) -> Diagnostic? {
        let result = YAMLTest.compose(marked.text)
        let found = result.diagnostics.first { $0.code == code }
        #expect(found != nil, "no \(code.rawValue) for \(marked.text.debugDescription); got \(YAMLTest.codes(result))")
        return found
    }

    @Test(arguments: prefixes) func duplicateKeyInFlowMappingAndItsNote(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: {1️⃣k: 1, \(prefix)x: 2, 2️⃣k: 3}\n")
        let d = try #require(diagnostic(.duplicateKey, in: marked))
        #expect(d.range == SourceRange(start: marked.location("2️⃣"), end: YAMLTest.shifted(marked.location("2️⃣"), by: 1)))
        #expect(d.notes.count == 1)
        #expect(d.notes.first?.range?.start == marked.location("1️⃣"))
        #expect(d.notes.first?.message == "'k' was first defined here")
    }

    @Test(arguments: prefixes) func duplicateKeyInBlockMapping(prefix: String) throws {
        let key = "\(prefix)key"
        let marked = MarkedText("top: \(prefix)\n1️⃣\(key): 1\nother: \(prefix)\n2️⃣\(key): 2\n")
        let d = try #require(diagnostic(.duplicateKey, in: marked))
        let length = key.unicodeScalars.count
        #expect(d.range == SourceRange(start: marked.location("2️⃣"), end: YAMLTest.shifted(marked.location("2️⃣"), by: length)))
        #expect(d.notes.first?.range == SourceRange(start: marked.location("1️⃣"), end: YAMLTest.shifted(marked.location("1️⃣"), by: length)))
    }

    @Test(arguments: prefixes) func unsupportedTag(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: 1️⃣!!binary aGk=\n")
        let d = try #require(diagnostic(.unsupportedTag, in: marked))
        #expect(d.range == SourceRange(start: marked.location("1️⃣"), end: YAMLTest.shifted(marked.location("1️⃣"), by: 8)))
        #expect(d.message.hasPrefix("tag '!!binary' is not supported"))
    }

    @Test(arguments: prefixes) func unsupportedTagAfterAnAnchor(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: &x 1️⃣!local [1, \(prefix)]\n")
        let d = try #require(diagnostic(.unsupportedTag, in: marked))
        #expect(d.range == SourceRange(start: marked.location("1️⃣"), end: YAMLTest.shifted(marked.location("1️⃣"), by: 6)))
        #expect(d.message.hasPrefix("tag '!local' is not supported"))
    }

    @Test(arguments: prefixes) func mergeKey(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: {x: 1, 1️⃣<<: {y: 2}}\n")
        let d = try #require(diagnostic(.mergeKey, in: marked))
        #expect(d.range == SourceRange(start: marked.location("1️⃣"), end: YAMLTest.shifted(marked.location("1️⃣"), by: 2)))
    }

    @Test(arguments: prefixes) func undefinedAlias(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: [1, 1️⃣*nope]\n")
        let d = try #require(diagnostic(.undefinedAlias, in: marked))
        #expect(d.range == SourceRange(start: marked.location("1️⃣"), end: YAMLTest.shifted(marked.location("1️⃣"), by: 5)))
    }

    @Test(arguments: prefixes) func syntaxErrorInsideAQuotedScalar(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: \"x\(prefix)1️⃣\\q\"\n")
        let d = try #require(diagnostic(.yamlSyntax, in: marked))
        #expect(d.range == SourceRange(start: marked.location("1️⃣"), end: YAMLTest.shifted(marked.location("1️⃣"), by: 1)))
        #expect(d.message == "found unknown escape character")
    }

    @Test(arguments: prefixes) func syntaxErrorAtAStrayBracket(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: 1️⃣] x\n")
        let d = try #require(diagnostic(.yamlSyntax, in: marked))
        #expect(d.range?.start == marked.location("1️⃣"))
    }

    @Test(arguments: prefixes) func syntaxErrorContextNote(prefix: String) throws {
        // An unterminated quote: the error is at the end of the file, the note where the quote opened.
        let marked = MarkedText("\(prefix)a: 1️⃣'x\(prefix)\n2️⃣")
        let d = try #require(diagnostic(.yamlSyntax, in: marked))
        #expect(d.range?.start == marked.location("2️⃣"))
        #expect(d.notes.first { $0.message == "while scanning a quoted scalar" }?.range?.start == marked.location("1️⃣"))
    }

    @Test(arguments: prefixes) func tabAfterSequenceIndicators(prefix: String) throws {
        // Indentation holds only spaces and indicators, so the text before the tab
        // is ASCII; the multibyte text sits on the lines around it and after it.
        let marked = MarkedText("k\(prefix): \(prefix)x\nlist:\n- - 1️⃣\t\(prefix)x\n")
        let d = try #require(diagnostic(.yamlSyntax, in: marked))
        #expect(d.range?.start == marked.location("1️⃣"))
        #expect(d.notes.contains { $0.message == "YAML does not allow tabs for indentation; use spaces" })
    }

    @Test(arguments: prefixes) func tabAtTheStartOfALine(prefix: String) throws {
        let marked = MarkedText("\(prefix)a: \(prefix)x\n1️⃣\t\(prefix)b: y\n")
        let d = try #require(diagnostic(.yamlSyntax, in: marked))
        #expect(d.range?.start == marked.location("1️⃣"))
        #expect(d.message == "found a tab character that violates indentation")
        #expect(d.notes.contains { $0.message == "YAML does not allow tabs for indentation; use spaces" })
    }

    @Test(arguments: prefixes) func tabAfterIndentationSpaces(prefix: String) throws {
        // libyaml reports the ':' ("mapping values are not allowed"), not the tab;
        // the note must still name the tab in the indentation.
        let marked = MarkedText("\(prefix)a: x\n  \ty1️⃣: \(prefix)\n")
        let d = try #require(diagnostic(.yamlSyntax, in: marked))
        #expect(d.range?.start == marked.location("1️⃣"))
        #expect(d.notes.contains { $0.message == "YAML does not allow tabs for indentation; use spaces" })
    }

    @Test func noTabsNoteWithoutTabs() throws {
        let d = try #require(YAMLTest.compose("a: x\n  y: 1\n").diagnostics.first)
        #expect(d.code == .yamlSyntax)
        #expect(d.notes.allSatisfy { !$0.message.contains("tabs") })
    }

    @Test(arguments: prefixes) func nonScalarKeys(prefix: String) throws {
        let sequenceKey = MarkedText("\(prefix)a: {1️⃣[k]: v}\n")
        let d1 = try #require(diagnostic(.nonScalarKey, in: sequenceKey))
        #expect(d1.range == SourceRange(start: sequenceKey.location("1️⃣"), end: YAMLTest.shifted(sequenceKey.location("1️⃣"), by: 3)))
        #expect(d1.message.hasSuffix("not a list"))

        let mappingKey = MarkedText("\(prefix)a: {1️⃣{k: 1}: v}\n")
        let d2 = try #require(diagnostic(.nonScalarKey, in: mappingKey))
        #expect(d2.range?.start == mappingKey.location("1️⃣"))
        #expect(d2.message.hasSuffix("not a mapping"))

        let explicitKey = MarkedText("\(prefix)a:\n  ? 1️⃣[\(prefix)]\n  : v\n")
        let d3 = try #require(diagnostic(.nonScalarKey, in: explicitKey))
        #expect(d3.range?.start == explicitKey.location("1️⃣"))
    }

    @Test func endOfAFileWithoutAFinalLineBreakIsOnItsLastLine() throws {
        // libyaml puts the end of such a file on the line after the last; positions
        // must stay inside the file so the line can be quoted.
        let marked = MarkedText("a: 1\né🎉: [x, \(YAMLPositionTests.prefixes[3])1️⃣")
        let d = try #require(YAMLTest.compose(marked.text).diagnostics.first)
        #expect(d.range?.start == marked.location("1️⃣"))
        let unclosed = MarkedText("é🎉: 1\nb: 2⟨^⟩")
        let root = try #require(YAMLTest.compose(unclosed.text).root)
        #expect(root.range.end == unclosed.location())
    }

    @Test func rejectedKeysDropTheirValuesAndParsingGoesOn() throws {
        let result = YAMLTest.compose("a: 1\na: 2\n[x]: 3\n<<: {y: 4}\nb: *nope\nc: !!binary aGk=\nd: 5\n")
        #expect(YAMLTest.codes(result) == ["E0007", "E0013", "E0009", "E0012", "E0008"])
        let root = try #require(result.root)
        #expect(YAMLTest.render(root) == "{a: 1, b: , c: aGk=, d: 5}")
    }
}

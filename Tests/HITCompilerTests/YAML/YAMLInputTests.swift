import Testing
@testable import HITCompiler

/// What the composer makes of the raw input: encodings, byte-order marks, line
/// endings, empty and binary files, several documents.
@Suite struct YAMLInputTests {
    /// Ill-formed UTF-8 sequences and what they are.
    static let invalidSequences: [([UInt8], String)] = [
        ([0xFF], "a byte never used in UTF-8"),
        ([0x80], "a lone continuation byte"),
        ([0xC0, 0x80], "an overlong NUL"),
        ([0xE0, 0x80, 0xAF], "an overlong '/'"),
        ([0xED, 0xA0, 0x80], "a UTF-16 surrogate"),
        ([0xF4, 0x90, 0x80, 0x80], "a code point above U+10FFFF"),
        ([0xE5, 0x90], "a truncated 3-byte sequence"),
        ([0xF0, 0x9F, 0x8E], "a truncated 4-byte sequence"),
    ]

    @Test(arguments: invalidSequences)
    func invalidUTF8IsReportedWithItsByteOffsetAndPosition(sequence: [UInt8], what: String) throws {
        let marked = MarkedText("é🎉: ok\n名前: x1️⃣")
        let bytes = Array(marked.text.utf8) + sequence + Array(" y\n".utf8)
        let result = YAMLTest.compose(bytes: bytes)
        #expect(YAMLTest.codes(result) == ["E0003"], "\(what)")
        let d = try #require(result.diagnostics.first)
        #expect(d.message.contains("byte offset \(marked.byteOffset("1️⃣"))"), "\(d.message)")
        #expect(d.range?.start == marked.location("1️⃣"))
        #expect(result.root == nil)
    }

    @Test func invalidUTF8OffsetCountsAByteOrderMark() throws {
        let marked = MarkedText("名前: 1️⃣")
        let result = YAMLTest.compose(bytes: [0xEF, 0xBB, 0xBF] + Array(marked.text.utf8) + [0xFF])
        let d = try #require(result.diagnostics.first)
        #expect(d.message == "invalid UTF-8 at byte offset \(marked.byteOffset("1️⃣") + 3) (byte 0xFF)")
        #expect(d.range?.start == marked.location("1️⃣"))
    }

    @Test func controlCharacterIsASyntaxErrorWithItsByteOffset() throws {
        let marked = MarkedText("é🎉: a1️⃣\u{1}b\n")
        let plain = try #require(YAMLTest.compose(marked.text).diagnostics.first)
        #expect(plain.code == .yamlSyntax)
        #expect(plain.message == "control characters are not allowed (byte offset \(marked.byteOffset("1️⃣")))")
        #expect(plain.range?.start == marked.location("1️⃣"))
        let withMark = try #require(YAMLTest.compose("\u{FEFF}" + marked.text).diagnostics.first)
        #expect(withMark.message == "control characters are not allowed (byte offset \(marked.byteOffset("1️⃣") + 3))")
        #expect(withMark.range?.start == marked.location("1️⃣"))
    }

    @Test func byteOrderMarkIsAcceptedAndDoesNotShiftPositions() throws {
        let text = "a: 1\né🎉: {k: 1, k: 2}\nb: *nope\n"
        let plain = YAMLTest.compose(text)
        let withMark = YAMLTest.compose("\u{FEFF}" + text)
        #expect(YAMLTest.codes(plain) == ["E0007", "E0012"])
        #expect(withMark.diagnostics == plain.diagnostics)
        let root = try #require(withMark.root)
        #expect(YAMLTest.render(root) == "{a: 1, é🎉: {k: 1}, b: }")
        #expect(root.range.start == SourceLocation(line: 1, column: 1))
    }

    /// The same documents written with each line break YAML 1.1 knows.
    static let lineBreaks = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    @Test(arguments: lineBreaks) func lineEndingsGiveTheSamePositionsAsLF(lineBreak: String) throws {
        let documents = [
            "é🎉: 1\nlist:\n  - a\n  - {k: 1, k: 2}\nx: !!binary aGk=\ny: *nope\nz: [1, 2]\n",
            "a: 1\nb:\n  c: [1,\n    2\nd: 3\n",
            "a: 'open\n\nb: 2\n",
            "a: x\n\tb: 1\n",
            "a: |\n  line 1\n  line 2\nb: [\n",
        ]
        for document in documents {
            let lf = YAMLTest.compose(document)
            let other = YAMLTest.compose(document.replacingOccurrences(of: "\n", with: lineBreak))
            #expect(!lf.diagnostics.isEmpty)
            #expect(other.diagnostics.map(\.range) == lf.diagnostics.map(\.range), "\(document.debugDescription)")
            #expect(other.diagnostics.map(\.code) == lf.diagnostics.map(\.code))
            #expect(other.diagnostics.map { $0.notes.map(\.range) } == lf.diagnostics.map { $0.notes.map(\.range) })
        }
    }

    @Test(arguments: lineBreaks) func blockScalarsNormaliseLineBreaks(lineBreak: String) throws {
        let text = "a: |\n  one\n  two\nb: >\n  three\n  four\n".replacingOccurrences(of: "\n", with: lineBreak)
        let root = try #require(YAMLTest.compose(text).root)
        // libyaml turns CRLF, CR and NEL into LF; it keeps LS and PS as they are
        // and so never folds them into a space.
        if lineBreak == "\u{2028}" || lineBreak == "\u{2029}" {
            let b = lineBreak
            #expect(YAMLTest.render(root) == "{a: |one\(b)two\(b), b: >three\(b)four\(b)}")
        } else {
            #expect(YAMLTest.render(root) == "{a: |one\ntwo\n, b: >three four\n}")
        }
    }

    @Test(arguments: ["", " ", "\n\n", "# only a comment\n", "\u{FEFF}", "\u{FEFF}# comment"])
    func emptyFileHasNoDocument(text: String) throws {
        let result = YAMLTest.compose(text)
        #expect(YAMLTest.codes(result) == ["E0005"])
        #expect(result.root == nil)
        #expect(result.diagnostics.first?.range?.start == SourceLocation(line: 1, column: 1))
    }

    @Test(arguments: ["---\n", "~\n", "null\n", "''\n"])
    func aDocumentThatIsNullIsStillADocument(text: String) throws {
        let result = YAMLTest.compose(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.root?.scalar != nil)
    }

    @Test func secondDocumentIsRejectedWhereItStarts() throws {
        let cases = [
            MarkedText("é🎉: 1\n1️⃣---\nb: 2\n"),
            MarkedText("--- é🎉\n1️⃣--- b\n"),
            MarkedText("a: 1\n...\n1️⃣---\nb: 2\n"),
            MarkedText("a: 1\n1️⃣--- !!binary x\n"),
        ]
        for marked in cases {
            let result = YAMLTest.compose(marked.text)
            #expect(YAMLTest.codes(result) == ["E0006"], "\(marked.text.debugDescription)")
            #expect(result.diagnostics.first?.range?.start == marked.location("1️⃣"))
            #expect(result.diagnostics.first?.range?.end == YAMLTest.shifted(marked.location("1️⃣"), by: 3))
        }
    }

    @Test func explicitDocumentMarkersAroundOneDocumentAreFine() throws {
        let result = YAMLTest.compose("%YAML 1.1\n---\na: 1\n...\n# trailing comment\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.root.map(YAMLTest.render) == "{a: 1}")
    }
}

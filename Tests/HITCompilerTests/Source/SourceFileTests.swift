import Testing
@testable import HITCompiler

/// `SourceFile`'s line table and positions, checked against `MarkedText` and
/// against the lines and columns libyaml itself reports.
@Suite struct SourceFileTests {
    static let lineBreaks = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    @Test(arguments: lineBreaks) func linesSplitAtEveryLineBreakKind(lineBreak: String) {
        let source = SourceFile(path: "t", text: ["one", "二", "", "🎉 three"].joined(separator: lineBreak))
        #expect(source.lineCount == 4)
        #expect((1...4).map { source.lineText($0) } == ["one", "二", "", "🎉 three"])
        #expect(source.lineText(0) == nil)
        #expect(source.lineText(5) == nil)
        let ending = SourceFile(path: "t", text: "a" + lineBreak)
        #expect(ending.lineCount == 2)
        #expect(ending.lineText(1) == "a")
        #expect(ending.lineText(2) == "")
    }

    @Test func mixedLineBreaks() {
        let source = SourceFile(path: "t", text: "a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g\r\r\nh")
        #expect((1...source.lineCount).map { source.lineText($0) } == ["a", "b", "c", "d", "e", "f", "g", "", "h"])
    }

    @Test func emptyFileHasOneEmptyLine() {
        let source = SourceFile(path: "t", bytes: [])
        #expect(source.lineCount == 1)
        #expect(source.lineText(1) == "")
        #expect(source.location(ofByte: 0) == SourceLocation(line: 1, column: 1))
        #expect(source.byteOffset(of: SourceLocation(line: 1, column: 1)) == 0)
    }

    @Test(arguments: lineBreaks) func locationOfByteMatchesMarkers(lineBreak: String) {
        let template = "1️⃣é🎉: 2️⃣x\n名前:\n  - 3️⃣🇫🇷 e\u{301}4️⃣!\n\n5️⃣"
        let marked = MarkedText(template.replacingOccurrences(of: "\n", with: lineBreak))
        let source = marked.sourceFile()
        for name in ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"] {
            #expect(source.location(ofByte: marked.byteOffset(name)) == marked.location(name), "\(name)")
            #expect(source.byteOffset(of: marked.location(name)) == marked.byteOffset(name), "\(name)")
        }
    }

    @Test func locationAndOffsetClamp() {
        let source = SourceFile(path: "t", text: "ab\ncd")
        #expect(source.location(ofByte: -5) == SourceLocation(line: 1, column: 1))
        #expect(source.location(ofByte: 99) == SourceLocation(line: 2, column: 3))
        #expect(source.byteOffset(of: SourceLocation(line: 1, column: 9)) == 2)
        #expect(source.byteOffset(of: SourceLocation(line: 3, column: 1)) == nil)
        #expect(source.byteOffset(of: SourceLocation(line: 0, column: 1)) == nil)
        #expect(source.clamped(SourceLocation(line: 3, column: 1)) == SourceLocation(line: 2, column: 3))
        #expect(source.clamped(SourceLocation(line: 2, column: 2)) == SourceLocation(line: 2, column: 2))
    }

    @Test func byteOrderMarkIsRemoved() {
        let source = SourceFile(path: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb".utf8))
        #expect(source.bytes == Array("a: 1\nb".utf8))
        #expect(source.byteOrderMarkLength == 3)
        #expect(source.lineText(1) == "a: 1")
        #expect(source.location(ofByte: 5) == SourceLocation(line: 2, column: 1))
        #expect(SourceFile(path: "t", text: "a").byteOrderMarkLength == 0)
    }

    /// For every kind of line break, the lines and columns of libyaml's events,
    /// `SourceFile` and `MarkedText` agree, and `lineText` quotes the right line.
    @Test(arguments: lineBreaks) func agreesWithLibYAMLLineNumbers(lineBreak: String) throws {
        let template = "é🎉: 1\n1️⃣b: [2️⃣x,\n  3️⃣名前]\n# 🇫🇷 comment\n4️⃣c: 5️⃣'q'\nd: |\n  text\n  more\n6️⃣e: \"a\n  b\"\n"
        let marked = MarkedText(template.replacingOccurrences(of: "\n", with: lineBreak))
        let source = marked.sourceFile()
        let events = try YAMLTest.events(marked.text)
        for (value, name) in [("b", "1️⃣"), ("x", "2️⃣"), ("名前", "3️⃣"), ("c", "4️⃣"), ("q", "5️⃣"), ("e", "6️⃣")] {
            let event = try #require(YAMLTest.scalarEvent(value, in: events), "\(value)")
            #expect(event.range.start == marked.location(name), "\(value)")
            #expect(source.location(ofByte: marked.byteOffset(name)) == event.range.start, "\(value)")
            #expect(source.lineText(event.range.start.line)?.contains(value) == true, "\(value)")
        }
    }

    /// libyaml's marks count Unicode scalars: not bytes, and not grapheme clusters
    /// (a flag, a combining accent and a ZWJ sequence are one Character, several scalars).
    @Test(arguments: [
        ("a", 1, 1, 1), ("é", 1, 2, 1), ("名", 1, 3, 1), ("🎉", 1, 4, 1),
        ("🇫🇷", 2, 8, 1), ("e\u{301}", 2, 3, 1), ("👩‍💻", 3, 11, 1), ("\t", 1, 1, 1),
    ])
    func libYAMLColumnsCountUnicodeScalars(prefix: String, scalars: Int, bytes: Int, characters: Int) throws {
        #expect(prefix.unicodeScalars.count == scalars)
        #expect(prefix.utf8.count == bytes)
        #expect(prefix.count == characters)
        // In a flow sequence the prefix is part of the first item, and a tab is allowed.
        let marked = MarkedText("[x\(prefix), 1️⃣v]")
        let event = try #require(YAMLTest.scalarEvent("v", in: YAMLTest.events(marked.text)))
        #expect(event.range.start == marked.location("1️⃣"))
        #expect(event.range.start.column == 5 + scalars)
        // The composer and SourceFile use the same unit.
        #expect(marked.sourceFile().location(ofByte: marked.byteOffset("1️⃣")).column == 5 + scalars)
    }
}

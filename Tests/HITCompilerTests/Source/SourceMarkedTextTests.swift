import Testing
import HITCompiler

/// The marker helper itself: markers removed, positions in scalars, YAML line breaks.
@Suite struct SourceMarkedTextTests {
    @Test func markersAreRemovedAndLocated() {
        let marked = MarkedText("1️⃣a: é🎉2️⃣\n名前: ⟨^⟩x3️⃣")
        #expect(marked.text == "a: é🎉\n名前: x")
        #expect(marked.location("1️⃣") == SourceLocation(line: 1, column: 1))
        #expect(marked.location("2️⃣") == SourceLocation(line: 1, column: 6))
        #expect(marked.location() == SourceLocation(line: 2, column: 5))
        #expect(marked.location("3️⃣") == SourceLocation(line: 2, column: 6))
        #expect(marked.byteOffset("2️⃣") == 9)
        #expect(marked.byteOffset() == 18)
    }

    @Test func columnsCountScalarsAndEveryYAMLLineBreakEndsALine() {
        let marked = MarkedText("🇫🇷e\u{301}1️⃣\r\n2️⃣\r3️⃣\u{85}4️⃣\u{2028}5️⃣\u{2029}6️⃣")
        #expect(marked.location("1️⃣") == SourceLocation(line: 1, column: 5))
        #expect((2...6).map { marked.location("\($0)\u{FE0F}\u{20E3}").line } == [2, 3, 4, 5, 6])
    }

    @Test func digitsNextToMarkersStayText() {
        let marked = MarkedText("12️⃣3")
        #expect(marked.text == "13")
        #expect(marked.location("2️⃣").column == 2)
    }
}

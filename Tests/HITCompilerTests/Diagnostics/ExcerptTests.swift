import Testing
@testable import HITCompiler

/// Quoting a line costs the same however long the line is: a line of at most
/// `SourceExcerpt.maxColumns` columns is quoted whole (as before), a longer one
/// as a window around the caret; columns deep in a long line are found from the
/// line's column marks, and agree with counting from the line's start.
@Suite struct ExcerptTests {
    static func render(_ text: String, line: Int = 1, column: Int, length: Int = 1) -> String {
        let source = SourceFile(path: "s.yaml", text: text)
        let d = Diagnostic(.unknownKey, "m", file: "s.yaml", range: SourceRange(line: line, column: column, length: length))
        return TextRenderer().render([d], sources: ["s.yaml": source])
    }

    @Test func aLineOfTwoHundredColumnsIsQuotedWhole() {
        let line = String(repeating: "é", count: 199) + "x"
        #expect(Self.render(line, column: 200) == """
            s.yaml:1:200: error: m [E0103]
               1 | \(line)
                 | \(String(repeating: " ", count: 199))^

            """)
        #expect(SourceFile(path: "s", text: line).excerpt(line: 1, around: 200)
                == SourceExcerpt(text: line, firstColumn: 1, clippedBefore: false, clippedAfter: false))
    }

    @Test func aLongLineShowsAWindowAroundTheCaret() {
        // Column n holds the digit n % 10, so the window's text shows where it starts.
        let line = String((1...5000).map { Character(String($0 % 10)) })
        let excerpt = SourceFile(path: "s", text: line).excerpt(line: 1, around: 3000)
        #expect(excerpt?.firstColumn == 2950)
        #expect(excerpt?.text == String(line.dropFirst(2949).prefix(200)))
        #expect(excerpt?.clippedBefore == true)
        #expect(excerpt?.clippedAfter == true)
        let window = String(line.dropFirst(2949).prefix(200))
        #expect(Self.render(line, column: 3000, length: 3) == """
            s.yaml:1:3000: error: m [E0103]
               1 | …\(window)…
                 | \(String(repeating: " ", count: 51))^~~

            """)
    }

    @Test func aLongLineQuotedNearItsStartKeepsTheStart() {
        let line = String(repeating: "ab", count: 2000)
        let excerpt = SourceFile(path: "s", text: line + "\nnext").excerpt(line: 1, around: 150)
        #expect(excerpt == SourceExcerpt(text: String(line.prefix(200)), firstColumn: 1, clippedBefore: false, clippedAfter: true))
    }

    @Test func aCaretPastTheEndOfALongLineShowsItsEnd() {
        let line = String(repeating: "x", count: 3000) + "END"
        let excerpt = SourceFile(path: "s", text: line).excerpt(line: 1, around: 99_999)
        #expect(excerpt?.firstColumn == 2954)
        #expect(excerpt?.text.hasSuffix("END") == true)
        #expect(excerpt?.clippedAfter == false)
        // The caret sits just past the last character, like on a short line.
        let rendered = Self.render(line, column: 3004)
        #expect(rendered.hasSuffix("xEND\n     | " + String(repeating: " ", count: 51) + "^\n"), "\(rendered)")
    }

    @Test func aRangeRunningOffTheWindowEndsAtTheWindow() {
        let line = String(repeating: "y", count: 1000)
        let rendered = Self.render(line, column: 100, length: 500)
        #expect(rendered.hasSuffix("     | " + String(repeating: " ", count: 99) + "^" + String(repeating: "~", count: 100) + "\n"),
                "\(rendered)")
    }

    @Test(arguments: ["\n", "\r\n", "\u{2028}"])
    func columnsDeepInLongLinesAgreeWithCountingFromTheStart(lineBreak: String) {
        // Long lines of mixed widths (1, 2, 3 and 4 UTF-8 bytes), around short ones.
        let pieces = ["a", "é", "名", "🎉"]
        let long = (0..<5000).map { pieces[($0 * 7 + $0 / 3) % 4] }.joined()
        let lines = ["short", long, "", long + "z", "end"]
        let source = SourceFile(path: "t", text: lines.joined(separator: lineBreak))
        var lineStart = 0
        for (index, line) in lines.enumerated() {
            // starts[k]: the file offset of the line's (k+1)-th scalar; the last entry is the line's end.
            var starts = [lineStart]
            for scalar in line.unicodeScalars { starts.append(starts.last! + String(scalar).utf8.count) }
            for k in 0..<starts.count where k % 97 == 0 || k > starts.count - 10 {
                let location = SourceLocation(line: index + 1, column: k + 1)
                #expect(source.byteOffset(of: location) == starts[k], "line \(index + 1) column \(k + 1)")
                #expect(source.location(ofByte: starts[k]) == location, "byte \(starts[k])")
            }
            // A column past the end gives the line's end.
            #expect(source.byteOffset(of: SourceLocation(line: index + 1, column: starts.count + 5)) == starts.last!)
            lineStart = starts.last! + lineBreak.utf8.count
        }
    }
}

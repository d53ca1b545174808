import Foundation
import Testing
@testable import HITCompiler

/// Untrusted bytes never reach the terminal raw: every renderer escapes control
/// characters, C1 controls and bidirectional overrides in messages, notes, file
/// names and quoted lines, and keeps the caret under the right character.
@Suite struct TerminalTextTests {
    /// The bytes no diagnostic output may hold: ESC and BEL.
    static func expectNoESCOrBEL(_ text: String, _ what: String) {
        #expect(!text.utf8.contains(0x1B), "raw ESC in \(what): \(text)")
        #expect(!text.utf8.contains(0x07), "raw BEL in \(what): \(text)")
    }

    @Test func everyTerminalControlGetsAReadableEscape() {
        let text = "a\u{0}b\u{7}c\u{8}d\t\n\r\u{1B}[2J\u{7F}e\u{85}\u{9B}f\u{202A}\u{202E}\u{2066}\u{2069}g\u{2028}\u{2029}"
        #expect(TerminalText.escaped(text)
                == #"a\0b\x07c\x08d\t\n\r\e[2J\x7Fe\u{0085}\u{009B}f\u{202A}\u{202E}\u{2066}\u{2069}g\u{2028}\u{2029}"#)
        #expect(TerminalText.needsEscaping(text))
    }

    @Test func printableTextIsLeftAlone() {
        // Non-ASCII letters, emoji, U+00A0 and the bidi marks that are not overrides stay.
        let text = "é 名前 👍🏽 \u{A0}\u{200E}\u{202F}\u{2065}\u{206A} \\e"
        #expect(!TerminalText.needsEscaping(text))
        #expect(TerminalText.escaped(text) == text)
    }

    @Test func textRendererEscapesEveryPartAndKeepsTheCaretUnderItsCharacter() {
        let source = SourceFile(path: "s\u{1B}.csv", text: "id,v\na\u{1B}[2J\u{7},bad\u{9B}\n")
        let d = Diagnostic(.invalidFieldValue, "'bad\u{9B}' after \u{1B}[2J\u{7}", file: "s\u{1B}.csv",
                           range: SourceRange(line: 2, column: 8, length: 4),
                           notes: [DiagnosticNote("see \u{202E}here")],
                           fixIts: [FixIt(range: SourceRange(line: 2, column: 8, length: 4), replacement: "x\u{7}")])
        let out = TextRenderer().render([d], sources: [d.file: source])
        #expect(out == """
            s\\e.csv:2:8: error: 'bad\\u{009B}' after \\e[2J\\x07 [E0407]
               2 | a\\e[2J\\x07,bad\\u{009B}
                 |            ^~~~~~~~~~~
              note: see \\u{202E}here
              fix-it: replace with 'x\\x07'

            """)
        Self.expectNoESCOrBEL(out, "text")
    }

    @Test func jsonEscapesC1AndBidiAndDecodesToTheSameText() throws {
        let message = "x\u{1B}[2J\u{7}\u{7F}\u{9B}31m\u{202E}evil"
        let d = Diagnostic(.invalidWorkerAnswer, message, file: "r.csv", range: SourceRange(line: 2, column: 1))
        let json = JSONRenderer().render([d])
        for scalar in json.unicodeScalars {
            #expect(TerminalText.escape(of: scalar) == nil || scalar == "\n", "raw U+\(String(scalar.value, radix: 16)) in JSON")
        }
        #expect(json.contains(#"\u007F\u009B31m\u202Eevil"#), "\(json)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["message"] as? String == message)
    }

    @Test func gitHubEscapesMessagesNotesAndFileNames() {
        let d = Diagnostic(.invalidWorkerAnswer, "bad \u{1B}[2J\u{7} answer", file: "r\u{7}.csv",
                           range: SourceRange(line: 3, column: 17), notes: [DiagnosticNote("\u{9B}31m")])
        let out = GitHubRenderer().render([d])
        #expect(out == "::error file=r\\x07.csv,line=3,col=17,endColumn=18,title=hitc E0502::"
                + "bad \\e[2J\\x07 answer [E0502]%0Anote: \\u{009B}31m\n")
        Self.expectNoESCOrBEL(out, "github")
    }

    // MARK: through the binary

    @Test func rawControlBytesInASpecAreEscapedInTheQuotedLine() throws {
        let folder = Paths.temporaryDirectory()
        try Data("hitc: 1\ntitle: a\u{1B}[2J\u{7}b\n".utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        let out = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr == """
            spec.yaml:2:9: error: control characters are not allowed (byte offset 16) [E0004]
               2 | title: a\\e[2J\\x07b
                 |         ^~

            """)
        Self.expectNoESCOrBEL(out.stderr, "stderr")
    }

    @Test func controlBytesInASampleCSVValueAreEscaped() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        let csv = folder.appendingPathComponent("data/sample.csv")
        var lines = try String(contentsOf: csv, encoding: .utf8).components(separatedBy: "\n")
        lines[2] = "a2,\"milk\u{1B}[2J\u{7}\",Horizon Organic,https://img.example.com/1.jpg,Horizon,abc\u{7},dairy,"
        try lines.joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
        let out = try runHITC(["check", "--quiet", "spec.yaml"], in: folder)
        #expect(out.status == 1)
        let expected = """
            data/sample.csv:3:4: error: row 2, field 'query': 'milk\\e[2J\\x07' holds U+001B, a character XML 1.0 forbids: \
            MTurk's question XML and the pages cannot carry it; remove it [E0407]
               3 | a2,"milk\\e[2J\\x07",Horizon Organic,https://img.example.com/1.jpg,Horizon,abc\\x07,dairy,
                 |    ^~~~~~~~~~~~~~~
            data/sample.csv:3:70: error: row 2, field 'price': 'abc\\x07' is not a number [E0407]
               3 | a2,"milk\\e[2J\\x07",Horizon Organic,https://img.example.com/1.jpg,Horizon,abc\\x07,dairy,
                 |                                                                          ^~~~~~~

            """
        #expect(out.stderr == expected, "\(out.stderr)")
        Self.expectNoESCOrBEL(out.stderr, "stderr")
        for format in ["json", "github"] {
            let formatted = try runHITC(["check", "--quiet", "--diagnostics-format", format, "spec.yaml"], in: folder)
            #expect(formatted.status == 1)
            #expect(formatted.stdout.contains("E0407"))
            Self.expectNoESCOrBEL(formatted.stdout, format)
        }
    }

    @Test func controlBytesInAResultsAnswerAreEscaped() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        try "item,worker,question,answer\na1,w1,relevance,exact\na1,w2,relevance,\u{1B}[2J\u{7}\n"
            .write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "agg"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("""
            r.csv:3:17: error: row 2, answer to 'relevance': '\\e[2J\\x07' is not an option of 'relevance'
            """), "\(out.stderr)")
        #expect(out.stderr.contains("""
               3 | a1,w2,relevance,\\e[2J\\x07
                 |                 ^~~~~~~~~

            """), "\(out.stderr)")
        Self.expectNoESCOrBEL(out.stderr, "stderr")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path))
    }
}

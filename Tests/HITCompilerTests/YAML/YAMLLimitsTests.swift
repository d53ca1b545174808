import Testing
@testable import HITCompiler

/// The composer's bounds: alias expansion, nesting depth and input size stop
/// hostile input with a diagnostic, without expanding it and without
/// exhausting the stack. (Time and memory are measured in bench/, not here.)
@Suite struct YAMLLimitsTests {
    /// The classic billion laughs: 9 levels of 9 aliases each (9^9 nodes if expanded).
    static let billionLaughs: String = {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    @Test func billionLaughsStopsAtTheAliasBudget() throws {
        // Expanding for real would need tens of gigabytes: the test would not finish.
        let result = YAMLTest.compose(Self.billionLaughs)
        #expect(YAMLTest.codes(result) == ["E0010"])
        let d = try #require(result.diagnostics.first)
        #expect(d.range?.start.line == 5, "the first alias that crosses 10,000 nodes is on the line of 'e'")
    }

    @Test func aliasBudgetCountsNestedNodes() {
        // [1, 2, 3] is 4 nodes; three aliases to it add 12.
        let text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"
        #expect(YAMLTest.codes(YAMLTest.compose(text, limits: YAMLLimits(maxAliasExpansion: 12))) == [])
        let over = YAMLTest.compose(text, limits: YAMLLimits(maxAliasExpansion: 11))
        #expect(YAMLTest.codes(over) == ["E0010"])
        #expect(over.diagnostics.first?.range?.start == SourceLocation(line: 2, column: 13))
    }

    @Test(arguments: [
        ("[", 100_000),
        ("{a: ", 100_000),
        ("- ", 100_000),
        ("a:\n", 1_000),
    ])
    func deepNestingIsRejectedWithoutStackOverflow(unit: String, count: Int) throws {
        var text = String(repeating: unit, count: count)
        if unit == "a:\n" {
            // Block mappings need growing indentation.
            text = (0..<count).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
        }
        let result = YAMLTest.compose(text)
        #expect(YAMLTest.codes(result) == ["E0011"])
        #expect(result.root == nil)
    }

    @Test func nestingUpToTheLimitIsAccepted() {
        let depth = YAMLLimits.default.maxDepth
        let atLimit = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(YAMLTest.codes(YAMLTest.compose(atLimit)) == [])
        let overLimit = "[" + atLimit + "]"
        let result = YAMLTest.compose(overLimit)
        #expect(YAMLTest.codes(result) == ["E0011"])
        #expect(result.diagnostics.first?.range?.start == SourceLocation(line: 1, column: depth + 1))
    }

    @Test func fiftyMegabytesAreRejectedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        let result = YAMLTest.compose(bytes: bytes)
        #expect(YAMLTest.codes(result) == ["E0002"])
        #expect(result.diagnostics.first?.message == "file is 50000000 bytes; the limit is 8388608 bytes")
        #expect(result.root == nil)
    }

    @Test func defaultSizeLimitIsEightMebibytes() {
        #expect(YAMLLimits.default.maxInputBytes == 8 << 20)
        // A comment line filling the file exactly: accepted (no document in it).
        let exactly = [UInt8]("# ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: (8 << 20) - 2)
        #expect(YAMLTest.codes(YAMLTest.compose(bytes: exactly)) == ["E0005"])
        #expect(YAMLTest.codes(YAMLTest.compose(bytes: exactly + [0x0A])) == ["E0002"])
    }

    @Test func configuredSizeLimitCountsAByteOrderMark() {
        let limits = YAMLLimits(maxInputBytes: 10)
        #expect(YAMLTest.codes(YAMLTest.compose("a: 1234567", limits: limits)) == [])
        #expect(YAMLTest.codes(YAMLTest.compose("a: 12345678", limits: limits)) == ["E0002"])
        #expect(YAMLTest.codes(YAMLTest.compose("a: 12345", limits: limits)) == [])
        #expect(YAMLTest.codes(YAMLTest.compose("\u{FEFF}a: 12345", limits: limits)) == ["E0002"])
    }
}

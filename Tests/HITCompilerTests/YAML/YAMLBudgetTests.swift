import Testing
@testable import HITCompiler

/// The composer's bounds that keep every later stage's memory and time small:
/// a node limit (E0015), a budget of text that aliases may add (E0010), and at
/// most 200 kept diagnostics with one summary counting the rest.
@Suite struct YAMLBudgetTests {
    @Test func theNodeLimitStopsComposingAtTheFirstNodeOverIt() throws {
        // The root mapping, hitc and 1, keywords, the list and its three items: 8 nodes.
        let text = "hitc: 1\nkeywords: [a, b, c]\n"
        #expect(YAMLTest.codes(YAMLTest.compose(text, limits: YAMLLimits(maxNodes: 7))) == ["E0015"])
        #expect(YAMLTest.codes(YAMLTest.compose(text, limits: YAMLLimits(maxNodes: 8))) == [])
        let over = YAMLTest.compose(text, limits: YAMLLimits(maxNodes: 7))
        #expect(over.root == nil)
        let d = try #require(over.diagnostics.first)
        #expect(d.range?.start == SourceLocation(line: 2, column: 18), "at 'c', the eighth node")
        #expect(d.message == "the spec has more than 7 YAML nodes (keys, values, lists and mappings); refusing to read further")
        #expect(YAMLLimits.default.maxNodes == 100_000)
    }

    @Test func theNodeLimitCountsExpandedAliases() {
        // The root, a, [1, 2] (3 nodes), b and *x (3 more): 9 nodes.
        let text = "a: &x [1, 2]\nb: *x\n"
        #expect(YAMLTest.codes(YAMLTest.compose(text, limits: YAMLLimits(maxNodes: 9))) == [])
        #expect(YAMLTest.codes(YAMLTest.compose(text, limits: YAMLLimits(maxNodes: 8))) == ["E0015"])
    }

    @Test func aliasesMayAddAtMostAMebibyteOfText() throws {
        let long = String(repeating: "x", count: 300_000)
        let three = "a: &t \(long)\nb: [*t, *t, *t]\n"
        #expect(YAMLTest.codes(YAMLTest.compose(three)) == [])
        let four = "a: &t \(long)\nb: [*t, *t, *t, *t]\n"
        let result = YAMLTest.compose(four)
        #expect(YAMLTest.codes(result) == ["E0010"])
        let d = try #require(result.diagnostics.first)
        #expect(d.message == "aliases expand to more than 1048576 bytes of text; refusing to expand further")
        #expect(d.range?.start == SourceLocation(line: 2, column: 17), "at the fourth alias")
        // Keys count too: an aliased key is text that messages quote.
        let keys = "a: &k \(long)\nb:\n" + (0..<4).map { _ in "  - {*k : 1}\n" }.joined()
        #expect(YAMLTest.codes(YAMLTest.compose(keys)) == ["E0010"])
    }

    @Test func theComposerKeepsTwoHundredDiagnosticsAndCountsTheRest() throws {
        let text = "x:\n" + (0..<300).map { _ in "  - {a: 1, a: 2}\n" }.joined()
        let result = YAMLTest.compose(text)
        #expect(result.diagnostics.count == 201)
        #expect(result.diagnostics.prefix(200).allSatisfy { $0.code == DiagnosticCode.duplicateKey })
        #expect(result.diagnostics.prefix(200).map { $0.range!.start.line } == Array(2...201), "the first 200, in order")
        let last = try #require(result.diagnostics.last)
        #expect(last.code == .duplicateKey)
        #expect(last.range == nil)
        #expect(last.message == "100 more problems in this file not shown (E0007 ×100); only the first 200 are listed")
    }

    @Test func theProblemThatStopsReadingIsKeptPastTheLimit() throws {
        let text = "x:\n" + (0..<250).map { _ in "  - {a: 1, a: 2}\n" }.joined() + "  - [unclosed\n"
        let result = YAMLTest.compose(text)
        #expect(result.diagnostics.count == 202)
        #expect(result.diagnostics[200].message == "50 more problems in this file not shown (E0007 ×50); only the first 200 are listed")
        let last = try #require(result.diagnostics.last)
        #expect(last.code == .yamlSyntax)
        #expect(last.range?.start.line == 253)
    }
}

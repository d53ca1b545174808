import Testing
@testable import HITCompiler

/// The tree the composer builds: scalar styles, nulls, tags, aliases, ranges.
@Suite struct YAMLNodeTests {
    private func root(_ text: String) throws -> YAMLNode {
        let result = YAMLTest.compose(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        return try #require(result.root)
    }

    private func value(_ text: String, _ key: String = "v") throws -> YAMLNode {
        guard case .mapping(let pairs) = try root(text).kind,
              let pair = pairs.first(where: { $0.key == key }) else {
            Issue.record("no key \(key) in \(text.debugDescription)")
            throw CancellationError()
        }
        return pair.value
    }

    @Test(arguments: [
        ("v: plain text", "plain text", ScalarStyle.plain),
        ("v: 'it''s'", "it's", .singleQuoted),
        ("v: \"tab\\there \\u00e9\"", "tab\there é", .doubleQuoted),
        ("v: |\n  one\n   two\n", "one\n two\n", .literal),
        ("v: |-\n  one\n", "one", .literal),
        ("v: >\n  one\n  two\n\n  three\n", "one two\nthree\n", .folded),
        ("v: >+\n  one\n\n", "one\n\n", .folded),
        ("v:\n  multi\n  line plain\n", "multi line plain", .plain),
    ])
    func scalarStylesArePreserved(text: String, expected: String, style: ScalarStyle) throws {
        let node = try value(text)
        #expect(node.scalar == expected)
        #expect(node.style == style)
        #expect(node.tag == nil)
    }

    @Test(arguments: [
        ("v:", true), ("v: ~", true), ("v: null", true), ("v: Null", true), ("v: NULL", true),
        ("v: !!null null", true), ("v: !!null", true),
        ("v: nUll", false), ("v: 'null'", false), ("v: \"\"", false), ("v: ''", false),
        ("v: !!str null", false), ("v: !!str", false), ("v: ! null", false), ("v: ! ~", false),
        ("v: |\n  null\n", false), ("v: none", false), ("v: 0", false), ("v: false", false),
        ("v: []", false), ("v: {}", false),
    ])
    func isNullFollowsTheCoreSchema(text: String, isNull: Bool) throws {
        #expect(try value(text).isNull == isNull)
    }

    @Test(arguments: [
        ("v: !!str 1", "!!str"), ("v: !!int 1", "!!int"), ("v: !!float 1", "!!float"),
        ("v: !!bool yes", "!!bool"), ("v: !!null ~", "!!null"), ("v: !!map {a: 1}", "!!map"),
        ("v: !!seq [1]", "!!seq"), ("v: !<tag:yaml.org,2002:str> 1", "!!str"),
        ("v: ! 1", "!!str"), ("v: ! [1]", nil), ("v: ! {a: 1}", nil), ("v: 1", nil),
    ] as [(String, String?)])
    func coreTagsAreKeptInShortForm(text: String, tag: String?) throws {
        #expect(try value(text).tag == tag)
    }

    @Test(arguments: [
        ("v: !!binary aGk=", "!!binary"), ("v: !!timestamp 2001-12-14", "!!timestamp"),
        ("v: !!set {a}", "!!set"), ("v: !!omap [a: 1]", "!!omap"), ("v: !!str [1]", "!!str"),
        ("v: !!map [1]", "!!map"), ("v: !!seq {a: 1}", "!!seq"), ("v: !!int {a: 1}", "!!int"),
        ("v: !local x", "!local"), ("v: !<tag:example.com,2000:x> x", "!<tag:example.com,2000:x>"),
        ("%TAG !e! tag:example.com,2000:app/\n---\nv: !e!foo x", "!<tag:example.com,2000:app/foo>"),
    ])
    func otherTagsAreReportedAsWritten(text: String, written: String) throws {
        let result = YAMLTest.compose(text)
        #expect(YAMLTest.codes(result) == ["E0008"])
        #expect(result.diagnostics.first?.message.hasPrefix("tag '\(written)' is not supported") == true,
                "\(result.diagnostics.first?.message ?? "")")
    }

    @Test func aliasCopiesTheAnchoredNode() throws {
        let marked = MarkedText("base: &b {x: 1, y: [a, 'b']}\ncopy: 1️⃣*b2️⃣\nscalar: &s 'q'\nagain: *s\n")
        let tree = try root(marked.text)
        #expect(YAMLTest.render(tree) == "{base: {x: 1, y: [a, 'b']}, copy: {x: 1, y: [a, 'b']}, scalar: 'q', again: 'q'}")
        guard case .mapping(let pairs) = tree.kind else { Issue.record("not a mapping"); return }
        // The copy's own range is the alias; what is inside keeps the anchored text's ranges.
        #expect(pairs[1].value.range == SourceRange(start: marked.location("1️⃣"), end: marked.location("2️⃣")))
        guard case .mapping(let inner) = pairs[1].value.kind, case .mapping(let original) = pairs[0].value.kind else {
            Issue.record("copy is not a mapping")
            return
        }
        #expect(inner.map(\.keyRange) == original.map(\.keyRange))
        #expect(pairs[3].value.style == .singleQuoted)
    }

    @Test func anAnchorCanBeRedefined() throws {
        let tree = try root("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
        #expect(YAMLTest.render(tree) == "{a: 1, b: 1, c: 2, d: 2}")
    }

    @Test func anAliasInsideItsOwnAnchorIsUndefined() throws {
        // The anchor names the node once it is complete, so there are no cycles.
        let result = YAMLTest.compose("a: &x [1, *x]\n")
        #expect(YAMLTest.codes(result) == ["E0012"])
    }

    @Test func rangesCoverTheNode() throws {
        let marked = MarkedText("1️⃣é🎉: 2️⃣{k: 3️⃣[1, 2]4️⃣}5️⃣\n")
        let tree = try root(marked.text)
        guard case .mapping(let pairs) = tree.kind, case .mapping(let inner) = pairs[0].value.kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect(pairs[0].keyRange == SourceRange(start: marked.location("1️⃣"), end: YAMLTest.shifted(marked.location("1️⃣"), by: 2)))
        #expect(pairs[0].value.range == SourceRange(start: marked.location("2️⃣"), end: marked.location("5️⃣")))
        #expect(inner[0].value.range == SourceRange(start: marked.location("3️⃣"), end: marked.location("4️⃣")))
    }

    @Test func mappingOrderIsKept() throws {
        let tree = try root("z: 1\na: 2\nm: 3\n")
        #expect(YAMLTest.render(tree) == "{z: 1, a: 2, m: 3}")
    }

    @Test func quotedAndPlainKeysAreTheSameKey() {
        #expect(YAMLTest.codes(YAMLTest.compose("a: 1\n'a': 2\n\"a\": 3\n")) == ["E0007", "E0007"])
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        #expect(YAMLTest.render(try root("'<<': 1\n")) == "{<<: 1}")
    }

    @Test func shapeDescriptions() throws {
        let tree = try root("a: [1]\nb: {c: 1}\nd: x\ne:\n")
        guard case .mapping(let pairs) = tree.kind else { return }
        #expect(pairs.map(\.value.shapeDescription) == ["a list", "a mapping", "a scalar", "an empty value"])
    }
}

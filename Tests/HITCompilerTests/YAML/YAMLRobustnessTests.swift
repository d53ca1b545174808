import Testing
@testable import HITCompiler

/// Binary and random input: the composer reports an error and never crashes,
/// and every position it reports lies inside the file.
@Suite struct YAMLRobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Checks that every diagnostic points inside `source`: an existing line, and
    /// a column at most one past that line's last scalar.
    private func expectPositionsInside(_ result: YAMLComposer.Result, _ source: SourceFile) {
        for d in result.diagnostics {
            for range in [d.range] + d.notes.map(\.range) {
                guard let range else { continue }
                let line = source.lineText(range.start.line)
                #expect(line != nil, "\(d.code.rawValue) at line \(range.start.line) of \(source.lineCount)")
                if let line {
                    #expect(range.start.column >= 1 && range.start.column <= line.unicodeScalars.count + 1,
                            "\(d.code.rawValue) \(d.message) at \(range.start) in \(line.debugDescription)")
                }
            }
        }
    }

    /// Checks that a node and everything in it has a range inside `source`.
    private func expectRangesInside(_ node: YAMLNode, _ source: SourceFile) {
        for location in [node.range.start, node.range.end] {
            #expect(location.line >= 1 && location.line <= source.lineCount, "\(YAMLTest.render(node)) at \(location)")
        }
        switch node.kind {
        case .scalar: break
        case .sequence(let items): items.forEach { expectRangesInside($0, source) }
        case .mapping(let pairs): pairs.forEach { expectRangesInside($0.value, source) }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func shuffledBytesAreAnError(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        let all = (0...255).map { UInt8($0) }.shuffled(using: &generator)
        let ascii = (0...127).map { UInt8($0) }.shuffled(using: &generator)
        for bytes in [all, ascii] {
            let source = SourceFile(path: "binary", bytes: bytes)
            let result = YAMLComposer().compose(source)
            #expect(result.diagnostics.contains { $0.severity == .error })
            #expect(result.root == nil)
            expectPositionsInside(result, source)
        }
    }

    @Test func pngHeaderIsInvalidUTF8AtTheFirstByte() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
                            0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
                            0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89]
        let result = YAMLTest.compose(bytes: png)
        #expect(YAMLTest.codes(result) == ["E0003"])
        #expect(result.diagnostics.first?.message == "invalid UTF-8 at byte offset 0 (byte 0x89)")
        #expect(result.diagnostics.first?.range?.start == SourceLocation(line: 1, column: 1))
    }

    @Test func otherBinaryHeaders() {
        let headers: [[UInt8]] = [
            [0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00],  // UTF-16LE with a byte-order mark
            [0x1F, 0x8B, 0x08, 0x00],              // gzip
            [0x25, 0x50, 0x44, 0x46, 0x2D, 0x0A, 0x00, 0x01],  // "%PDF-" then NUL
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],  // zip
            [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01],  // ELF
            Array("a: 1\nb: x\0y\n".utf8),         // a NUL inside text
        ]
        for bytes in headers {
            let source = SourceFile(path: "binary", bytes: bytes)
            let result = YAMLComposer().compose(source)
            #expect(result.diagnostics.contains { $0.severity == .error }, "\(bytes)")
            expectPositionsInside(result, source)
        }
    }

    /// Pieces random documents are made of: indicators, indentation, tabs, line
    /// breaks of every kind, quotes, anchors, tags and multibyte text.
    static let pieces = [
        "a", "key", "é", "名前", "🎉", "🇫🇷", ": ", ":", "- ", "-", "? ", "[", "]", "{", "}", ", ",
        "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "  ", "    ", "\t", "'", "\"", "\\", "#", " # c",
        "&x ", "*x", "*y", "!!str ", "!!binary ", "!t ", "! ", "|", ">", "|-", ">+", "---", "...",
        "%YAML 1.1\n", "<<", "~", "null", "1", "\u{FEFF}", "\u{0}", "\u{7}", "%", "@", "`",
    ]

    @Test func randomDocumentsNeverCrashAndPointInsideTheFile() {
        var generator = SeededGenerator(state: 42)
        var errors = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...40, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let source = SourceFile(path: "random", text: text)
            let result = YAMLComposer(limits: YAMLLimits(maxDepth: 8, maxAliasExpansion: 50)).compose(source)
            #expect(result.root != nil || result.diagnostics.contains { $0.severity == .error }, "\(text.debugDescription)")
            expectPositionsInside(result, source)
            if let root = result.root { expectRangesInside(root, source) }
            if !result.diagnostics.isEmpty { errors += 1 }
        }
        #expect(errors > 100, "the generator should produce plenty of bad documents")
    }
}

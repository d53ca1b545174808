import Foundation
import Testing
@testable import HITCompiler
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `hitc build`: golden bundles, determinism, atomic writing, MTurk files.
@Suite(.serialized)
struct BuildTests {
    static let golden = Paths.root.appendingPathComponent("Tests/Golden")

    func build(_ spec: URL, into out: URL, force: Bool = false) -> BuildResult {
        BundleBuilder.build(path: spec.path, options: BuildOptions(outputDirectory: out.path, force: force))
    }

    func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath, let data = FileManager.default.contents(atPath: url.path) else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = data
        }
        return result
    }

    /// The golden bundle of every example: a diff-like report on mismatch; `HITC_UPDATE_GOLDEN=1` rewrites.
    @Test(arguments: Paths.exampleSpecs.map(\.path))
    func goldenBundle(_ specPath: String) throws {
        let out = Paths.temporaryDirectory()
        // Built by the binary run in the repository root with a relative path, so paths in the
        // bundle do not depend on the checkout (and no test changes this process's directory).
        let relative = String(specPath.dropFirst(Paths.root.path.count + 1))
        let run = try runHITC(["build", relative, "-o", out.path], in: Paths.root)
        #expect(run.status == 0, "\(run.stderr)")
        let built = try FileManager.default.contentsOfDirectory(atPath: out.path)
        let id = try #require(built.count == 1 ? built.first : nil, "one bundle: \(built)")
        let bundle = out.appendingPathComponent(id)
        let actual = files(in: bundle)
        let goldenFolder = Self.golden.appendingPathComponent(id)
        if Paths.updatingGoldens {
            try? FileManager.default.removeItem(at: goldenFolder)
            for (path, data) in actual {
                let url = goldenFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("rewrote Tests/Golden/\(id); review the diff and run again without HITC_UPDATE_GOLDEN")
            return
        }
        let expected = files(in: goldenFolder)
        #expect(Set(actual.keys) == Set(expected.keys), "files differ from Tests/Golden/\(id)")
        for (path, data) in actual.sorted(by: { $0.key < $1.key }) {
            guard let want = expected[path], want != data else { continue }
            Issue.record("Tests/Golden/\(id)/\(path) differs:\n\(firstDifference(String(decoding: want, as: UTF8.self), String(decoding: data, as: UTF8.self)))")
        }
    }

    /// The first differing line of two texts, with its neighbours.
    func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
        for i in 0..<max(x.count, y.count) where (i < x.count ? x[i] : nil) != (i < y.count ? y[i] : nil) {
            return "line \(i + 1):\n- \(i < x.count ? x[i] : "<end>")\n+ \(i < y.count ? y[i] : "<end>")"
        }
        return "(same lines)"
    }

    @Test func buildsAreByteIdentical() throws {
        let spec = Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml")
        let a = Paths.temporaryDirectory(), b = Paths.temporaryDirectory()
        let first = build(spec, into: a), second = build(spec, into: b)
        let x = files(in: URL(fileURLWithPath: try #require(first.bundle)))
        let y = files(in: URL(fileURLWithPath: try #require(second.bundle)))
        #expect(x.count >= 9)
        #expect(x == y)
    }

    @Test func aFailedBuildLeavesThePreviousBundleWhole() throws {
        let folder = Paths.temporaryDirectory()
        let source = Paths.specs.appendingPathComponent("grocery-search-relevance")
        let copy = folder.appendingPathComponent("spec")
        try FileManager.default.copyItem(at: source, to: copy)
        let out = folder.appendingPathComponent("out")
        let spec = copy.appendingPathComponent("spec.yaml")
        let first = build(spec, into: out)
        let bundle = URL(fileURLWithPath: try #require(first.bundle))
        let before = files(in: bundle)
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "items_per_hit: 5", with: "items_per_hit: five").write(to: spec, atomically: true, encoding: .utf8)
        let second = build(spec, into: out)
        #expect(second.bundle == nil)
        #expect(second.check.hasErrors)
        #expect(files(in: bundle) == before)
        // No staging folder is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func aRebuildKeepsTheBatchAndAggregateFolders() throws {
        let spec = Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml")
        let out = Paths.temporaryDirectory()
        let bundle = URL(fileURLWithPath: try #require(build(spec, into: out).bundle))
        let manager = FileManager.default
        for (folder, file) in [("batch", "hits.jsonl"), ("aggregate", "labels.csv")] {
            try manager.createDirectory(at: bundle.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data("\(folder) output\n".utf8).write(to: bundle.appendingPathComponent("\(folder)/\(file)"))
        }
        try Data("stale\n".utf8).write(to: bundle.appendingPathComponent("notes.txt"))
        let again = build(spec, into: out)
        #expect(again.bundle == bundle.path)
        #expect(manager.contents(atPath: bundle.appendingPathComponent("batch/hits.jsonl").path) == Data("batch output\n".utf8))
        #expect(manager.contents(atPath: bundle.appendingPathComponent("aggregate/labels.csv").path) == Data("aggregate output\n".utf8))
        // Anything else not written by the build goes: the bundle is the build's output.
        #expect(!manager.fileExists(atPath: bundle.appendingPathComponent("notes.txt").path))
        #expect(manager.fileExists(atPath: bundle.appendingPathComponent("task.html").path))
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() throws {
        let out = Paths.temporaryDirectory()
        let foreign = out.appendingPathComponent("grocery-search-relevance")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        let spec = Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml")
        let refused = build(spec, into: out)
        #expect(refused.bundle == nil)
        #expect(refused.failure?.contains("not a hitc bundle") == true)
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("notes.txt").path))
        let forced = build(spec, into: out, force: true)
        #expect(forced.bundle != nil)
        #expect(!FileManager.default.fileExists(atPath: foreign.appendingPathComponent("notes.txt").path))
    }

    @Test func bundleWriterRefusesPathsOutsideTheBundle() {
        #expect(!BundleWriter.isSafe("../x"))
        #expect(!BundleWriter.isSafe("/etc/passwd"))
        #expect(!BundleWriter.isSafe("a/../../b"))
        #expect(BundleWriter.isSafe("mturk/question.xml"))
    }

    /// question.xml: well-formed, the HTMLQuestion namespace, and its content is the task page byte for byte.
    @Test(arguments: Paths.exampleSpecs.map(\.path))
    func mturkQuestionWrapsTheTaskPage(_ specPath: String) throws {
        let result = build(URL(fileURLWithPath: specPath), into: Paths.temporaryDirectory())
        let bundle = URL(fileURLWithPath: try #require(result.bundle))
        let xml = try #require(FileManager.default.contents(atPath: bundle.appendingPathComponent("mturk/question.xml").path))
        let task = try String(contentsOf: bundle.appendingPathComponent("task.html"), encoding: .utf8)
        let reader = QuestionReader()
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        #expect(parser.parse(), "question.xml is not well-formed: \(String(describing: parser.parserError))")
        #expect(reader.rootNamespace == MTurkQuestion.namespace)
        // task.html with another configuration: MTurk gives each HIT its items, so no demo
        // items, and no messages of the modules that never run there.
        let (hosted, hostedConfig) = try Self.splitConfig(reader.content)
        let (page, pageConfig) = try Self.splitConfig(task)
        #expect(hosted == page)
        #expect((hostedConfig["demoItems"] as? [Any])?.isEmpty == true)
        #expect((pageConfig["demoItems"] as? [Any])?.isEmpty == false)
        let messages = Set((hostedConfig["messages"] as? [String: Any] ?? [:]).keys)
        #expect(messages.isDisjoint(with: TaskPage.messagesOffMTurk) && !messages.isEmpty)
        for key in Set(pageConfig.keys).subtracting(["demoItems", "messages"]) {
            let same = try [hostedConfig[key], pageConfig[key]].map {
                try JSONSerialization.data(withJSONObject: try #require($0), options: [.sortedKeys, .fragmentsAllowed])
            }
            #expect(same[0] == same[1], "\(key)")
        }
        #expect(xml.count <= MTurkQuestion.byteLimit)
    }

    /// A task page without the text of its `hitc-config` element, and that configuration parsed.
    static func splitConfig(_ page: String) throws -> (String, [String: Any]) {
        let open = try #require(page.range(of: "<script type=\"application/json\" id=\"hitc-config\">"))
        let close = try #require(page.range(of: "</script>", range: open.upperBound..<page.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(page[open.upperBound..<close.lowerBound].utf8))
        return (String(page[..<open.upperBound] + page[close.lowerBound...]), try #require(json as? [String: Any]))
    }

    @Test func cdataTerminatorInThePageIsSplit() throws {
        let xml = try MTurkQuestion.xml(page: "<p>a]]>b</p>", frameHeight: 0)
        let reader = QuestionReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        #expect(parser.parse())
        #expect(reader.content == "<p>a]]>b</p>")
    }

    @Test func questionSizeIsCheckedAgainstMTurksLimit() throws {
        let spec = try #require(Pipeline.check(path: Paths.exampleSpecs[0].path).spec)
        #expect(MTurkTarget.sizeDiagnostics(40_000, spec: spec, file: "s.yaml").isEmpty)
        #expect(MTurkTarget.sizeDiagnostics(60_000, spec: spec, file: "s.yaml").map(\.code) == [.questionNearLimit])
        #expect(MTurkTarget.sizeDiagnostics(70_000, spec: spec, file: "s.yaml").map(\.code) == [.questionOverLimit])
    }

    @Test func anOversizedPageStopsTheBuild() throws {
        let folder = Paths.temporaryDirectory()
        try FileManager.default.copyItem(at: Paths.specs.appendingPathComponent("grocery-search-relevance"), to: folder.appendingPathComponent("s"))
        let spec = folder.appendingPathComponent("s/spec.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        let huge = (0..<1500).map { "        Line \($0) of a very long guideline section that workers will never finish reading." }.joined(separator: "\n")
        let big = text.replacingOccurrences(of: "  sections:\n", with: "  sections:\n    - title: Everything\n      body: |\n\(huge)\n")
        try big.write(to: spec, atomically: true, encoding: .utf8)
        let result = build(spec, into: folder.appendingPathComponent("out"))
        #expect(result.bundle == nil)
        #expect(result.check.diagnostics.contains { $0.code == .questionOverLimit })
    }

    @Test(arguments: Paths.exampleSpecs.map(\.path))
    func aggregationConfigFitsItsSchema(_ specPath: String) throws {
        let result = build(URL(fileURLWithPath: specPath), into: Paths.temporaryDirectory())
        let bundle = URL(fileURLWithPath: try #require(result.bundle))
        let config = try String(contentsOf: bundle.appendingPathComponent("aggregation.json"), encoding: .utf8)
        let schemaText = try String(contentsOf: Paths.root.appendingPathComponent("docs/aggregation.schema.json"), encoding: .utf8)
        let schema = try #require(JSONValue.parse(schemaText))
        // JSON is YAML: read it with the YAML layer and validate with the test validator.
        let node = try #require(YAMLComposer().compose(SourceFile(path: "a.json", text: config)).root)
        #expect(MiniSchemaValidator(root: schema).validate(node).isEmpty)
        let bad = try #require(YAMLComposer().compose(SourceFile(path: "b.json", text: config.replacingOccurrences(of: "\"judgments_per_item\"", with: "\"judgments\""))).root)
        #expect(!MiniSchemaValidator(root: schema).validate(bad).isEmpty)
    }
}

/// Reads the HTMLQuestion's namespace and the joined CDATA of HTMLContent.
final class QuestionReader: NSObject, XMLParserDelegate {
    var rootNamespace: String?
    var content = ""
    private var inContent = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if rootNamespace == nil { rootNamespace = namespaceURI }
        if elementName == "HTMLContent" { inContent = true }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "HTMLContent" { inContent = false }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inContent { content += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inContent { content += string }
    }
}

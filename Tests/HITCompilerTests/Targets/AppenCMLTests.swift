import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import HITCompiler

/// `appen/cml.xml` and `appen/job.json`: every block and question type as its
/// HTML or CML tag, `only-if` by option index, names in lower case, data only
/// through `{{ column | escape }}`, and hostile spec text kept as text.
@Suite struct AppenCMLTests {
    /// The CML and job of a fixture spec with `appen: {}` added to its targets.
    static func build(_ yaml: String) throws -> (cml: String, tags: CMLReader, job: [String: Any], checked: CheckedSpec) {
        let withAppen = yaml.replacingOccurrences(of: "\ntargets:\n", with: "\ntargets:\n  appen: {}\n")
        let (checked, _) = try TaskPageFixtures.checked(yaml: withAppen)
        #expect(checked.targets.settings(of: AppenTarget.self) != nil)
        let jobs = AppenTarget.specFiles(checked, AppenSettings())
        let (path, cml) = try jobs[0]()
        #expect(path == "appen/cml.xml")
        let pages = RenderedPages(task: "", guidelinesHTML: "<main id=\"g-main\"><p>Guide {{x}}</p></main>", guidelinesMarkdown: "")
        let files = try AppenTarget.pageFiles(pages, checked, AppenSettings(), file: "spec.yaml").files
        #expect(files.map(\.0) == ["appen/job.json"])
        let job = try #require(try JSONSerialization.jsonObject(with: Data(files[0].1.utf8)) as? [String: Any])
        return (cml, try CMLReader.read(cml), job, checked)
    }

    @Test func everyBlockAndQuestionTypeHasItsTag() throws {
        let (cml, tags, job, _) = try Self.build(TaskPageFixtures.kitchenSink)
        #expect(tags.first("h3")?.text == "{{ heading | escape }}")
        #expect(tags.first("blockquote")?.text == "{{ quote | escape }}")
        #expect(tags.first("pre")?.text == "{{ code | escape }}")
        #expect(tags.first("img")?["src"] == "{{ photo | escape }}" && tags.first("img")?["alt"] == "{{ caption | escape }}")
        let link = try #require(tags.first("a"))
        #expect(link["href"] == "{{ page | escape }}" && link.text == "Open the page" && link["rel"] == "noopener noreferrer")
        #expect(tags.first("audio")?["src"] == "{{ sound | escape }}" && tags.first("video")?["src"] == "{{ clip | escape }}")
        #expect(tags.tags.contains { $0.tag == "div" && $0.text == "{{ notes | escape }}" })
        #expect(tags.tags.contains { $0["class"] == "hitc-note" && $0.text.contains("static") })
        #expect(cml.contains("<a href=\"https://example.com/help\">link</a>"))
        // Columns: a flex div holding one div per column, each with its question.
        let flex = try #require(tags.tags.firstIndex { $0["style"] == "display: flex; gap: 1em" })
        #expect(tags.children(of: flex).map(\.tag) == ["div", "div"])

        func control(_ name: String) -> CMLReader.Tag? { tags.tags.first { $0.tag.hasPrefix("cml:") && $0["name"] == name } }
        #expect(control("left_good")?.tag == "cml:radios" && control("right_good")?.tag == "cml:radios")
        #expect(control("category")?.tag == "cml:select" && control("tags")?.tag == "cml:checkboxes")
        #expect(control("flags")?.tag == "cml:checkboxes" && control("flags")?["validates"] == nil)
        let verdict = try #require(control("verdict"))
        #expect(verdict["label"] == "What is the verdict?" && verdict["validates"] == "required")
        #expect(verdict["instructions"] == "Read the **whole** item first.\nGood: Everything is *right*.")
        #expect(tags.options(of: "verdict").map { "\($0["label"]!)=\($0["value"]!)" } == ["Good=good", "Bad=bad", "Something else=other"])
        #expect(tags.options(of: "category").map(\.tag) == ["cml:option", "cml:option"])
        let score = try #require(control("score"))
        #expect(score.tag == "cml:ratings" && score["points"] == "5")
        #expect(tags.options(of: "score").map { "\($0["label"]!)=\($0["value"]!)" } == ["1 Poor=1", "2=2", "3=3", "4=4", "5 Great=5"])
        #expect(control("amount")?.tag == "cml:text" && control("amount")?["validates"] == "required integerRange:{min:0,max:10}")
        let reason = try #require(control("reason"))
        #expect(reason.tag == "cml:textarea" && reason["only-if"] == "verdict:[2]" && reason["default"] == "Say why")
        #expect(control("code_seen")?.tag == "cml:text")

        // Every data reference is a data column, escaped.
        let references = cml.matches(of: /\{\{([^}]*)\}\}/).map { String($0.1) }
        #expect(!references.isEmpty)
        for reference in references {
            #expect(reference.hasPrefix(" ") && reference.hasSuffix(" | escape "), "\(reference)")
            let column = reference.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " | escape", with: "")
            #expect(["heading", "body", "quote", "code", "photo", "caption", "page", "sound", "clip", "notes", "left", "right"].contains(column))
        }
        #expect(job["title"] as? String == "Every block and question")
        #expect(job["judgments_per_unit"] as? Int == 1 && job["units_per_assignment"] as? Int == 3 && job["payment_cents"] as? Int == 50)
        #expect(job["gold_per_assignment"] == nil, "no gold, no test questions per page")
        #expect(job["instructions"] as? String == "<p>Guide &#123;&#123;x&#125;&#125;</p>")
    }

    @Test func conditionsNameOptionsByIndexAndIdsAreLowerCase() throws {
        let question = "    Followup:\n      type: text\n      prompt: Tell more\n      required: false\n"
            + "      visible_if: { verdict: [bad, other], score: 5, tags: blue }\n"
        let yaml = TaskPageFixtures.kitchenSink
            .replacingOccurrences(of: "    - question: code_seen\n", with: "    - question: code_seen\n    - question: Followup\n")
            .replacingOccurrences(of: "\nguidelines:\n", with: "\n" + question + "guidelines:\n")
        #expect(yaml.contains("Followup:") && yaml.contains("- question: Followup"))
        // Several conditions with several values have no Appen form (E0801): one value each here.
        let single = yaml.replacingOccurrences(of: "verdict: [bad, other], score: 5, tags: blue", with: "score: 5, tags: blue")
        let (_, tags, _, _) = try Self.build(single)
        let followup = try #require(tags.tags.first { $0["name"] == "followup" })
        #expect(followup["only-if"] == "score:[4]++tags:[2]")
        let (_, wide, _, _) = try Self.build(yaml.replacingOccurrences(of: "verdict: [bad, other], score: 5, tags: blue", with: "verdict: [bad, other]"))
        #expect(wide.tags.first { $0["name"] == "followup" }?["only-if"] == "verdict:[1]||verdict:[2]")
        // The reader finds the question by its CML name; the manifest lists the map.
        let checked = try Self.build(single).checked
        let pages = RenderedPages(task: "", guidelinesHTML: "", guidelinesMarkdown: "")
        let info = try #require(try AppenTarget.pageFiles(pages, checked, AppenSettings(), file: "spec.yaml").manifest as? AppenManifestInfo)
        #expect(info.columns["Followup"] == "followup" && info.columns["verdict"] == "verdict" && info.columns["photo"] == "photo")
        #expect(AppenNames(questions: checked.spec.hit.questions).question(named: "followup")
                == checked.spec.hit.questions.firstIndex { $0.id == "Followup" })
    }

    @Test func hostileSpecTextStaysText() throws {
        let (cml, tags, _, checked) = try Self.build(TaskPageFixtures.hostile)
        let q = try #require(checked.spec.hit.questions.first { $0.id == "q" })
        let control = try #require(tags.tags.first { $0["name"] == "q" })
        #expect(control["label"] == q.prompt.value)
        #expect(control["instructions"] == q.hint! + "\n" + "Label ${a} <i>x</i>: Option ${hint} <script>alert(1)</script>")
        #expect(tags.options(of: "q").first?["label"] == "Label ${a} <i>x</i>")
        #expect(tags.tags.first { $0["name"] == "t" }?["default"] == "\"><script>alert(1)</script> ${placeholder}")
        #expect(tags.first("a")?.text == "${label} <b>bold</b>")
        // No markup from spec text: only the tags hitc writes, no script, no Liquid but the column references.
        let allowed: Set<String> = ["cml", "p", "a", "div", "code", "cml:radios", "cml:radio", "cml:textarea"]
        #expect(Set(tags.tags.map(\.tag)).isSubset(of: allowed), "\(Set(tags.tags.map(\.tag)))")
        #expect(!cml.contains("<script") && !cml.contains("{%"))
        #expect(cml.matches(of: /\{\{/).count == 2)
        // The spec's own braces (`${a}`, `${hint}`, ...) are character references, never Liquid's.
        #expect(cml.filter { $0 == "{" }.count == 4 && cml.contains("$&#123;a&#125;"))
        #expect(!cml.contains("javascript:"))
    }
}

/// The tags of a CML document in order (wrapped in a root whose `cml` prefix is declared), with their text.
struct CMLReader {
    struct Tag {
        var tag: String
        var attributes: [String: String]
        var depth: Int
        var text = ""
        subscript(_ name: String) -> String? { attributes[name] }
    }
    var tags: [Tag] = []

    static func read(_ cml: String) throws -> CMLReader {
        let delegate = Delegate()
        let parser = XMLParser(data: Data("<cml xmlns:cml=\"urn:cml\">\n\(cml)</cml>".utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "cml.xml is not well-formed: \(String(describing: parser.parserError))\n\(cml)")
        return CMLReader(tags: delegate.tags)
    }

    func first(_ tag: String) -> Tag? { tags.first { $0.tag == tag } }

    /// The tags directly inside the tag at `index`.
    func children(of index: Int) -> [Tag] {
        tags[(index + 1)...].prefix { $0.depth > tags[index].depth }.filter { $0.depth == tags[index].depth + 1 }
    }

    /// The option tags of the control named `name`.
    func options(of name: String) -> [Tag] {
        guard let index = tags.firstIndex(where: { $0.tag.hasPrefix("cml:") && $0["name"] == name }) else { return [] }
        return children(of: index)
    }

    final class Delegate: NSObject, XMLParserDelegate {
        var tags: [Tag] = []
        private var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            tags.append(Tag(tag: elementName, attributes: attributeDict, depth: open.count))
            open.append(tags.count - 1)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for k in open { tags[k].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open.removeLast()
        }
    }
}

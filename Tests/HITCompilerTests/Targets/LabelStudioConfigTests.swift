import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import HITCompiler

/// `label_studio/config.xml`: every question type and layout block as Label
/// Studio tags, hostile text kept as text, names unique.
@Suite struct LabelStudioConfigTests {
    static let allTypesLayout = """
        - text: title
          style: heading
        - image: photo
        - link: page
          label: Open the page
        - audio: clip
        - video: film
        - markdown: notes
        - note: Read **carefully**.
        - columns:
            - - text: title
              - question: sentiment
            - - question: tags
        - question: stars
        - question: count
        - question: comment
        - question: size

    """
    static let allTypesQuestions = """
            sentiment:
              type: single_choice
              display: buttons
              prompt: How does it sound?
              hint: Go with your first impression.
              options:
                - { value: pos, label: Positive, key: "1" }
                - { value: neg, label: Negative, key: "2" }
            tags:
              type: multi_choice
              prompt: Which apply?
              required: false
              visible_if: { sentiment: [pos, neg] }
              options: [funny, sad]
            stars:
              type: scale
              prompt: How good?
              min: 1
              max: 3
              labels: { 1: Poor, 3: Great }
            count:
              type: number
              prompt: How many people?
              min: 0
              max: 50
              step: 1
            comment:
              type: text
              prompt: Anything else?
              required: false
              placeholder: Optional
            size:
              type: single_choice
              display: dropdown
              prompt: Size?
              visible_if: { sentiment: pos, stars: ["3"] }
              options: [small, large]

    """
    static let allTypesFields = """
        fields:
            title: { type: text }
            photo: { type: image }
            page: { type: url }
            clip: { type: audio }
            film: { type: video }
            notes: { type: markdown }

    """

    static func spec(layout: String = allTypesLayout, questions: String = allTypesQuestions) throws -> Spec {
        let text = SpecFixtures.minimal(questions: questions, layout: layout)
            .replacingOccurrences(of: "  fields:\n    title: { type: text }\n", with: "  " + allTypesFields)
        let (spec, diagnostics) = SpecFixtures.parse(text)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
        return try #require(spec)
    }

    @Test func everyQuestionTypeAndBlockHasItsTag() throws {
        let xml = LabelStudioConfig(try Self.spec()).xml
        let config = try ConfigReader.read(xml)
        #expect(config.tags.first?.tag == "View")
        let objects = config.tags.filter { ["Text", "HyperText", "Image", "Audio", "Video"].contains($0.tag) }
        #expect(objects.map(\.tag) == ["Text", "Image", "HyperText", "Audio", "Video", "HyperText", "HyperText", "Text", "Text"])
        #expect(objects.prefix(6).map { $0["value"] }
                == ["$title", "$photo", "$hitc_link_page", "$clip", "$film", "$hitc_html_notes"])
        // A note is rendered by hitc (cmark-gfm, safe) and shown by an inline HyperText.
        #expect(config.first("HyperText", name: "note")?["value"] == "<p>Read <strong>carefully</strong>.</p>")
        #expect(config.first("HyperText", name: "note")?["inline"] == "true")

        let sentiment = try #require(config.first("Choices", name: "sentiment"))
        #expect(sentiment["choice"] == "single-radio")
        #expect(sentiment["showInline"] == "true")
        #expect(sentiment["required"] == "true")
        #expect(sentiment["toName"] == "title")
        #expect(config.choices(of: "sentiment").map { [$0["value"], $0["alias"], $0["hotkey"]] }
                == [["Positive", "pos", "1"], ["Negative", "neg", "2"]])
        #expect(config.first("Text", name: "sentiment_hint")?["value"] == "Go with your first impression.")

        let tags = try #require(config.first("Choices", name: "tags"))
        #expect(tags["choice"] == "multiple")
        #expect(tags["required"] == nil)

        #expect(config.choices(of: "stars").map { [$0["value"], $0["alias"]] }
                == [["1 Poor", "1"], ["2", "2"], ["3 Great", "3"]])
        let count = try #require(config.first("Number", name: "count"))
        #expect([count["min"], count["max"], count["step"], count["required"]] == ["0", "50", "1", "true"])
        let comment = try #require(config.first("TextArea", name: "comment"))
        #expect(comment["placeholder"] == "Optional")
        #expect(comment["maxSubmissions"] == "1")
        #expect(config.first("Choices", name: "size")?["choice"] == "single-radio")

        // Every control labels an object the config has.
        let names = Set(config.tags.compactMap { $0["name"] })
        for control in config.tags where control["toName"] != nil {
            #expect(names.contains(control["toName"]!))
        }
    }

    @Test func visibleIfIsANestedViewPerConditionWithTheValuesAsAliases() throws {
        let config = try ConfigReader.read(LabelStudioConfig(try Self.spec()).xml)
        let tags = try #require(config.tags.firstIndex { $0.tag == "Choices" && $0["name"] == "tags" })
        let tagsConditions = config.enclosingViews(of: tags).filter { $0["visibleWhen"] != nil }
        #expect(tagsConditions.map { [$0["visibleWhen"], $0["whenTagName"], $0["whenChoiceValue"]] }
                == [["choice-selected", "sentiment", "pos,neg"]])
        let size = try #require(config.tags.firstIndex { $0.tag == "Choices" && $0["name"] == "size" })
        #expect(config.enclosingViews(of: size).filter { $0["visibleWhen"] != nil }.map { [$0["whenTagName"], $0["whenChoiceValue"]] }
                == [["sentiment", "pos"], ["stars", "3"]])
    }

    @Test func namesAreUniqueWhenFieldsAndQuestionsShareThem() throws {
        // A field named like a question, shown twice, and two notes.
        let layout = """
            - text: sentiment
            - text: sentiment
            - note: one
            - note: two
            - question: sentiment

        """
        let questions = """
                sentiment:
                  type: single_choice
                  prompt: Pick
                  options: [a, b]
                sentiment_hint:
                  type: text
                  prompt: Why?
                  required: false

        """
        let text = SpecFixtures.minimal(questions: questions, layout: layout + "    - question: sentiment_hint\n")
            .replacingOccurrences(of: "    title: { type: text }\n", with: "    title: { type: text }\n    sentiment: { type: text }\n")
        let spec = try #require(SpecFixtures.parse(text).0)
        var question = spec
        question.hit.questions[0].hint = "A hint"
        let config = try ConfigReader.read(LabelStudioConfig(question).xml)
        let names = config.tags.compactMap { $0["name"] }
        #expect(Set(names).count == names.count, "\(names)")
        #expect(config.first("Choices", name: "sentiment") != nil)
        #expect(config.first("TextArea", name: "sentiment_hint") != nil)
        #expect(names.contains("sentiment_2") && names.contains("sentiment_3"))
        #expect(config.first("Choices", name: "sentiment")?["toName"] == "sentiment_2")
    }

    @Test func aLayoutWithoutObjectsStillGivesTheControlsOne() throws {
        let spec = try #require(SpecFixtures.parse(SpecFixtures.minimal(layout: "    - question: q\n")).0)
        let config = try ConfigReader.read(LabelStudioConfig(spec).xml)
        #expect(config.first("Text", name: "title")?["value"] == "$title")
        #expect(config.first("Choices", name: "q")?["toName"] == "title")
    }

    /// The hostile strings of the XSS corpus, in every place spec text reaches
    /// the config: each comes back from the XML parser as the same text, and
    /// no tag but Label Studio's appears.
    @Test func hostileTextStaysText() throws {
        let hostile = [
            "<img src=x onerror=alert(1)>",
            "</script><script>alert(1)</script>",
            "\"><svg onload=alert(1)>",
            "'><script>alert(document.domain)</script><!--",
            "]]><![CDATA[<script>alert(1)</script>]]> <!-- --> </textarea>",
            "${items} {{x}} {{{x}}} &amp; &lt;b&gt;",
            "line one\nline two\ttabbed\r\nend",
        ]
        var spec = try #require(SpecFixtures.parse(SpecFixtures.minimal(layout: "    - text: title\n    - note: x\n    - question: q\n")).0)
        for payload in hostile {
            spec.hit.questions[0].prompt = Located(payload, spec.hit.questions[0].prompt.range)
            spec.hit.questions[0].hint = payload
            var choice = try #require(spec.hit.questions[0].choice)
            choice.options[0].label = payload
            choice.options[1].hint = payload
            spec.hit.questions[0].kind = QuestionKind(SingleChoiceQuestion(settings: choice))
            spec.hit.layout[1].kind = .note(Located(payload, spec.hit.layout[1].range))
            let xml = LabelStudioConfig(spec).xml
            let config = try ConfigReader.read(xml)
            #expect(Set(config.tags.map(\.tag)).isSubset(of: ["View", "Text", "HyperText", "Header", "Choices", "Choice"]), "\(payload)")
            // Label Studio reads `$name` in a value as task data: a word joiner after `$` keeps it text.
            let shown = payload.replacingOccurrences(of: "${", with: "$\u{2060}{")
            #expect(config.tags.contains { $0.tag == "Header" && $0["value"] == shown })
            #expect(config.first("Text", name: "q_hint")?["value"] == shown)
            // The note is HTML hitc rendered safe: no element of the payload survives as markup.
            let note = try #require(config.first("HyperText", name: "note")?["value"])
            #expect(!note.contains("<script") && !note.contains("<svg") && !note.contains("<img") && !note.contains("$"), "\(note)")
            #expect(config.choices(of: "q").first?["value"] == shown)
            #expect(config.choices(of: "q").last?["hint"] == payload)
            #expect(!xml.contains("<script") && !xml.contains("<svg") && !xml.contains("<img"))
        }
    }

    /// The XSS corpus spec itself: its hostile labels, hints and placeholder come back literally.
    @Test func theXSSCorpusSpecGivesAWellFormedConfig() throws {
        let path = Paths.root.appendingPathComponent("tests/browser/specs/xss/spec.yaml").path
        let spec = try #require(Pipeline.check(path: path).spec)
        let config = try ConfigReader.read(LabelStudioConfig(spec).xml)
        #expect(config.choices(of: "verdict").map { $0["value"] }
                == ["Safe <b>not bold</b>", "Unsafe </label><script>alert(1)</script>", "Unsure ' \" &amp;"])
        #expect(config.first("TextArea", name: "comment")?["placeholder"]
                == "\"><svg onload=alert(1)> </textarea><script>alert(1)</script>")
        #expect(Set(config.tags.map(\.tag)).isSubset(of: ["View", "Text", "HyperText", "Header", "Image", "Choices", "Choice", "TextArea"]))
    }
}

/// The tags of a config in document order, with their attributes and depth.
struct ConfigReader {
    struct Tag {
        var tag: String
        var attributes: [String: String]
        var depth: Int
        subscript(_ name: String) -> String? { attributes[name] }
    }
    var tags: [Tag] = []

    static func read(_ xml: String) throws -> ConfigReader {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "config.xml is not well-formed: \(String(describing: parser.parserError))\n\(xml)")
        return ConfigReader(tags: delegate.tags)
    }

    func first(_ tag: String, name: String) -> Tag? {
        tags.first { $0.tag == tag && $0["name"] == name }
    }

    /// The `Choice` tags of the `Choices` named `name`.
    func choices(of name: String) -> [Tag] {
        guard let start = tags.firstIndex(where: { $0.tag == "Choices" && $0["name"] == name }) else { return [] }
        return tags[(start + 1)...].prefix { $0.depth > tags[start].depth }.filter { $0.tag == "Choice" }
    }

    /// The `View`s enclosing the tag at `index`, outermost first.
    func enclosingViews(of index: Int) -> [Tag] {
        var depth = tags[index].depth
        var views: [Tag] = []
        for tag in tags[..<index].reversed() where tag.depth < depth {
            if tag.tag == "View" { views.append(tag) }
            depth = tag.depth
        }
        return views.reversed()
    }

    final class Delegate: NSObject, XMLParserDelegate {
        var tags: [Tag] = []
        private var depth = 0
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            tags.append(Tag(tag: elementName, attributes: attributeDict, depth: depth))
            depth += 1
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            depth -= 1
        }
    }

    /// Label Studio substitutes `$` followed by `[\w[\].{}]` in a `value` (its editor's
    /// `parseValue`): the config's static text gets a word joiner there, nowhere else.
    @Test func dollarNamesInStaticTextAreNotTaskData() {
        #expect(LabelStudioXML.staticText("Cost $5 or $price, a.b$ $ $$x ${y} $[0] $.z $é") ==
                "Cost $\u{2060}5 or $\u{2060}price, a.b$ $ $$\u{2060}x $\u{2060}{y} $\u{2060}[0] $\u{2060}.z $é")
        #expect(LabelStudioXML.staticText("no dollar") == "no dollar")
    }
}

import Foundation
import Testing
@testable import HITCompiler

/// A multiple choice's exclusive options (`exclusive: true`) on the targets that
/// write their own controls: Toloka validates them (a `condition.schema` with
/// its hint), Ground Truth's script knows them (its configuration), Label Studio
/// and Appen warn (`W0018` at the option).
@Suite struct TargetsExclusiveOptionsTests {
    static let questions = """
            m:
              type: multi_choice
              prompt: Which apply?
              options:
                - { value: a, label: A }
                - { value: b, label: B }
                - { value: none, label: None of these, exclusive: true }
                - { value: cant, label: Can't judge, exclusive: true }
            s:
              type: multi_choice
              prompt: Which tags?
              options:
                - { value: x, label: X }
                - { value: nothing, label: Nothing, exclusive: true }
            p:
              type: multi_choice
              prompt: Plain
              options: [u, v]

    """
    static let layout = "    - text: title\n    - question: m\n    - question: s\n    - question: p\n"

    /// The spec's `W0018`s about `exclusive` with `target` set, as "line:column message".
    static func warnings(_ target: String) -> [String] {
        let text = SpecFixtures.minimal(questions: questions, layout: layout, top: "targets:\n  \(target): {}\n")
        return SpecFixtures.check(text)
            .filter { $0.code == .platformDegrades && $0.message.contains("'exclusive'") }
            .map { d in "\(d.range?.start.line ?? 0):\(d.range?.start.column ?? 0) \(d.message)" }
    }

    /// Where option `value`'s mapping starts in the fixture, as "line:column".
    static func optionStart(_ value: String) -> String {
        let text = SpecFixtures.minimal(questions: questions, layout: layout)
        let lines = text.components(separatedBy: "\n")
        let n = lines.firstIndex { $0.contains("value: \(value),") }!
        return "\(n + 1):\(lines[n].distance(from: lines[n].startIndex, to: lines[n].firstIndex(of: "{")!) + 1)"
    }

    @Test func labelStudioWarnsAtTheFirstExclusiveOptionOfEachQuestion() {
        #expect(Self.warnings("label_studio") == [
            "\(Self.optionStart("none")) Label Studio does not enforce 'exclusive': the exclusive options 'none', 'cant' of 'm' are chosen alone, but Label Studio's checkboxes let workers tick one with other options, and 'hitc aggregate' refuses such an answer",
            "\(Self.optionStart("nothing")) Label Studio does not enforce 'exclusive': the exclusive option 'nothing' of 's' is chosen alone, but Label Studio's checkboxes let workers tick it with other options, and 'hitc aggregate' refuses such an answer",
        ])
    }

    @Test func appenWarnsAtTheFirstExclusiveOptionOfEachQuestion() {
        #expect(Self.warnings("appen") == [
            "\(Self.optionStart("none")) Appen does not enforce 'exclusive': the exclusive options 'none', 'cant' of 'm' are chosen alone, but Appen's checkboxes let workers tick one with other options, and 'hitc aggregate' refuses such an answer",
            "\(Self.optionStart("nothing")) Appen does not enforce 'exclusive': the exclusive option 'nothing' of 's' is chosen alone, but Appen's checkboxes let workers tick it with other options, and 'hitc aggregate' refuses such an answer",
        ])
    }

    @Test func tolokaAndGroundTruthEnforceItSoTheyDoNotWarn() {
        #expect(Self.warnings("toloka") == [])
        #expect(Self.warnings("ground_truth") == [])
    }

    /// `not` of: an object with the exclusive option true and any other option true.
    @Test func tolokaValidatesTheCheckboxGroupWithAHint() throws {
        let (_, config, _) = try TolokaProjectTests.project(TaskPageFixtures.kitchenSink)
        let fields = TolokaProjectTests.fields(config)
        func hinted(_ field: String) -> [[String: Any]] {
            TolokaProjectTests.objects(fields[field]?["validation"] ?? [:])
                .filter { $0["type"] as? String == "condition.schema" && $0["hint"] != nil }
        }
        let tags = try #require(hinted("tags").first)
        #expect(hinted("tags").count == 1)
        #expect(tags["hint"] as? String == "“None of these” is chosen alone: untick it or the other options.")
        #expect((tags["data"] as? [String: Any])?["path"] as? String == "tags")
        let schema = try #require(tags["schema"] as? [String: Any])
        let mixed = try #require(schema["not"] as? [String: Any])
        #expect(mixed["type"] as? String == "object")
        let parts = try #require(mixed["allOf"] as? [[String: Any]])
        func ticked(_ part: [String: Any]) -> String? {
            guard let required = part["required"] as? [String], required.count == 1,
                  let property = (part["properties"] as? [String: Any])?[required[0]] as? [String: Any],
                  property["const"] as? Bool == true else { return nil }
            return required[0]
        }
        #expect(parts.count == 2 && ticked(parts[0]) == "none")
        let others = try #require(parts.last?["anyOf"] as? [[String: Any]])
        #expect(others.map(ticked) == ["red", "green", "blue"])
        // A multiple choice without an exclusive option has no such condition.
        #expect(fields["flags"] != nil && hinted("flags").isEmpty)
    }

    @Test func tolokaNamesEveryExclusiveOptionOfAQuestion() throws {
        let (spec, diagnostics) = SpecFixtures.parse(SpecFixtures.minimal(questions: Self.questions, layout: Self.layout))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let m = try #require(spec?.hit.question("m"))
        let alone = try #require(TolokaView.exclusiveSchema(m))
        #expect(alone.hint == "“None of these”, “Can't judge” are each chosen alone: untick them or the other options.")
        guard case .object(let top) = alone.schema, case .object(let not)? = top["not"], case .array(let cases)? = not["anyOf"] else {
            Issue.record("not anyOf cases: \(alone.schema)"); return
        }
        #expect(cases.count == 2)
        #expect(TolokaView.exclusiveSchema(try #require(spec?.hit.question("p")))?.hint == nil)
    }

    @Test func groundTruthsScriptConfigurationListsTheExclusiveOptions() throws {
        let t = try GroundTruthTemplateTests.template(TaskPageFixtures.kitchenSink)
        let start = try #require(t.range(of: "<script type=\"application/json\" id=\"gt-config\">"))
        let end = try #require(t.range(of: "</script>", range: start.upperBound..<t.endIndex))
        let config = try #require(try JSONSerialization.jsonObject(with: Data(t[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let questions = try #require(config["questions"] as? [[String: Any]])
        let tags = try #require(questions.first { $0["id"] as? String == "tags" })
        #expect(tags["exclusive"] as? [String] == ["none"])
        #expect(tags["exclusiveMessage"] as? String == "“None of these” is chosen alone: untick it or the other options.")
        let flags = try #require(questions.first { $0["id"] as? String == "flags" })
        #expect(flags["exclusive"] == nil && flags["exclusiveMessage"] == nil)
        // The script clears the others on a change and on a hotkey, and refuses a mix.
        #expect(t.contains("if (q) alone(q, e.target);"))
        #expect(t.contains("alone(q, c); }"))
        #expect(t.contains("if (!msg && st.visible && mixed(q, values(cs))) msg = q.exclusiveMessage;"))
    }
}

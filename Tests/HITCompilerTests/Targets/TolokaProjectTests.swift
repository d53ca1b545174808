import Foundation
import Testing
@testable import HITCompiler

/// `toloka/project.json`: the input and output specifications and the Template
/// Builder config of a spec using every block and question type; the config's
/// paths name exactly the specified fields; spec text stays JSON strings.
@Suite struct TolokaProjectTests {
    /// The project of a fixture spec with `toloka: {}` added to its targets (built as
    /// `hitc build` builds it), as JSON objects (the config decoded).
    static func project(_ yaml: String) throws -> (project: [String: Any], config: [String: Any], text: String) {
        let text = try bundleFile(yaml, "toloka/project.json")
        let project = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let viewSpec = try #require((project["task_spec"] as? [String: Any])?["view_spec"] as? [String: Any])
        #expect(viewSpec["type"] as? String == "tb")
        let configText = try #require(viewSpec["config"] as? String)
        let config = try #require(try JSONSerialization.jsonObject(with: Data(configText.utf8)) as? [String: Any])
        return (project, config, text)
    }

    /// A file of the bundle built from the fixture with `toloka: {}` added to its targets.
    static func bundleFile(_ yaml: String, _ path: String, settings: String = "{}") throws -> String {
        let withToloka = yaml.replacingOccurrences(of: "\ntargets:\n", with: "\ntargets:\n  toloka: \(settings)\n")
        let (checked, url) = try TaskPageFixtures.checked(yaml: withToloka)
        #expect(checked.targets.settings(of: TolokaTarget.self) != nil)
        let out = Paths.temporaryDirectory()
        let result = BundleBuilder.build(path: url.path, options: BuildOptions(outputDirectory: out.path))
        #expect(result.bundle != nil, "\(result.check.diagnostics.map(\.message)) \(result.failure ?? "")")
        return try String(contentsOf: out.appendingPathComponent(checked.id).appendingPathComponent(path), encoding: .utf8)
    }

    static func taskSpec(_ project: [String: Any], _ key: String) -> [String: [String: Any]] {
        ((project["task_spec"] as? [String: Any])?[key] as? [String: [String: Any]]) ?? [:]
    }

    /// Every object in `value`, depth first (a `condition.schema`'s JSON Schema aside: not components).
    static func objects(_ value: Any) -> [[String: Any]] {
        if let object = value as? [String: Any] {
            return [object] + object.keys.sorted().filter { $0 != "schema" }.flatMap { objects(object[$0]!) }
        }
        if let array = value as? [Any] { return array.flatMap(objects) }
        return []
    }

    /// The paths of the `data.input` or `data.output` references in `config`.
    static func paths(_ config: [String: Any], _ type: String) -> Set<String> {
        Set(objects(config).filter { $0["type"] as? String == type }.compactMap { $0["path"] as? String })
    }

    /// The field components (`field.*`) in `config`, by the output path they write.
    static func fields(_ config: [String: Any]) -> [String: [String: Any]] {
        var fields: [String: [String: Any]] = [:]
        for object in objects(config) where (object["type"] as? String)?.hasPrefix("field.") == true {
            if let path = (object["data"] as? [String: Any])?["path"] as? String { fields[path] = object }
        }
        return fields
    }

    @Test func everyFieldAndQuestionIsSpecifiedWithItsTolokaType() throws {
        let (project, _, _) = try Self.project(TaskPageFixtures.kitchenSink)
        #expect(project["public_name"] as? String == "Every block and question")
        let input = Self.taskSpec(project, "input_spec")
        #expect(Set(input.keys) == ["id", "heading", "body", "quote", "code", "photo", "caption", "page", "sound",
                                    "clip", "notes", "left", "right"])
        #expect(input["photo"]?["type"] as? String == "url" && input["photo"]?["required"] as? Bool == true)
        #expect(input["clip"]?["type"] as? String == "url" && input["clip"]?["required"] as? Bool == false)
        #expect(input["notes"]?["type"] as? String == "string")
        let output = Self.taskSpec(project, "output_spec")
        #expect(Set(output.keys) == ["left_good", "right_good", "verdict", "reason", "tags", "flags", "category",
                                     "score", "amount", "code_seen"])
        #expect(output["verdict"]?["type"] as? String == "string")
        #expect(output["verdict"]?["allowed_values"] as? [String] == ["good", "bad", "other"])
        // The checkbox group writes a JSON object keyed by the selected values.
        #expect(output["tags"]?["type"] as? String == "json")
        #expect(output["tags"]?["min_size"] == nil && output["tags"]?["allowed_values"] == nil)
        #expect(output["score"]?["type"] as? String == "integer")
        #expect(output["score"]?["min_value"] as? Int == 1 && output["score"]?["max_value"] as? Int == 5)
        #expect(output["amount"]?["type"] as? String == "float")
        #expect(output["code_seen"]?["max_length"] as? Int == 20 && output["code_seen"]?["required"] as? Bool == false)
        // Shown only under visible_if: not required, though the question is.
        #expect(output["reason"]?["required"] as? Bool == false)
        #expect(output["verdict"]?["required"] as? Bool == true)
    }

    @Test func theViewHasEveryBlockAndEveryQuestionsControl() throws {
        let (project, config, _) = try Self.project(TaskPageFixtures.kitchenSink)
        let view = try #require(config["view"] as? [String: Any])
        #expect(view["type"] as? String == "view.list")
        let types = Set(Self.objects(config).compactMap { $0["type"] as? String })
        for type in ["view.text", "view.image", "view.link", "view.audio", "view.video", "view.markdown", "layout.columns",
                     "field.radio-group", "field.button-radio-group", "field.checkbox-group", "field.select",
                     "field.text", "field.textarea", "field.number", "helper.if", "condition.equals",
                     "condition.required", "plugin.hotkeys", "action.set"] {
            #expect(types.contains(type), "no \(type)")
        }
        // lock pins every component type used (data references aside), and the core.
        let viewSpec = try #require((project["task_spec"] as? [String: Any])?["view_spec"] as? [String: Any])
        let lock = try #require(viewSpec["lock"] as? [String: String])
        #expect(Set(lock.keys) == types.filter { !$0.hasPrefix("data.") }.union(["core"]))
        #expect(types.contains("condition.schema") && types.contains("action.toggle"))
        #expect(Set(lock.values) == ["1.0.0"])

        let fields = Self.fields(config)
        #expect(fields["verdict"]?["type"] as? String == "field.radio-group")
        #expect(fields["right_good"]?["type"] as? String == "field.button-radio-group")
        #expect(fields["category"]?["type"] as? String == "field.select")
        #expect(fields["tags"]?["type"] as? String == "field.checkbox-group")
        #expect(fields["flags"]?["type"] as? String == "field.checkbox-group")
        #expect(fields["score"]?["type"] as? String == "field.radio-group")
        #expect((fields["score"]?["options"] as? [[String: Any]])?.compactMap { $0["value"] as? Int } == [1, 2, 3, 4, 5])
        #expect((fields["score"]?["options"] as? [[String: Any]])?.first?["label"] as? String == "1: Poor")
        #expect(fields["amount"]?["type"] as? String == "field.number")
        #expect(fields["amount"]?["minimum"] as? Int == 0 && fields["amount"]?["maximum"] as? Int == 10)
        #expect(fields["code_seen"]?["type"] as? String == "field.text")
        #expect(fields["reason"]?["type"] as? String == "field.textarea")
        #expect((fields["verdict"]?["validation"] as? [String: Any])?["type"] as? String == "condition.required")
        #expect(fields["flags"]?["validation"] == nil)

        // visible_if: the field sits in helper.if under the condition on the answer it depends on.
        let ifs = Self.objects(config).filter { $0["type"] as? String == "helper.if" }
        let reason = try #require(ifs.first { (($0["then"] as? [String: Any])?["data"] as? [String: Any])?["path"] as? String == "reason" })
        let condition = try #require(reason["condition"] as? [String: Any])
        #expect(condition["type"] as? String == "condition.equals" && condition["to"] as? String == "other")
        #expect((condition["data"] as? [String: Any])?["path"] as? String == "verdict")
    }

    @Test func theViewsPathsNameExactlyTheSpecifiedFields() throws {
        let (project, config, _) = try Self.project(TaskPageFixtures.kitchenSink)
        let input = Set(Self.taskSpec(project, "input_spec").keys)
        let output = Set(Self.taskSpec(project, "output_spec").keys)
        let read = Self.paths(config, "data.input")
        #expect(!read.isEmpty && read.isSubset(of: input))
        #expect(Set(Self.fields(config).keys) == output)
        // A multiple choice's hotkey toggles `<question>.<value>` in its answer.
        #expect(Set(Self.paths(config, "data.output").map { String($0.split(separator: ".")[0]) }).isSubset(of: output))
    }

    @Test func hotkeysSetASingleChoiceAndToggleAMultipleChoiceOption() throws {
        let (_, config, _) = try Self.project(TaskPageFixtures.kitchenSink)
        let plugins = try #require(config["plugins"] as? [[String: Any]])
        let hotkeys = try #require(plugins.first { $0["type"] as? String == "plugin.hotkeys" })
        #expect(Set(hotkeys.keys) == ["type", "1", "2", "3", "y", "x", "e", "o", "q", "r", "g", "b"])
        let three = try #require(hotkeys["3"] as? [String: Any])
        #expect(three["type"] as? String == "action.set" && three["payload"] as? String == "other")
        #expect((three["data"] as? [String: Any])?["path"] as? String == "verdict")
        // A multiple choice's key toggles its option's key in the checkbox group's object.
        let green = try #require(hotkeys["g"] as? [String: Any])
        #expect(green["type"] as? String == "action.toggle")
        #expect((green["data"] as? [String: Any])?["path"] as? String == "tags.green")
    }

    @Test func whatTheOutputSpecCannotSayIsTheFieldsValidation() throws {
        let (_, config, _) = try Self.project(TaskPageFixtures.kitchenSink)
        let fields = Self.fields(config)
        func schema(_ validation: Any?) -> [String: Any]? {
            Self.objects(validation ?? [:]).first { $0["type"] as? String == "condition.schema" }?["schema"] as? [String: Any]
        }
        // Required and 1 to 2 options: both conditions.
        let tags = try #require(fields["tags"]?["validation"] as? [String: Any])
        #expect(tags["type"] as? String == "condition.all")
        #expect(Self.objects(tags).contains { $0["type"] as? String == "condition.required" })
        #expect(schema(tags)?["minProperties"] as? Int == 1 && schema(tags)?["maxProperties"] as? Int == 2)
        // An optional text with a pattern: empty, or the whole answer matches.
        let code = try #require(fields["code_seen"]?["validation"] as? [String: Any])
        #expect(code["type"] as? String == "condition.any")
        #expect(Self.objects(code).contains { $0["type"] as? String == "condition.empty" })
        #expect(schema(code)?["pattern"] as? String == "^(?:[A-Z0-9]+)$")
        // A number's step from 0 and its unit in the label.
        let amount = try #require(fields["amount"])
        #expect(schema(amount["validation"])?["multipleOf"] as? Int == 1)
        #expect(amount["label"] as? String == "How many errors? (errors)")
    }

    @Test func theInstructionsAreTheFullGuidelines() throws {
        let (project, _, _) = try Self.project(TaskPageFixtures.kitchenSink)
        let instructions = try #require(project["public_instructions"] as? String)
        // The summary, each section (the one from a file too), the options' table: no page around them.
        #expect(instructions.contains("<strong>everything</strong>"))
        #expect(instructions.contains("A heading inside Markdown") && instructions.contains("<table"))
        #expect(instructions.contains("Read <strong>carefully</strong>"))
        #expect(instructions.contains("Something else"))
        #expect(!instructions.contains("<main") && !instructions.contains("<html") && !instructions.contains("<style"))
        #expect(!instructions.contains("<script"))
    }

    @Test func thePoolHasOverlapRewardPagesAndGoldRules() throws {
        let text = try Self.bundleFile(TaskPageFixtures.kitchenSink, "toloka/pool.json",
                                       settings: "{ assignment_duration: 20m, review_days: 3 }")
        let pool = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let (checked, _) = try TaskPageFixtures.checked(yaml: TaskPageFixtures.kitchenSink)
        #expect(pool["assignment_max_duration_seconds"] as? Int == 1200)
        #expect(pool["auto_accept_solutions"] as? Bool == false && pool["auto_accept_period_day"] as? Int == 3)
        #expect(pool["may_contain_adult_content"] as? Bool == false)
        #expect(pool["reward_per_assignment"] as? Double == checked.reward.amount)
        let defaults = try #require(pool["defaults"] as? [String: Any])
        #expect(defaults["default_overlap_for_new_tasks"] as? Int == checked.judgmentsPerItem)
        let mixer = try #require(pool["mixer_config"] as? [String: Any])
        #expect(mixer["real_tasks_count"] as? Int == checked.itemsPerHit - checked.goldPerHit)
        #expect(mixer["golden_tasks_count"] as? Int == checked.goldPerHit)
        // Tolokers who know the task's language.
        let filter = try #require(pool["filter"] as? [String: Any])
        let language = try #require(((filter["and"] as? [[String: Any]])?.first?["or"] as? [[String: Any]])?.first)
        #expect(language["key"] as? String == "languages" && language["value"] as? String == checked.spec.language.value.language.uppercased())
    }


    @Test func conditionsTestTheAnswersTypeAndAConditionalHotkeySitsUnderTheCondition() throws {
        let yaml = TaskPageFixtures.kitchenSink
            .replacingOccurrences(of: "    prompt: Which category?\n",
                                  with: "    prompt: Which category?\n      visible_if: { tags: red, verdict: [good, bad] }\n")
            .replacingOccurrences(of: "    prompt: Type the code you see (optional)\n",
                                  with: "    prompt: Type the code you see (optional)\n      visible_if: { score: [4, 5] }\n")
        let (_, config, _) = try Self.project(yaml)
        let ifs = Self.objects(config).filter { $0["type"] as? String == "helper.if" }
        func condition(writing path: String) -> [String: Any]? {
            ifs.first { (($0["then"] as? [String: Any])?["data"] as? [String: Any])?["path"] as? String == path }?["condition"] as? [String: Any]
        }
        // A scale's answer is a number: compared with numbers; several values: any of them.
        let code = try #require(condition(writing: "code_seen"))
        #expect(code["type"] as? String == "condition.any")
        #expect((code["conditions"] as? [[String: Any]])?.compactMap { $0["to"] as? Int } == [4, 5])
        // Several entries: all of them; a multiple choice's answer is an object whose key must be true.
        let category = try #require(condition(writing: "category"))
        #expect(category["type"] as? String == "condition.all")
        let tags = try #require((category["conditions"] as? [[String: Any]])?.first)
        #expect(tags["type"] as? String == "condition.schema")
        let schema = try #require(tags["schema"] as? [String: Any])
        #expect(schema["type"] as? String == "object" && schema["required"] as? [String] == ["red"])
        #expect(((schema["properties"] as? [String: Any])?["red"] as? [String: Any])?["const"] as? Bool == true)
        // The hotkey of the hidden-able dropdown answers only while it is shown.
        let plugins = try #require(config["plugins"] as? [[String: Any]])
        let q = try #require(plugins.first?["q"] as? [String: Any])
        #expect(q["type"] as? String == "helper.if")
        #expect((q["condition"] as? [String: Any])?["type"] as? String == "condition.all")
        #expect((q["then"] as? [String: Any])?["payload"] as? String == "one")
    }
    @Test func hostileSpecTextStaysJSONStrings() throws {
        let (project, config, text) = try Self.project(TaskPageFixtures.hostile)
        let dollar = "$" + "{"
        #expect(project["public_name"] as? String == "Title \(dollar)title} </script><script>alert(1)</script>")
        #expect(project["public_description"] as? String == "<img src=x onerror=alert(1)> \(dollar)description}")
        // The guidelines' raw HTML is omitted from the instructions (cmark-gfm's safe mode); `$` is a reference.
        let instructions = try #require(project["public_instructions"] as? String)
        #expect(instructions.contains("Summary &#36;{summary} <!-- raw HTML omitted -->alert(1)"))
        #expect(!instructions.contains("<script") && !instructions.contains("<img"), "\(instructions)")
        let fields = Self.fields(config)
        #expect(fields["q"]?["label"] as? String == "Prompt \(dollar)prompt} </script><img src=x onerror=alert(1)>")
        #expect(fields["q"]?["hint"] as? String == "Hint \(dollar)hint} <img src=x onerror=alert(1)>")
        let options = try #require(fields["q"]?["options"] as? [[String: Any]])
        #expect(options.first?["label"] as? String == "Label \(dollar)a} <i>x</i>")
        #expect(fields["t"]?["placeholder"] as? String == "\"><script>alert(1)</script> \(dollar)placeholder}")
        // The static note keeps no HTML: `<` is written as Markdown's `&lt;`.
        let note = try #require(Self.objects(config).first { $0["type"] as? String == "view.markdown" })
        #expect(note["content"] as? String == "Note \(dollar)note} &lt;script>alert(1)&lt;/script> `\(dollar)code}` [a](javascript:alert(1))")
        // Nothing in the text became a component: only the types hitc writes.
        let types = Set(Self.objects(config).compactMap { $0["type"] as? String })
        #expect(types == ["view.list", "view.text", "view.link", "view.markdown", "field.radio-group", "field.textarea",
                          "condition.required", "condition.any", "condition.empty", "condition.schema",
                          "data.input", "data.output", "plugin.hotkeys", "action.set"])
        #expect(text.hasSuffix("}\n"))
    }
}

import Foundation

/// The Template Builder config of the project: a `view.list` of the layout's
/// blocks (views reading `data.input`, fields writing `data.output`), each
/// question under `visible_if` wrapped in `helper.if`, and the options' hotkeys
/// in `plugin.hotkeys`. Data values never enter the config: the views name the
/// input fields by path, and the spec's own text is JSON strings.
struct TolokaView {
    /// The config: `{view, plugins}`.
    private(set) var config: JSONValue = .null
    /// Each component type used (data types aside), as `lock` lists them.
    private(set) var types: Set<String> = []

    /// The version every component is pinned to (Template Builder's 1.0.0, as toloka-kit pins them).
    static let version = "1.0.0"

    init(_ spec: Spec) {
        let view = list(spec.hit.layout, spec.hit)
        var top: [String: JSONValue] = ["view": view]
        let hotkeys = hotkeys(spec.hit)
        if !hotkeys.isEmpty {
            top["plugins"] = .array([component("plugin.hotkeys", hotkeys)])
        }
        config = .object(top)
    }

    /// The config as the API takes it: JSON text, keys sorted.
    var configText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(config) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `lock`: the core version and each component type's.
    var lock: [String: String] {
        var lock = ["core": Self.version]
        for type in types { lock[type] = Self.version }
        return lock
    }

    // MARK: components

    private mutating func component(_ type: String, _ properties: [String: JSONValue]) -> JSONValue {
        types.insert(type)
        var object = properties
        object["type"] = .string(type)
        return .object(object)
    }

    static func input(_ field: String) -> JSONValue {
        .object(["type": .string("data.input"), "path": .string(field)])
    }

    static func output(_ question: String) -> JSONValue {
        .object(["type": .string("data.output"), "path": .string(question)])
    }

    private mutating func list(_ blocks: [LayoutBlock], _ hit: HITDesign) -> JSONValue {
        let items = blocks.compactMap { block($0, hit) }
        return component("view.list", ["items": .array(items)])
    }

    private mutating func block(_ block: LayoutBlock, _ hit: HITDesign) -> JSONValue? {
        switch block.kind {
        case .text(let field, _):
            return component("view.text", ["content": Self.input(field.value)])
        case .image(let field, _):
            return component("view.image", ["url": Self.input(field.value)])
        case .link(let field, let label):
            var link: [String: JSONValue] = ["url": Self.input(field.value)]
            if let label { link["content"] = .string(label) }
            return component("view.link", link)
        case .audio(let field):
            return component("view.audio", ["url": Self.input(field.value)])
        case .video(let field):
            return component("view.video", ["url": Self.input(field.value)])
        case .markdown(let field):
            return component("view.markdown", ["content": Self.input(field.value)])
        case .note(let text):
            // `&lt;` shows as `<` in Markdown, so the note reads the same and holds no HTML.
            return component("view.markdown", ["content": .string(text.value.replacingOccurrences(of: "<", with: "&lt;"))])
        case .question(let id):
            return hit.question(id.value).map { question($0, hit) }
        case .columns(let columns):
            let items = columns.map { list($0, hit) }
            return component("layout.columns", ["items": .array(items)])
        }
    }

    // MARK: questions

    private mutating func question(_ question: Question, _ hit: HITDesign) -> JSONValue {
        let field = field(question)
        guard let condition = condition(question, hit) else { return field }
        return component("helper.if", ["condition": condition, "then": field])
    }

    /// The question's control, writing `data.output` at its id.
    private mutating func field(_ question: Question) -> JSONValue {
        var properties: [String: JSONValue] = [
            "data": Self.output(question.id),
            "label": .string(question.prompt.value),
        ]
        if let hint = question.hint { properties["hint"] = .string(hint) }
        if let validation = validation(question) { properties["validation"] = validation }
        let type = question.kind.type
        if let scale = type as? ScaleQuestion {
            let labels = Dictionary(scale.labels.map { ($0.point.value, $0.label) }, uniquingKeysWith: { first, _ in first })
            properties["options"] = .array(scale.points.map { point in
                .object(["value": .int(point), "label": .string(labels[point].map { "\(point): \($0)" } ?? String(point))])
            })
            return component("field.radio-group", properties)
        }
        if let choice = question.choice {
            let multi = type is MultiChoiceQuestion
            let select = !multi && choice.display == .dropdown
            properties["options"] = .array(choice.options.map { option in
                var entry: [String: JSONValue] = ["value": .string(option.value), "label": .string(option.label)]
                if !select, let hint = option.hint { entry["hint"] = .string(hint) }
                return .object(entry)
            })
            if multi { return component("field.checkbox-group", properties) }
            switch choice.display {
            case .radio: return component("field.radio-group", properties)
            case .buttons: return component("field.button-radio-group", properties)
            case .dropdown: return component("field.select", properties)
            }
        }
        if let number = type as? NumberQuestion {
            if let unit = number.unit { properties["label"] = .string(question.prompt.value + " (" + unit + ")") }
            if let min = number.min { properties["minimum"] = .double(min) }
            if let max = number.max { properties["maximum"] = .double(max) }
            return component("field.number", properties)
        }
        if let text = type as? TextQuestion {
            if let placeholder = text.placeholder { properties["placeholder"] = .string(placeholder) }
            return component(Self.isShort(text) ? "field.text" : "field.textarea", properties)
        }
        return component("field.textarea", properties)
    }

    /// The field's validation: `condition.required` when required, a
    /// `condition.schema` for what the output spec cannot say (a text's
    /// `pattern`, how many options a multiple choice takes; an optional field
    /// may also be left empty), and one for a multiple choice's exclusive
    /// options (with its hint); nil for none.
    private mutating func validation(_ question: Question) -> JSONValue? {
        var conditions: [JSONValue] = []
        if question.required { conditions.append(component("condition.required", [:])) }
        if let schema = Self.schema(question) {
            let test = component("condition.schema", ["data": Self.output(question.id), "schema": schema])
            conditions.append(question.required ? test : component("condition.any", ["conditions": .array([
                component("condition.empty", ["data": Self.output(question.id)]), test,
            ])]))
        }
        if let alone = Self.exclusiveSchema(question) {
            conditions.append(component("condition.schema", [
                "data": Self.output(question.id), "schema": alone.schema, "hint": .string(alone.hint),
            ]))
        }
        if conditions.count <= 1 { return conditions.first }
        return component("condition.all", ["conditions": .array(conditions)])
    }

    /// The JSON Schema an answer must meet beyond its output spec: a text's
    /// `pattern` (whole answer, as the page matches it), a multiple choice's
    /// `min_selected`/`max_selected` (the checkbox group's object holds a key
    /// per selected option); nil when there is none.
    static func schema(_ question: Question) -> JSONValue? {
        let type = question.kind.type
        if let text = type as? TextQuestion, let pattern = text.pattern?.value {
            return .object(["type": .string("string"), "pattern": .string("^(?:" + pattern + ")$")])
        }
        if let number = type as? NumberQuestion, let step = number.step, stepIsFromZero(number) {
            return .object(["type": .string("number"), "multipleOf": .double(step)])
        }
        if type is MultiChoiceQuestion, let choice = question.choice,
           choice.minSelected != nil || choice.maxSelected != nil {
            var schema: [String: JSONValue] = ["type": .string("object")]
            if let min = choice.minSelected?.value { schema["minProperties"] = .int(min) }
            if let max = choice.maxSelected?.value { schema["maxProperties"] = .int(max) }
            return .object(schema)
        }
        return nil
    }

    /// A multiple choice's exclusive options (`exclusive: true`, "None of
    /// these") as a JSON Schema the checkbox group's object must meet: it does
    /// not hold an exclusive option set to true together with any other option
    /// set to true; with the hint Toloka shows when it does not. Anything but
    /// an object (an empty answer) passes: `required` decides that. Nil without
    /// exclusive options.
    static func exclusiveSchema(_ question: Question) -> (schema: JSONValue, hint: String)? {
        let alone = ExclusiveOptions.of(question)
        guard !alone.isEmpty, let options = question.choice?.options else { return nil }
        func ticked(_ value: String) -> JSONValue {
            .object(["required": .array([.string(value)]), "properties": .object([value: .object(["const": .bool(true)])])])
        }
        // One case per exclusive option: it and some other option both ticked.
        let cases: [JSONValue] = alone.map { exclusive in
            let others = options.filter { $0.value != exclusive.value }.map { ticked($0.value) }
            return .object(["type": .string("object"), "allOf": .array([ticked(exclusive.value), .object(["anyOf": .array(others)])])])
        }
        let schema: JSONValue = .object(["not": cases.count == 1 ? cases[0] : .object(["anyOf": .array(cases)])])
        return (schema, ExclusiveOptions.message(alone))
    }

    /// Whether a number's `step`, counted from `min` (or 0), is a multiple of the
    /// step from 0, as JSON Schema's `multipleOf` counts it.
    static func stepIsFromZero(_ number: NumberQuestion) -> Bool {
        guard let step = number.step, step > 0, let min = number.min else { return true }
        let steps = min / step
        return abs(steps - steps.rounded()) < 1e-9
    }

    /// A number as the spec would write it (`1`, `0.5`).
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    /// A text answer of at most this many characters gets a one-line box (`field.text`), a longer or unbounded one a `field.textarea`.
    static let shortTextLength = 120

    static func isShort(_ text: TextQuestion) -> Bool {
        text.maxLength.map { $0 <= shortTextLength } ?? false
    }

    /// `visible_if` as a condition: all its entries, each true when the answer is any of its values; nil without `visible_if`.
    private mutating func condition(_ question: Question, _ hit: HITDesign) -> JSONValue? {
        let entries = question.visibleIf.map { entry -> JSONValue in
            let asked = hit.question(entry.question.value)
            let isScale = asked?.kind.type is ScaleQuestion
            let isMulti = asked?.kind.type is MultiChoiceQuestion
            let tests = entry.values.map { value -> JSONValue in
                if isMulti {
                    // The answer is the checkbox group's object: the value must be a key set to true.
                    return component("condition.schema", [
                        "data": Self.output(entry.question.value),
                        "schema": .object([
                            "type": .string("object"), "required": .array([.string(value.value)]),
                            "properties": .object([value.value: .object(["const": .bool(true)])]),
                        ]),
                    ])
                }
                let to: JSONValue = isScale ? Int(value.value).map(JSONValue.int) ?? .string(value.value) : .string(value.value)
                return component("condition.equals", ["data": Self.output(entry.question.value), "to": to])
            }
            return tests.count == 1 ? tests[0] : component("condition.any", ["conditions": .array(tests)])
        }
        if entries.isEmpty { return nil }
        return entries.count == 1 ? entries[0] : component("condition.all", ["conditions": .array(entries)])
    }

    // MARK: hotkeys

    /// Toloka's hotkeys: `a`-`z`, `0`-`9`, `up`, `down`.
    static func isHotkey(_ key: String) -> Bool {
        key == "up" || key == "down" || (key.count == 1 && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }

    /// Whether a multiple choice's option can be toggled by a hotkey: its
    /// value is the last part of the path `<question>.<value>`, so it holds no
    /// `.` and is not a number (which a path reads as an array index).
    static func isTogglable(_ value: String) -> Bool {
        !value.isEmpty && !value.contains(".") && !value.allSatisfy(\.isNumber)
    }

    /// Each single-choice option's key sets its value, and a multiple choice
    /// option's key toggles it; under `visible_if`, only while the question is shown.
    private mutating func hotkeys(_ hit: HITDesign) -> [String: JSONValue] {
        var keys: [String: JSONValue] = [:]
        for id in hit.questionOrder {
            guard let question = hit.question(id.value), let choice = question.choice else { continue }
            let multi = question.kind.type is MultiChoiceQuestion
            for option in choice.options {
                guard let key = option.key?.value.lowercased(), Self.isHotkey(key), keys[key] == nil,
                      !multi || Self.isTogglable(option.value) else { continue }
                let set = multi
                    ? component("action.toggle", ["data": Self.output(question.id + "." + option.value)])
                    : component("action.set", ["data": Self.output(question.id), "payload": .string(option.value)])
                if let condition = condition(question, hit) {
                    keys[key] = component("helper.if", ["condition": condition, "then": set])
                } else {
                    keys[key] = set
                }
            }
        }
        return keys
    }
}

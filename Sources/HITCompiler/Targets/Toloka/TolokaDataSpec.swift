/// One entry of a Toloka `input_spec` or `output_spec`: the field's Toloka type
/// (`string`, `integer`, `float`, `boolean`, `url`, `json`, ...) and its limits.
struct TolokaFieldSpec: Encodable, Sendable, Equatable {
    var type: String
    var required: Bool
    var allowed_values: [JSONValue]? = nil
    var min_length: Int? = nil
    var max_length: Int? = nil
    var min_value: Double? = nil
    var max_value: Double? = nil
}

/// The input and output specifications of the project: one input per data
/// field, one output per question, named as the Template Builder config's
/// `data.input` and `data.output` paths name them.
enum TolokaDataSpec {
    /// The Toloka type of a data field.
    static func type(_ field: FieldType) -> String {
        switch field {
        case .string, .text, .category, .markdown, .date: "string"
        case .number: "float"
        case .boolean: "boolean"
        case .url, .image, .audio, .video: "url"
        }
    }

    /// `input_spec`: every data field.
    static func input(_ data: DataSchema) -> [String: TolokaFieldSpec] {
        var spec: [String: TolokaFieldSpec] = [:]
        for field in data.fields {
            var entry = TolokaFieldSpec(type: type(field.type.value), required: field.required)
            switch field.type.value {
            case .number where field.integer:
                entry.type = "integer"
                entry.min_value = field.min
                entry.max_value = field.max
            case .number:
                entry.min_value = field.min
                entry.max_value = field.max
            case .category where !field.values.isEmpty:
                entry.allowed_values = field.values.map { .string($0.value) }
            case .string, .text:
                entry.max_length = field.maxLength
            default:
                break
            }
            spec[field.name] = entry
        }
        return spec
    }

    /// `output_spec`: every question. A question shown only under `visible_if`
    /// is not required (a hidden question has no answer).
    static func output(_ questions: [Question]) -> [String: TolokaFieldSpec] {
        var spec: [String: TolokaFieldSpec] = [:]
        for question in questions {
            spec[question.id] = output(question)
        }
        return spec
    }

    static func output(_ question: Question) -> TolokaFieldSpec {
        let required = question.required && question.visibleIf.isEmpty
        let type = question.kind.type
        if let scale = type as? ScaleQuestion {
            return TolokaFieldSpec(type: "integer", required: required,
                                   min_value: Double(scale.min), max_value: Double(scale.max))
        }
        if type is MultiChoiceQuestion {
            // `field.checkbox-group` writes a JSON object keyed by the selected options' values;
            // how many may be selected is the view's validation (`TolokaView`).
            return TolokaFieldSpec(type: "json", required: required)
        }
        if let choice = question.choice {
            return TolokaFieldSpec(type: "string", required: required, allowed_values: choice.values.map(JSONValue.string))
        }
        if let number = type as? NumberQuestion {
            return TolokaFieldSpec(type: "float", required: required, min_value: number.min, max_value: number.max)
        }
        if let text = type as? TextQuestion {
            return TolokaFieldSpec(type: "string", required: required, min_length: text.minLength, max_length: text.maxLength)
        }
        return TolokaFieldSpec(type: "string", required: required)
    }
}

/// A question in the worker task template: a `fieldset` with the prompt, the
/// hint and plain HTML controls inside the `crowd-form`, named
/// `item<N>_<question>` (N from the Liquid loop, as the task page names its
/// answers), so the submitted JSON maps back to the item and question.
///
/// Plain controls rather than `crowd-radio-button`: Ground Truth's reference says
/// its radio buttons take no `required` and tells to use `<input type="radio">`
/// for a required choice; plain controls are also what the inline script can
/// hide, disable and check by `visible_if` (`GroundTruthScript`).
///
/// | question | control |
/// |---|---|
/// | single choice, radio / buttons | `input type="radio"` (buttons: styled as buttons) |
/// | single choice, dropdown | `select` with an empty first option |
/// | multi choice | `input type="checkbox"`, one per option |
/// | scale | `input type="radio"`, one per point, with the point's label |
/// | number | `input type="number"` with `min`, `max`, `step` |
/// | text | `textarea` (or `input type="text"` up to 100 characters) with `maxlength`, `minlength` |
enum GroundTruthControls {
    /// The form field name of `question` in the current item of the loop.
    static func name(_ question: Question) -> String {
        "item{{ forloop.index }}_" + question.id
    }

    /// The whole fieldset of `question`.
    static func question(_ question: Question, _ words: GroundTruthWords) -> String {
        let h = GroundTruthHTML.text
        var out = "<fieldset class=\"gt-question\" data-question=\"\(h(question.id))\">\n"
        out += "<legend>\(h(question.prompt.value))"
        if !question.required { out += " <span class=\"gt-optional\">\(words.html("page-optional"))</span>" }
        out += "</legend>\n"
        if let hint = question.hint {
            out += "<div class=\"gt-hint\">\(GroundTruthHTML.rendered(TaskPageMarkdown.block(hint, headingsBelow: 3)))</div>\n"
        }
        if let multi = question.kind.type as? MultiChoiceQuestion,
           let note = MultiChoiceQuestion.selectionNote(min: multi.settings.minSelected?.value, max: multi.settings.maxSelected?.value, words.catalogue) {
            out += "<p class=\"gt-note\">\(h(note))</p>\n"
        }
        out += control(question, words)
        out += "<p class=\"gt-error\" hidden></p>\n</fieldset>\n"
        return out
    }

    /// The control of `question`.
    static func control(_ question: Question, _ words: GroundTruthWords) -> String {
        let name = name(question)
        let required = question.required && question.visibleIf.isEmpty ? " required" : ""
        let type = question.kind.type
        if let choice = question.choice {
            let multi = question.kind.storage == .optionSet
            if !multi, choice.display == .dropdown {
                var out = "<select name=\"\(name)\"\(required)>\n<option value=\"\">\(words.html("page-choose"))</option>\n"
                for option in choice.options {
                    let key = option.key.map { " (" + GroundTruthHTML.text($0.value) + ")" } ?? ""
                    out += "<option value=\"\(GroundTruthHTML.text(option.value))\">\(GroundTruthHTML.text(option.label))\(key)</option>\n"
                }
                out += "</select>\n"
                let hints = choice.options.compactMap { o in o.hint.map { (o.label, $0) } }
                if !hints.isEmpty {
                    out += "<dl class=\"gt-option-hints\">\n"
                    for (label, hint) in hints {
                        out += "<dt>\(GroundTruthHTML.text(label))</dt><dd>\(GroundTruthHTML.rendered(TaskPageMarkdown.inline(hint)))</dd>\n"
                    }
                    out += "</dl>\n"
                }
                return out
            }
            let style = choice.display == .buttons ? "gt-options gt-buttons" : "gt-options"
            var out = "<div class=\"\(style)\">\n"
            for option in choice.options {
                out += "<label class=\"gt-option\"><input type=\"\(multi ? "checkbox" : "radio")\" name=\"\(name)\" value=\"\(GroundTruthHTML.text(option.value))\"\(multi ? "" : required)>"
                out += "<span class=\"gt-label\">\(GroundTruthHTML.text(option.label))</span>"
                if let key = option.key { out += " <kbd>\(GroundTruthHTML.text(key.value))</kbd>" }
                if let hint = option.hint {
                    out += " <span class=\"gt-option-hint\">\(GroundTruthHTML.rendered(TaskPageMarkdown.inline(hint)))</span>"
                }
                out += "</label>\n"
            }
            return out + "</div>\n"
        }
        if let scale = type as? ScaleQuestion {
            let labels = Dictionary(scale.labels.map { ($0.point.value, $0.label) }, uniquingKeysWith: { first, _ in first })
            var out = "<div class=\"gt-scale\">\n"
            for point in scale.points {
                out += "<label class=\"gt-point\"><input type=\"radio\" name=\"\(name)\" value=\"\(point)\"\(required)><span class=\"gt-point-value\">\(point)</span>"
                if let label = labels[point] { out += "<span class=\"gt-point-label\">\(GroundTruthHTML.text(label))</span>" }
                out += "</label>\n"
            }
            return out + "</div>\n"
        }
        if let number = type as? NumberQuestion {
            var attributes = ""
            if let min = number.min { attributes += " min=\"\(NumberText.plain(min))\"" }
            if let max = number.max { attributes += " max=\"\(NumberText.plain(max))\"" }
            attributes += " step=\"\(NumberText.plain(number.step ?? 1))\""
            let unit = number.unit.map { " <span class=\"gt-unit\">\(GroundTruthHTML.text($0))</span>" } ?? ""
            return "<p><input type=\"number\" name=\"\(name)\"\(attributes)\(required)>\(unit)</p>\n"
        }
        if let text = type as? TextQuestion {
            var attributes = ""
            if let max = text.maxLength { attributes += " maxlength=\"\(max)\"" }
            if let min = text.minLength { attributes += " minlength=\"\(min)\"" }
            if let placeholder = text.placeholder { attributes += " placeholder=\"\(GroundTruthHTML.text(placeholder))\"" }
            if text.maxLength.map({ $0 > 100 }) ?? true {
                return "<textarea name=\"\(name)\" rows=\"3\"\(attributes)\(required)></textarea>\n"
            }
            return "<input type=\"text\" name=\"\(name)\"\(attributes)\(required)>\n"
        }
        // A type this target does not name: its storage decides.
        switch question.kind.storage {
        case .option, .optionSet:
            let multi = question.kind.storage == .optionSet
            var out = "<div class=\"gt-options\">\n"
            for value in question.orderedValues ?? [] {
                out += "<label class=\"gt-option\"><input type=\"\(multi ? "checkbox" : "radio")\" name=\"\(name)\" value=\"\(GroundTruthHTML.text(value))\"><span class=\"gt-label\">\(GroundTruthHTML.text(value))</span></label>\n"
            }
            return out + "</div>\n"
        case .decimal:
            return "<p><input type=\"number\" name=\"\(name)\" step=\"any\"\(required)></p>\n"
        case .string:
            return "<textarea name=\"\(name)\" rows=\"3\"\(required)></textarea>\n"
        }
    }
}

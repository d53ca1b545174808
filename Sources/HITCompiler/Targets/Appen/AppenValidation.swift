import Foundation

/// A question's checks as CML validators (Appen's "Guide to Validators";
/// CrowdFlower's older "Validations" page), and the checks no validator
/// expresses (`AppenChecks` reports those as `W0018`).
///
/// | spec | `validates` |
/// |---|---|
/// | `required` | `required` ("at least one non-whitespace character"; "at least one item to be selected") |
/// | number, whole steps, `min` and `max` | `integerRange:{min:A,max:B}` ("an integer within a given range", inclusive) |
/// | number, whole steps, `min: 1` only | `positiveInteger` |
/// | number, whole steps, otherwise | `integer` |
/// | number, otherwise | `numeric` ("an integer or floating-point value") |
/// | text `min_length` and `max_length` | `rangeLength:{min:A,max:B}` (inclusive) |
/// | text `min_length` only | `minLength:A` |
/// | text `max_length` only | `maxLength:B` |
/// | text `pattern` | `regex`, with `data-validates-regex="^(?:pattern)$"` |
///
/// Validators run left to right and stop at the first failure; hidden fields
/// (an `only-if` that does not hold) are not validated, so a hidden question
/// is never required. Left to `W0018`: a number's bounds when its answers are
/// not whole (no validator bounds a decimal), a step other than 1 (no step
/// validator), a `min_length` of an optional text (a length validator would
/// refuse the empty answer the spec allows), a pattern that needs
/// JavaScript's unicode mode (`\p{…}`, `\u{…}`, characters beyond U+FFFF:
/// `regex` takes no `u` flag that we know of), and a multiple choice's
/// `min_selected`/`max_selected` (no validator counts ticked boxes).
struct AppenValidation {
    /// The `validates` words, in order.
    var validators: [String] = []
    /// Attributes the validators read (`data-validates-regex`).
    var attributes: [(String, String)] = []
    /// Spec keys no validator checks, each with where it is written (nil: the question).
    var unchecked: [(key: String, range: SourceRange?)] = []

    init(_ question: Question) {
        if question.required { validators.append("required") }
        switch question.kind.type {
        case let number as NumberQuestion: addNumber(number)
        case let text as TextQuestion: addText(text, required: question.required)
        case let multi as MultiChoiceQuestion: addMulti(multi, required: question.required)
        default: break
        }
    }

    /// The `validates` attribute's value, nil without validators.
    var validates: String? { validators.isEmpty ? nil : validators.joined(separator: " ") }

    /// True when a number's answers are whole numbers: a whole `step` from a
    /// whole `min` (or from 0).
    static func wholeAnswers(_ number: NumberQuestion) -> Bool {
        guard let step = number.step, isWhole(step) else { return false }
        return number.min.map(isWhole) ?? true
    }

    private mutating func addNumber(_ number: NumberQuestion) {
        guard Self.wholeAnswers(number) else {
            validators.append("numeric")
            unchecked += [("min", number.min), ("max", number.max), ("step", number.step)].compactMap { $0.1 == nil ? nil : ($0.0, nil) }
            return
        }
        if number.step != 1 { unchecked.append(("step", nil)) }
        // The whole answers within the bounds: from `min` up, to the largest whole number not above `max`.
        let lo = number.min.flatMap(Self.integer)
        let hi = number.max.flatMap { Self.integer($0.rounded(.down)) }
        switch (lo, hi) {
        case let (lo?, hi?):
            validators.append("integerRange:{min:\(lo),max:\(hi)}")
        case (1?, nil):
            validators.append("positiveInteger")
        default:
            validators.append("integer")
            if number.min != nil { unchecked.append(("min", nil)) }
            if number.max != nil { unchecked.append(("max", nil)) }
        }
    }

    private mutating func addText(_ text: TextQuestion, required: Bool) {
        // An optional text's `min_length` would refuse its empty answer.
        let lo = text.minLength.flatMap { $0 > 0 && required ? $0 : nil }
        if text.minLength.map({ $0 > 0 && !required }) ?? false { unchecked.append(("min_length", nil)) }
        switch (lo, text.maxLength) {
        case let (lo?, hi?): validators.append("rangeLength:{min:\(lo),max:\(hi)}")
        case let (lo?, nil): validators.append("minLength:\(lo)")
        case let (nil, hi?): validators.append("maxLength:\(hi)")
        case (nil, nil): break
        }
        guard let pattern = text.pattern else { return }
        if Self.needsUnicodeMode(pattern.value) {
            unchecked.append(("pattern", pattern.range))
            return
        }
        // `regex` tests the whole answer; an optional text may also stay empty.
        validators.append("regex")
        attributes.append(("data-validates-regex", required ? "^(?:\(pattern.value))$" : "^(?:\(pattern.value))?$"))
    }

    private mutating func addMulti(_ multi: MultiChoiceQuestion, required: Bool) {
        if let lo = multi.settings.minSelected, lo.value > (required ? 1 : 0) { unchecked.append(("min_selected", lo.range)) }
        if let hi = multi.settings.maxSelected, hi.value < multi.settings.options.count { unchecked.append(("max_selected", hi.range)) }
    }

    /// True when `pattern` reads differently without JavaScript's unicode
    /// mode: a property or code point escape, or a character beyond U+FFFF
    /// (matched as two UTF-16 units without it).
    static func needsUnicodeMode(_ pattern: String) -> Bool {
        pattern.contains("\\p{") || pattern.contains("\\P{") || pattern.contains("\\u{")
            || pattern.unicodeScalars.contains { $0.value > 0xFFFF }
    }

    private static func isWhole(_ x: Double) -> Bool { x == x.rounded() }

    /// `x` as an integer written without a decimal point, nil when it is not whole or too large.
    private static func integer(_ x: Double) -> Int? {
        isWhole(x) && abs(x) < 1e15 ? Int(x) : nil
    }
}

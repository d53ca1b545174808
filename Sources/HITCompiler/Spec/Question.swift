/// One question asked about every item.
public struct Question: Sendable {
    public var id: String
    public var idRange: SourceRange
    public var kind: Kind
    public var prompt: Located<String>
    public var required: Bool
    public var hint: String?
    /// All conditions must hold for the question to be shown.
    public var visibleIf: [VisibleCondition]

    /// The question type with its type-specific settings.
    public enum Kind: Sendable {
        case singleChoice(Choice)
        case multiChoice(Choice)
        case scale(Scale)
        case text(Text)
        case number(NumberAnswer)

        /// The question type of this kind.
        public var type: QuestionType {
            switch self {
            case .singleChoice: .single_choice
            case .multiChoice: .multi_choice
            case .scale: .scale
            case .text: .text
            case .number: .number
            }
        }

        /// Options of a choice question; nil for other types.
        public var choice: Choice? {
            switch self {
            case .singleChoice(let c), .multiChoice(let c): c
            default: nil
            }
        }

        /// The values an answer can take, in order, for kinds with a finite set
        /// (choices and scales); nil for text and number.
        public var orderedValues: [String]? {
            switch self {
            case .singleChoice(let c), .multiChoice(let c): c.options.map(\.value)
            case .scale(let s): s.min <= s.max ? (s.min...s.max).map(String.init) : []
            default: nil
            }
        }
    }

    /// The `type:` word.
    public var typeName: String { kind.type.rawValue }

    /// Options of a choice question; nil for other types.
    public var choice: Choice? { kind.choice }

    /// The values an answer can take, in order, for questions with a finite set
    /// (choices and scales); nil for text and number.
    public var orderedValues: [String]? { kind.orderedValues }

    public struct Choice: Sendable {
        public enum Display: String, Sendable, CaseIterable { case radio, buttons, dropdown }
        public var options: [ChoiceOption]
        public var display: Display
        /// `multi_choice` only.
        public var minSelected: Located<Int>?
        public var maxSelected: Located<Int>?
    }

    public struct Scale: Sendable {
        public var min: Int
        public var max: Int
        public var range: SourceRange
        /// Labels for some points, in the order written.
        public var labels: [(point: Located<Int>, label: String)]
    }

    public struct Text: Sendable {
        public var minLength: Int?
        public var maxLength: Int?
        public var pattern: Located<String>?
        public var placeholder: String?
    }

    public struct NumberAnswer: Sendable {
        public var min: Double?
        public var max: Double?
        public var step: Double?
        public var unit: String?
    }
}

/// The `type:` words of questions.
public enum QuestionType: String, Sendable, CaseIterable {
    case single_choice, multi_choice, scale, text, number
}

/// One option of a choice question.
public struct ChoiceOption: Sendable {
    public var value: String
    public var label: String
    /// A single-character hotkey.
    public var key: Located<String>?
    public var hint: String?
    public var range: SourceRange
    public var valueRange: SourceRange
}

/// One `question: value(s)` entry of `visible_if`.
public struct VisibleCondition: Sendable {
    public var question: Located<String>
    /// Any of these values satisfies the condition.
    public var values: [Located<String>]
}

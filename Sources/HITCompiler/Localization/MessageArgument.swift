/// A value given to a message's variable.
public enum MessageArgument: Sendable, Equatable {
    /// Text inserted as it is (escaped in HTML output).
    case text(String)
    /// A number: formatted for the catalogue's locale, and what selectors select on.
    case number(Double)
    /// Markup inserted verbatim by `MessageCatalogue.formatHTML`; as text elsewhere.
    /// Only hitc's own lowering makes these, from escaped parts.
    case html(String)

    public static func number(_ value: Int) -> MessageArgument { .number(Double(value)) }
}

/// hitc's own words in the worker task template, in the spec's language (its
/// catalogue with its `ui_strings`), escaped as `GroundTruthHTML.text` escapes
/// static text. A variable may be a Liquid output (`{{ forloop.index }}`):
/// the message is rendered with a private-use placeholder in its place,
/// escaped, and the placeholder replaced by the Liquid markup.
struct GroundTruthWords: Sendable {
    let catalogue: MessageCatalogue

    init(_ spec: Spec) {
        catalogue = spec.messages
    }

    /// Message `id` with text variables `text` and Liquid variables `liquid`, ready for the template.
    func html(_ id: String, text: [String: String] = [:], liquid: [String: String] = [:]) -> String {
        var args: [String: MessageArgument] = text.mapValues { .text($0) }
        let placeholders = Array(liquid.keys.sorted().enumerated())
        for (i, name) in placeholders { args[name] = .text(Self.placeholder(i)) }
        var out = GroundTruthHTML.text(catalogue.format(id, args))
        for (i, name) in placeholders { out = out.replacingOccurrences(of: Self.placeholder(i), with: liquid[name] ?? "") }
        return out
    }

    /// A stand-in no built-in catalogue text holds (Unicode's private use area); a
    /// `ui_strings` text that writes one only repeats hitc's own Liquid output.
    private static func placeholder(_ i: Int) -> String { "\u{E000}\(i)\u{E001}" }
}

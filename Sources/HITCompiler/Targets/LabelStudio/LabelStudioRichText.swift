import Foundation

/// Links and Markdown on Label Studio, which has no link tag and (before 1.2x)
/// no Markdown tag: hitc renders them to HTML itself and shows the HTML with
/// `HyperText inline="true"` (Label Studio sets an inline `HyperText`'s value as
/// the element's inner HTML, unsanitised — so only HTML hitc wrote goes there).
///
/// - a `link` block: an `<a target="_blank" rel="noopener noreferrer">` whose
///   `href` is the item's https/http URL and whose text is the block's label
///   (the URL without one), both HTML-escaped; any other value is shown as text;
/// - a `markdown` field: the item's Markdown rendered by cmark-gfm in safe mode
///   (raw HTML omitted, `javascript:` and other unsafe links dropped), links
///   opening in a new tab.
///
/// Both depend on the item, so `hitc batch` adds them to each task's data under
/// `hitc_link_<field>` and `hitc_html_<field>`; a static `note` is rendered the
/// same way into the config, every `$` written `&#36;` so Label Studio does not
/// read it as a task-data reference.
enum LabelStudioRichText {
    /// The data key holding the link of `field`.
    static func linkKey(_ field: String) -> String { "hitc_link_" + field }
    /// The data key holding the rendered Markdown of `field`.
    static func htmlKey(_ field: String) -> String { "hitc_html_" + field }

    /// One derived data value of a task: its key, and how it is made from the item's field.
    struct Derived: Sendable {
        var key: String
        var field: String
        var make: @Sendable (String) -> String
    }

    /// The derived values the layout needs (links and Markdown fields, each field once).
    static func derived(_ layout: [LayoutBlock]) -> [Derived] {
        var out: [Derived] = []
        var seen: Set<String> = []
        func walk(_ blocks: [LayoutBlock]) {
            for block in blocks {
                switch block.kind {
                case .link(let field, let label):
                    if seen.insert(linkKey(field.value)).inserted {
                        out.append(Derived(key: linkKey(field.value), field: field.value, make: { link($0, label: label) }))
                    }
                case .markdown(let field):
                    if seen.insert(htmlKey(field.value)).inserted {
                        out.append(Derived(key: htmlKey(field.value), field: field.value, make: markdown))
                    }
                case .columns(let columns): columns.forEach(walk)
                default: break
                }
            }
        }
        walk(layout)
        return out
    }

    /// The anchor for `url` labelled `label`: only an https or http URL becomes a link.
    static func link(_ url: String, label: String?) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return escaped(url) }
        return "<a href=\"" + escaped(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escaped(label ?? url) + "</a>"
    }

    /// `source` rendered as safe HTML, its links opening in a new tab.
    static func markdown(_ source: String) -> String {
        MarkdownRenderer.html(source)
            .replacingOccurrences(of: "<a href=\"", with: "<a target=\"_blank\" rel=\"noopener noreferrer\" href=\"")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Rendered HTML for a static `value`: `$` as `&#36;` (HTML shows `$`; Label Studio sees no reference).
    static func staticHTML(_ html: String) -> String {
        html.replacingOccurrences(of: "$", with: "&#36;")
    }

    /// `text` with HTML's five specials as entities.
    static func escaped(_ text: String) -> String {
        MarkupEscaping.escaped(text)
    }

    /// The string value of `field` in an item's JSON object; "" when absent or not a string.
    static func value(of field: String, in object: [UInt8]) -> String {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(object)) as? [String: Any] else { return "" }
        if let text = parsed[field] as? String { return text }
        if let number = parsed[field] as? NSNumber { return number.stringValue }
        return ""
    }
}

import Foundation

/// Writing static text into a Liquid template. Ground Truth renders the template
/// with Liquid before the worker's browser sees it, so any `{{`, `{%` (or `{#`)
/// that the spec's own text carries would be read as Liquid markup. Static text
/// is therefore HTML-escaped with `{` and `}` written as character references
/// (`&#123;`, `&#125;`), which the browser shows as braces and Liquid leaves
/// alone; only the template's own `{{ ... }}` and `{% ... %}` are Liquid.
enum GroundTruthHTML {
    /// `text` escaped for HTML text or a double-quoted attribute value, braces included.
    static func text(_ text: String) -> String {
        MarkupEscaping.escaped(text, .braces)
    }

    /// HTML hitc rendered itself (Markdown in safe mode, the guidelines), with its
    /// braces written as character references: in text and attribute values the
    /// browser reads them as braces, and Liquid sees none.
    static func rendered(_ html: String) -> String {
        guard html.contains("{") || html.contains("}") else { return html }
        return html.replacingOccurrences(of: "{", with: "&#123;").replacingOccurrences(of: "}", with: "&#125;")
    }

    /// `value` as JSON for a `<script type="application/json">` in the template:
    /// inside strings `{ } < > &` are `\u` escapes, so the script element cannot be
    /// closed and no Liquid markup appears (JSON's own braces never pair as `{{` or `{%`).
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let raw = String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var inString = false, escaped = false
        for ch in raw {
            if inString {
                if escaped { escaped = false; out.append(ch); continue }
                switch ch {
                case "\\": escaped = true; out.append(ch)
                case "\"": inString = false; out.append(ch)
                case "{": out += "\\u007b"
                case "}": out += "\\u007d"
                case "<": out += "\\u003c"
                case ">": out += "\\u003e"
                case "&": out += "\\u0026"
                default: out.append(ch)
                }
            } else {
                if ch == "\"" { inString = true }
                out.append(ch)
            }
        }
        return out
    }

    /// A Liquid output of the current item's field, escaped (Ground Truth also
    /// escapes by default; the filter says so in the template).
    static func field(_ name: String) -> String {
        "{{ item." + name + " | escape }}"
    }
}

/// The script that renders `markdown:` blocks in the Ground Truth template: the
/// task page's own renderer, cut at build time out of `assets/task.js` (its
/// helpers, from `var doc = document;` to the configuration, and its "markdown
/// fields" part), so both pages render data Markdown with one piece of code.
/// That renderer builds DOM nodes only (`createElement`, `textContent`, https
/// links), so data never becomes markup. The block holds the source as escaped
/// text (`pre-wrap` while unrendered); the script replaces it with the rendered
/// nodes and marks it `gt-rendered`.
enum GroundTruthMarkdownScript {
    /// Where the parts start and end in `assets/task.js`.
    static let helpersStart = "  var doc = document;\n"
    static let helpersEnd = "\n  var cfg = JSON.parse("
    static let rendererStart = "  // ---- markdown fields"
    static let rendererEnd = "  // ---- filling the layout"

    /// The script for the built-in `assets/task.js`; nil if its parts cannot be
    /// found (the template then shows the source, and check gives W0018).
    static let script: String? = BuiltinTemplates.files["assets/task.js"].flatMap(make)

    /// The script made from `taskJS`; nil when a part is missing or the result
    /// holds what Liquid or the HTML parser would read (`{{`, `{%`, `{#`, `</script`).
    static func make(_ taskJS: String) -> String? {
        guard let h0 = taskJS.range(of: helpersStart), let h1 = taskJS.range(of: helpersEnd, range: h0.upperBound..<taskJS.endIndex),
              let r0 = taskJS.range(of: rendererStart), let r1 = taskJS.range(of: rendererEnd, range: r0.upperBound..<taskJS.endIndex)
        else { return nil }
        let helpers = String(taskJS[h0.lowerBound..<h1.lowerBound])
        let renderer = String(taskJS[r0.lowerBound..<r1.lowerBound])
        let out = "(function () {\n  'use strict';\n" + helpers + "\n" + renderer
            + "  each('.gt-markdown[data-markdown]', doc, function (el) {\n"
            + "    var source = el.textContent;\n    el.textContent = '';\n    markdown(el, source);\n"
            + "    el.classList.add('gt-rendered');\n  });\n})();\n"
        for forbidden in ["{{", "{%", "{#", "</script", "</SCRIPT"] where out.contains(forbidden) { return nil }
        return out
    }

    /// True when `blocks` (columns included) hold a `markdown:` block.
    static func needed(_ blocks: [LayoutBlock]) -> Bool {
        blocks.contains { block in
            switch block.kind {
            case .markdown: true
            case .columns(let columns): columns.contains { needed($0) }
            default: false
            }
        }
    }
}

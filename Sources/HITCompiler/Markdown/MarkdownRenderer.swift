internal import CCmarkGFM
import Foundation

/// Renders GitHub-flavoured Markdown to HTML with cmark-gfm in safe mode: raw
/// HTML is omitted and `javascript:` links are dropped. Tables,
/// strikethrough, autolinks and task lists are on. The only code that touches
/// cmark-gfm.
enum MarkdownRenderer {
    /// The extensions attached to every parser.
    static let extensions = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers cmark-gfm's extensions once per process. cmark-gfm's own guard is a
    /// plain flag and its registry a global list, so two threads rendering their
    /// first Markdown at once could both append to it (`hitc serve` renders
    /// task.html and preview.html side by side; a crash seen in CI, cmark's
    /// `finalize` assertion): a Swift `static let` runs its initializer exactly once.
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Registers cmark-gfm's extensions (every render also does, first): later
    /// renders only read the registry.
    static func registerExtensions() {
        _ = registered
    }

    /// HTML for `markdown`; deterministic for the same input.
    static func html(_ markdown: String) -> String {
        _ = registered
        // CMARK_OPT_DEFAULT is safe (raw HTML and unsafe links omitted); no UNSAFE flag.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

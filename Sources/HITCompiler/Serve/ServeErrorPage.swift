import Foundation

/// The page served instead of the bundle while the spec has errors: each
/// diagnostic as `hitc check` prints it (file:line:col, message, the source line
/// and caret, notes), every character escaped, and the serve script, so fixing the
/// spec brings the page back by itself.
enum ServeErrorPage {
    static func html(_ bundle: ServedBundle, config: ServePageConfig) -> String {
        let renderer = TextRenderer(color: false)
        let shown = bundle.diagnostics.filter { $0.severity == .error } + bundle.diagnostics.filter { $0.severity == .warning }
        var items = ""
        for diagnostic in shown.prefix(DiagnosticSelection.defaultLimit) {
            let text = renderer.render([diagnostic], sources: bundle.sources)
            let kind = diagnostic.severity == .error ? "error" : "warning"
            items += "<li class=\"\(kind)\"><pre>\(MarkupEscaping.escaped(text))</pre></li>\n"
        }
        if let failure = bundle.failure {
            items += "<li class=\"error\"><pre>\(MarkupEscaping.escaped("error: " + failure))</pre></li>\n"
        }
        let errors = bundle.errorCount + (bundle.failure == nil ? 0 : 1)
        let title = "\(Plural.count(errors, "error")) in \(bundle.specPath)"
        // `ServePage.inject` adds the serve script's hash, connect-src 'self' and form-action 'none'.
        let policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'"
        let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(MarkupEscaping.escaped(policy))">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupEscaping.escaped(title))</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #111827; }
        main { padding: 16px 24px; max-width: 72rem; }
        h1 { font-size: 1.4rem; color: #991b1b; }
        ol { padding: 0; list-style: none; }
        li { margin: 0 0 12px; border-left: 4px solid #b91c1c; background: #fef2f2; }
        li.warning { border-color: #b45309; background: #fffbeb; }
        pre { margin: 0; padding: 8px 12px; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.45 ui-monospace, monospace; }
        </style>
        </head>
        <body>
        <main id="hitc-serve-errors">
        <h1>\(MarkupEscaping.escaped(title))</h1>
        <p>The page comes back by itself when the spec (or template) is fixed (the terminal shows the same problems).</p>
        <ol>
        \(items)</ol>
        </main>
        </body>
        </html>

        """
        return ServePage.inject(page, config: config)
    }
}

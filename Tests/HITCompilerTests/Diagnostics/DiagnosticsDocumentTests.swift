import Foundation
import Testing
@testable import HITCompiler

/// Keeps `docs/diagnostics.md` in step with the catalogue: the test renders the
/// document (each code's example from the first corpus case that produces it)
/// and fails when the file differs. `HITC_UPDATE_GOLDEN=1` rewrites it.
struct DiagnosticsDocumentTests {
    /// The first diagnostic of each code over the corpus, rendered as text with
    /// paths relative to the case folder.
    static func examples() -> [DiagnosticCode: String] {
        var examples: [DiagnosticCode: String] = [:]
        for name in CorpusTests.cases {
            let folder = CorpusTests.invalid.appendingPathComponent(name)
            let result = Pipeline.check(path: folder.appendingPathComponent("spec.yaml").path, options: CorpusTests.options(for: folder))
            let prefix = folder.path + "/"
            var sources: [String: SourceFile] = [:]
            for (path, source) in result.sources {
                let short = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
                sources[short] = SourceFile(path: short, bytes: source.bytes)
            }
            for var d in result.diagnostics where examples[d.code] == nil {
                // Paths inside the checkout must not leak into the document.
                if d.file.hasPrefix(prefix) { d.file.removeFirst(prefix.count) }
                d.message = d.message.replacingOccurrences(of: prefix, with: "")
                d.notes = d.notes.map { n in
                    var n = n
                    if let f = n.file, f.hasPrefix(prefix) { n.file = String(f.dropFirst(prefix.count)) }
                    n.message = n.message.replacingOccurrences(of: prefix, with: "")
                    return n
                }
                examples[d.code] = TextRenderer(color: false).render([d], sources: sources)
            }
        }
        return examples
    }

    @Test func docsListEveryCodeAndAreCurrent() throws {
        let url = Paths.root.appendingPathComponent("docs/diagnostics.md")
        let examples = Self.examples()
        let generated = DiagnosticsDocument.markdown(examples: examples)
        for code in DiagnosticCode.allCases {
            #expect(generated.contains("### \(code.code)"))
        }
        if Paths.updatingGoldens {
            try generated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote docs/diagnostics.md; review it and run again without HITC_UPDATE_GOLDEN")
            return
        }
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(current == generated, "docs/diagnostics.md is stale: run HITC_UPDATE_GOLDEN=1 swift test --filter DiagnosticsDocumentTests")
    }
}

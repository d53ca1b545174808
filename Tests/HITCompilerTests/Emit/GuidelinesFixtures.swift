import Foundation
import Testing
@testable import HITCompiler

/// Specs for the guideline document tests: the kitchen sink with worked
/// examples (every block, question type and display), and a hostile one.
/// `HITC_GUIDE_OUT=DIR` also writes the rendered documents there (for
/// screenshots, the W3C checker and axe).
enum GuidelinesFixtures {
    struct Rendered {
        var name: String
        var spec: Spec
        var html: String
        var markdown: String
    }

    static func render(_ checked: CheckedSpec, name: String) throws -> Rendered {
        let html = try GuidelinesRenderer.html(checked, templates: .builtin)
        let markdown = try GuidelinesRenderer.markdown(checked, templates: .builtin)
        if let out = ProcessInfo.processInfo.environment["HITC_GUIDE_OUT"] {
            let folder = URL(fileURLWithPath: out).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try html.write(to: folder.appendingPathComponent("guidelines.html"), atomically: true, encoding: .utf8)
            try markdown.write(to: folder.appendingPathComponent("guidelines.md"), atomically: true, encoding: .utf8)
        }
        return Rendered(name: name, spec: checked.spec, html: html, markdown: markdown)
    }

    static func renderExample(_ url: URL) throws -> Rendered {
        try render(try TaskPageFixtures.checked(at: url), name: url.deletingLastPathComponent().lastPathComponent)
    }

    static func renderYAML(_ yaml: String, name: String) throws -> Rendered {
        let (checked, _) = try TaskPageFixtures.checked(yaml: yaml)
        return try render(checked, name: name)
    }

    /// The kitchen sink with two worked examples: one fills every field, one only the required ones.
    static let sink: String = {
        let examples = """
          examples:
            - item: { id: ex-1, heading: A heading, body: "Body text\\non two lines", quote: A quotation, code: "0012345",
                      photo: "https://img.example.com/1.jpg", caption: A photo, page: "https://example.com/p/1",
                      sound: "https://media.example.com/1.mp3", clip: "https://media.example.com/1.mp4",
                      notes: "**Bold** and *em*\\n\\n# A big heading\\n\\n- one\\n- two", left: Left text, right: Right text }
              answers: { left_good: "yes", right_good: "no", verdict: other, tags: [red, blue],
                         flags: [alpha], category: one, score: 5, amount: 2, code_seen: AB12 }
              why: Everything is filled in.
            - item: { id: ex-2, heading: Second, body: Only the required fields, code: "7",
                      photo: "https://img.example.com/2.jpg", caption: Second photo, left: L, right: R }
              answers: { left_good: "no", right_good: "yes", verdict: good, tags: [green], category: two, score: 1, amount: 0 }
              why: Fewer fields.

        """
        let sink = TaskPageFixtures.kitchenSink
        precondition(sink.components(separatedBy: "\n  faq:\n").count == 2)
        return sink.replacingOccurrences(of: "\n  faq:\n", with: "\n" + examples + "  faq:\n")
            .replacingOccurrences(of: "changelog:\n    - { version: 1.0.0, date: 2026-01-01, notes: First. }",
                                  with: "changelog:\n    - { version: 0.9.0, notes: Draft. }\n"
                                      + "    - { version: 1.0.0, date: 2026-01-01, notes: First. }\n"
                                      + "    - { version: 1.0.0-rc.1, date: 2025-12-01, notes: Candidate. }")
    }()

    static let dollarBrace = "$" + "{"

    /// Worker-facing text everywhere trying to become markup, Markdown structure or an MTurk placeholder.
    static let hostile = """
    hitc: 1
    id: hostile-guide
    version: 1.0.0
    title: "Title $\u{7B}title} <img src=x onerror=alert(1)>"
    description: "# Not a heading | pipe $\u{7B}description}"
    keywords: [test]
    language: en
    use_case:
      purpose: evaluation
      goal: "<script>alert(1)</script> $\u{7B}goal}"
      metric: "| metric | *not em*"
    data:
      key: id
      fields:
        id: { type: string }
        title: { type: text }
        notes: { type: markdown, required: false }
    hit:
      items_per_hit: 1
      reward: 0.50 USD
      estimated_seconds: 60
      layout:
        - text: title
          style: heading
        - markdown: notes
        - question: q
        - question: t
      questions:
        q:
          type: single_choice
          prompt: "Prompt $\u{7B}prompt} <img src=x onerror=alert(1)>"
          options:
            - { value: a, label: "A | <b>bold</b> $\u{7B}a}", key: "1", hint: "Hint <img src=x onerror=alert(1)> | pipe" }
            - { value: b, label: "- B", key: "2" }
        t:
          type: text
          prompt: "1. Why? $\u{7B}why}"
          required: false
    guidelines:
      summary: "Summary <script>alert(1)</script>"
      sections:
        - title: "Section $\u{7B}section} <img src=x onerror=alert(1)>"
          body: "# Heading in body\\n\\n<img src=x onerror=alert(1)> [x](javascript:alert(1))"
      examples:
        - item: { id: ex-1, title: "<img src=x onerror=alert(1)> $\u{7B}title}\\n# not a heading", notes: "<script>alert(1)</script> **ok**" }
          answers: { q: a, t: "<img src=x onerror=alert(1)> | $\u{7B}t}" }
          why: "Because <img src=x onerror=alert(1)> $\u{7B}why}\\n# not a heading\\n1. not a list\\n---"
      faq:
        - q: "Q <img src=x onerror=alert(1)> $\u{7B}q}?"
          a: "A $\u{7B}a}"
      changelog:
        - { version: 1.0.0, date: 2026-01-01, notes: "First | <img src=x onerror=alert(1)> $\u{7B}notes}" }
    communication:
      contact: "<img src=x onerror=alert(1)>"
    """
}

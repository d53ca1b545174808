import Foundation
import Testing
@testable import HITCompiler

/// Specs and items for the task page tests: the examples in `Specs/`, a spec
/// using every block, question type and display, and a hostile one.
enum TaskPageFixtures {
    /// A checked spec from a file; records an issue if it has errors.
    static func spec(at url: URL) throws -> Spec {
        let result = Pipeline.check(path: url.path)
        // Errors in the spec itself (data files are other tests' business).
        let errors = result.diagnostics.filter { $0.severity == .error && $0.file == url.path }
        #expect(errors.isEmpty, "\(url.lastPathComponent): \(errors.map(\.message))")
        return try #require(result.spec)
    }

    /// The checked spec of a file, with its defaults and files; records an issue if it has errors.
    static func checked(at url: URL) throws -> CheckedSpec {
        let result = Pipeline.check(path: url.path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(url.lastPathComponent): \(errors.map(\.message))")
        return try #require(result.checked)
    }

    /// The checked spec of YAML text written to a fresh folder (as `spec(yaml:)`).
    static func checked(yaml: String) throws -> (CheckedSpec, URL) {
        let (_, url) = try spec(yaml: yaml)
        return (try checked(at: url), url)
    }

    /// A checked spec from YAML text written to a fresh folder.
    static func spec(yaml: String) throws -> (Spec, URL) {
        let folder = Paths.temporaryDirectory()
        let url = folder.appendingPathComponent("spec.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        try "# Extra section\n\nRead **carefully**.\n".write(to: folder.appendingPathComponent("extra.md"), atomically: true, encoding: .utf8)
        return (try spec(at: url), url)
    }

    /// The first `count` sample rows of an example spec (CSV: every value a string).
    static func sampleItems(specURL: URL, spec: Spec, count: Int) throws -> [[String: JSONValue]] {
        guard let sample = spec.data.sample?.value else { return [] }
        let url = specURL.deletingLastPathComponent().appendingPathComponent(sample)
        let text = try String(contentsOf: url, encoding: .utf8)
        if sample.hasSuffix(".jsonl") {
            return try text.split(separator: "\n").prefix(count).map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
                return object.mapValues(jsonValue)
            }
        }
        let rows = csvRows(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().prefix(count).map { row in
            var item: [String: JSONValue] = [:]
            for (i, name) in header.enumerated() where i < row.count { item[name] = .string(row[i]) }
            return item
        }
    }

    static func jsonValue(_ any: Any) -> JSONValue {
        switch any {
        case let s as String: .string(s)
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { .bool(n.boolValue) }
            else if n.doubleValue == n.doubleValue.rounded(), abs(n.doubleValue) < 1e15, !"\(n)".contains(".") { .int(n.intValue) }
            else { .double(n.doubleValue) }
        case let a as [Any]: .array(a.map(jsonValue))
        case let o as [String: Any]: .object(o.mapValues(jsonValue))
        default: .null
        }
    }

    /// RFC 4180 rows (quoted fields may hold commas, quotes and newlines).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let ch = chars.popFirst() {
            if quoted {
                if ch == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(ch) }
            } else if ch == "\"" { quoted = true }
            else if ch == "," { row.append(field); field = "" }
            else if ch == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(ch) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Every layout block, question type and display, visible_if, hints and targets.
    static let kitchenSink = """
    hitc: 1
    id: kitchen-sink
    version: 1.0.0
    title: Every block and question
    description: A spec that uses every layout block, question type and display.
    keywords: [test]
    language: en-GB
    use_case:
      purpose: evaluation
      goal: Exercise the task page.
      metric: accuracy
    data:
      key: id
      fields:
        id:      { type: string }
        heading: { type: text }
        body:    { type: text }
        quote:   { type: text, required: false }
        code:    { type: string }
        photo:   { type: image }
        caption: { type: text }
        page:    { type: url, required: false }
        sound:   { type: audio, required: false }
        clip:    { type: video, required: false }
        notes:   { type: markdown, required: false }
        left:    { type: text }
        right:   { type: text }
    hit:
      items_per_hit: 3
      reward: 0.50 USD
      estimated_seconds: 60
      layout:
        - text: heading
          style: heading
        - text: body
          label: Body
        - text: quote
          style: quote
        - text: code
          style: mono
        - image: photo
          alt: caption
        - link: page
          label: Open the page
        - audio: sound
        - video: clip
        - markdown: notes
        - note: |
            A **static** note with a [link](https://example.com/help).
        - columns:
            - - text: left
              - question: left_good
            - - text: right
              - question: right_good
        - question: verdict
        - question: reason
        - question: tags
        - question: flags
        - question: category
        - question: score
        - question: amount
        - question: code_seen
      questions:
        left_good:
          type: single_choice
          prompt: Is the left one good?
          options:
            - { value: "yes", label: "Yes", key: y, hint: It is good. }
            - { value: "no", label: "No", key: x }
        right_good:
          type: single_choice
          display: buttons
          prompt: Is the right one good?
          options:
            - { value: "yes", label: "Yes", key: e }
            - { value: "no", label: "No", key: o }
        verdict:
          type: single_choice
          display: radio
          prompt: What is the verdict?
          hint: Read the **whole** item first.
          options:
            - { value: good, label: Good, key: "1", hint: "Everything is *right*." }
            - { value: bad, label: Bad, key: "2" }
            - { value: other, label: Something else, key: "3" }
        reason:
          type: text
          prompt: Why something else?
          visible_if: { verdict: other }
          min_length: 5
          max_length: 300
          placeholder: Say why
        tags:
          type: multi_choice
          prompt: Which tags apply?
          min_selected: 1
          max_selected: 2
          options:
            - { value: red, label: Red, key: r }
            - { value: green, label: Green, key: g }
            - { value: blue, label: Blue, key: b, hint: Like the sky. }
            - { value: none, label: None of these, exclusive: true }
        flags:
          type: multi_choice
          display: buttons
          prompt: Which flags apply?
          required: false
          options: [alpha, beta, gamma]
        category:
          type: single_choice
          display: dropdown
          prompt: Which category?
          options:
            - { value: one, label: One, key: q, hint: The first. }
            - { value: two, label: Two }
        score:
          type: scale
          prompt: How good is it overall?
          min: 1
          max: 5
          labels: { 1: Poor, 5: Great }
        amount:
          type: number
          prompt: How many errors?
          min: 0
          max: 10
          step: 1
          unit: errors
        code_seen:
          type: text
          prompt: Type the code you see (optional)
          required: false
          max_length: 20
          pattern: "[A-Z0-9]+"
    guidelines:
      summary: |
        Do **everything** right.
      sections:
        - title: The basics
          body: |
            # A heading inside Markdown

            | a | b |
            |---|---|
            | 1 | 2 |
        - title: More
          file: extra.md
      faq:
        - q: Is this a `test`?
          a: Yes.
      changelog:
        - { version: 1.0.0, date: 2026-01-01, notes: First. }
    communication:
      contact: help@example.com
      feedback: optional
    targets:
      mturk: { lifetime: 1d, assignment_duration: 20m, auto_approve: 1d }
      prolific: { completion_code: ABC123, submit_url: "https://store.example.org/prolific" }
      generic: { submit_url: "https://labels.example.com:8443/submit" }
    """

    /// Items for the kitchen sink; the second is hostile.
    static let kitchenSinkItems: [[String: JSONValue]] = [
        ["id": .string("ks-1"), "heading": .string("A heading"), "body": .string("Body text\non two lines"),
         "quote": .string("A quotation"), "code": .string("0012345"), "photo": .string("https://img.example.com/1.jpg"),
         "caption": .string("A photo"), "page": .string("https://example.com/p/1"), "sound": .string("https://media.example.com/1.mp3"),
         "clip": .string("https://media.example.com/1.mp4"), "notes": .string("**Bold** and *em*\n\n- one\n- two"),
         "left": .string("Left text"), "right": .string("Right text")],
        ["id": .string("ks-2<b>"), "heading": .string("<img src=x onerror=alert(1)>"),
         "body": .string("</script><script>alert(1)</script>"), "quote": .string("$" + "{items} and $" + "{x}"),
         "code": .string("\u{2028}\u{2029}&amp;"), "photo": .string("javascript:alert(1)"), "caption": .string("\"><svg onload=alert(1)>"),
         "page": .string("http://insecure.example.com"), "sound": .string("data:audio/mp3,xx"), "clip": .string(""),
         "notes": .string("[x](javascript:alert(1)) <script>alert(1)</script>"), "left": .string("'; alert(1); '"),
         "right": .string("<!--hitc:items-->")],
        ["id": .int(3), "heading": .string("Third"), "body": .string("Third body"), "code": .int(7),
         "photo": .string("https://img.example.com/3.jpg"), "caption": .string("Third"), "left": .string("L"), "right": .string("R")],
    ]

    /// A spec whose worker-facing text tries to inject markup and MTurk placeholders.
    static let hostile = """
    hitc: 1
    id: hostile
    version: 1.0.0
    title: "Title $\u{7B}title} </script><script>alert(1)</script>"
    description: "<img src=x onerror=alert(1)> $\u{7B}description}"
    keywords: [test]
    language: en
    use_case:
      purpose: evaluation
      goal: "$\u{7B}goal}"
      metric: accuracy
    data:
      key: id
      fields:
        id: { type: string }
        title: { type: text, description: "$\u{7B}field}" }
        page: { type: url, required: false }
    hit:
      items_per_hit: 2
      reward: 0.50 USD
      estimated_seconds: 60
      layout:
        - text: title
        - link: page
          label: "$\u{7B}label} <b>bold</b>"
        - note: "Note $\u{7B}note} <script>alert(1)</script> `$\u{7B}code}` [a](javascript:alert(1))"
        - question: q
        - question: t
      questions:
        q:
          type: single_choice
          prompt: "Prompt $\u{7B}prompt} </script><img src=x onerror=alert(1)>"
          hint: "Hint $\u{7B}hint} <img src=x onerror=alert(1)>"
          options:
            - { value: a, label: "Label $\u{7B}a} <i>x</i>", key: "1", hint: "Option $\u{7B}hint} <script>alert(1)</script>" }
            - { value: b, label: "B", key: "2" }
        t:
          type: text
          prompt: "Why? $\u{7B}why}"
          required: false
          placeholder: "\\"><script>alert(1)</script> $\u{7B}placeholder}"
          pattern: "[$\u{7B}]+"
    guidelines:
      summary: "Summary $\u{7B}summary} <script>alert(1)</script>"
      sections:
        - title: "Section $\u{7B}section} </details><script>alert(1)</script>"
          body: "Body $\u{7B}body} <iframe src=x></iframe>"
      faq:
        - q: "Q $\u{7B}q}?"
          a: "A $\u{7B}a}"
      changelog:
        - { version: 1.0.0, date: 2026-01-01, notes: First. }
    communication:
      contact: "help@example.com"
      feedback: optional
    targets:
      generic: { submit_url: "https://labels.example.com/submit" }
    """

    /// Text between the start tag `open` and the next `</script>`.
    static func scriptBody(_ html: String, open: String) -> String? {
        guard let start = html.range(of: open) else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.range(of: "</script>") else { return nil }
        return String(rest[..<end.lowerBound])
    }
}

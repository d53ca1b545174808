@testable import HITCompiler

/// Small specs for parser and checker tests.
enum SpecFixtures {
    /// A minimal spec with every required key; `extraHIT` and `extraTop` are appended
    /// to the `hit` section and to the top level.
    static func minimal(questions: String = defaultQuestions, layout: String = "    - text: title\n    - question: q\n",
                        top: String = "") -> String {
        """
        hitc: 1
        id: test-task
        version: 1.0.0
        title: Test
        data:
          fields:
            title: { type: text }
        hit:
          items_per_hit: 2
          reward: 0.10 USD
          estimated_seconds: 20
          layout:
        \(layout)  questions:
        \(questions)\(top)
        """
    }

    static let defaultQuestions = """
            q:
              type: single_choice
              prompt: Pick one
              options: [a, b]

        """

    /// Parses YAML text into a spec and returns it with the parse diagnostics.
    static func parse(_ text: String) -> (Spec?, [Diagnostic]) {
        let source = SourceFile(path: "t.yaml", text: text)
        let composed = YAMLComposer().compose(source)
        guard let root = composed.root else { return (nil, composed.diagnostics) }
        let parsed = SpecParser().parse(root, file: "t.yaml")
        return (parsed.spec, composed.diagnostics + parsed.diagnostics)
    }

    /// Parses and checks (no files); returns every diagnostic.
    static func check(_ text: String) -> [Diagnostic] {
        let (spec, diagnostics) = parse(text)
        guard let spec else { return diagnostics }
        return diagnostics + SpecChecker().check(spec, file: "t.yaml")
    }
}

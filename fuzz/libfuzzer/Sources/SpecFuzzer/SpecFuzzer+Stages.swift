import Foundation
import HITCompiler

/// One fuzzer input is one spec file's bytes. It goes through the in-memory stages
/// of `Pipeline.check` (YAML composer, spec parser, spec checker, pre-flight
/// checklist) and, for a spec without errors, the spec-only parts of `hitc build`
/// (cost estimate, aggregation config and MTurk HIT type as JSON, the task page and
/// its preview with the built-in templates, `mturk/question.xml`); then the diagnostics are
/// rendered as text, JSON and GitHub annotations. A trap, an overflow, a hang or
/// unbounded memory anywhere in there is a finding; libFuzzer saves the input as
/// `crash-*`, `timeout-*` or `oom-*`.
///
/// With `HITC_FUZZ_STRICT=1` in the environment, broken promises stop the run too:
/// a raw control character in rendered text diagnostics; for a spec that checked
/// clean, a lowering that does not encode as JSON, a page that does not render, or
/// a `question.xml` holding a character XML 1.0 forbids. `HITC_FUZZ_STRICT=build`
/// checks only the promises about clean specs.
enum SpecFuzzer {
    /// The file name diagnostics carry.
    static let path = "spec.yaml"
    /// Whether broken promises about clean specs (not only crashes) stop the run.
    static let strict = ["1", "build"].contains(ProcessInfo.processInfo.environment["HITC_FUZZ_STRICT"])
    /// Whether a raw control character in text diagnostics stops the run.
    static let strictText = ProcessInfo.processInfo.environment["HITC_FUZZ_STRICT"] == "1"
    /// The built-in templates (no `--templates` folder is read).
    static let templates = TemplateSet.builtin

    /// Runs one input through every stage.
    static func run(_ bytes: [UInt8]) {
        let limits = YAMLLimits.default
        guard bytes.count <= limits.maxInputBytes else { return }
        let source = SourceFile(path: path, bytes: bytes)
        let composed = YAMLComposer(limits: limits).compose(source)
        var diagnostics = composed.diagnostics
        if let root = composed.root {
            let parsed = SpecParser().parse(root, file: path)
            diagnostics += parsed.diagnostics
            if let spec = parsed.spec {
                diagnostics += SpecChecker().check(spec, file: path)
                _ = PreflightChecklist.evaluate(spec, diagnostics: diagnostics, specFile: path)
                if !diagnostics.contains(where: { $0.severity == .error }) {
                    lower(spec)
                    page(spec)
                }
            }
        }
        render(Diagnostic.sortedByPosition(diagnostics), source: source)
    }

    /// The parts of `hitc build` that depend on the spec alone.
    static func lower(_ spec: Spec) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            _ = try encoder.encode(AggregationConfig(spec))
            if spec.targets?.mturk != nil { _ = try encoder.encode(MTurkHITType(spec)) }
            if let cost = CostEstimate(spec) { _ = try encoder.encode(cost) }
        } catch {
            if strict { fatalError("a spec that checks clean does not encode: \(error)") }
        }
    }

    /// The task page, its preview (no sample items: no data file is read) and `mturk/question.xml`.
    static func page(_ spec: Spec) {
        do {
            let task = try TaskPageRenderer.render(spec, mode: .task, items: [], templates: templates)
            _ = try TaskPageRenderer.render(spec, mode: .preview, items: [], templates: templates)
            guard let mturk = spec.targets?.mturk else { return }
            let xml = try MTurkQuestion.xml(page: task, frameHeight: mturk.frameHeight ?? 0)
            if strict, let bad = xml.unicodeScalars.first(where: { !isXMLChar($0) }) {
                fatalError("mturk/question.xml of a spec that checks clean holds U+\(String(bad.value, radix: 16, uppercase: true)), which XML 1.0 forbids")
            }
        } catch {
            if strict { fatalError("a spec that checks clean does not render: \(error)") }
        }
    }

    /// Diagnostics in the three formats; in strict mode, text must hold no raw control character.
    static func render(_ diagnostics: [Diagnostic], source: SourceFile) {
        let text = TextRenderer(color: false).render(diagnostics, sources: [path: source])
        _ = JSONRenderer().render(diagnostics)
        _ = GitHubRenderer().render(diagnostics)
        if strictText, let bad = text.unicodeScalars.first(where: isRawControl) {
            fatalError("raw control character U+\(String(bad.value, radix: 16, uppercase: true)) in text diagnostics")
        }
    }

    /// XML 1.0's `Char` production.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// C0 controls other than tab and line feed, DEL and C1 controls.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }
}

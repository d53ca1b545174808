import Foundation
import HITCompiler

/// libFuzzer's entry point: one input is one spec file's bytes. It runs the
/// in-memory stages of `Pipeline.check` (YAML composer, spec parser, spec
/// checker, pre-flight checklist) and the spec-only lowerings of `hitc build`
/// (cost estimate, aggregation config, MTurk HIT type, their JSON), then renders
/// the diagnostics as text, JSON and GitHub annotations. A trap, an overflow, a
/// hang or unbounded memory anywhere in there is a finding; libFuzzer saves the
/// input as `crash-*`, `timeout-*` or `oom-*`.
///
/// With `HITC_FUZZ_STRICT=1` in the environment, broken promises stop the run too:
/// a raw control character in rendered text diagnostics, or a lowering that does
/// not encode as JSON for a spec that checked clean.
@_cdecl("LLVMFuzzerTestOneInput")
public func specFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    SpecFuzzer.run(bytes)
    return 0
}

/// The stages one input goes through.
enum SpecFuzzer {
    /// The file name diagnostics carry.
    static let path = "spec.yaml"
    /// Whether broken promises (not only crashes) stop the run.
    static let strict = ProcessInfo.processInfo.environment["HITC_FUZZ_STRICT"] == "1"

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
                _ = PreflightChecklist.evaluate(spec, diagnostics: diagnostics)
                if !diagnostics.contains(where: { $0.severity == .error }) {
                    lower(spec)
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

    /// Diagnostics in the three formats; in strict mode, text must hold no raw control character.
    static func render(_ diagnostics: [Diagnostic], source: SourceFile) {
        let text = TextRenderer(color: false).render(diagnostics, sources: [path: source])
        _ = JSONRenderer().render(diagnostics)
        _ = GitHubRenderer().render(diagnostics)
        if strict, let bad = text.unicodeScalars.first(where: isRawControl) {
            fatalError("raw control character U+\(String(bad.value, radix: 16, uppercase: true)) in text diagnostics")
        }
    }

    /// C0 controls other than tab and line feed, DEL and C1 controls.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }
}

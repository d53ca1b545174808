import Foundation
import Testing

/// Copies of the example specs with edits, checked or built through the binary.
enum SpecVariant {
    /// A copy of `Specs/<example>` in a new temporary folder, with each
    /// `(old, new)` replaced in `spec.yaml` (each `old` must occur exactly once);
    /// returns the copied spec's path.
    static func make(_ example: String, _ edits: [(String, String)]) throws -> URL {
        let folder = Paths.temporaryDirectory().appendingPathComponent(example)
        try FileManager.default.copyItem(at: Paths.specs.appendingPathComponent(example), to: folder)
        let url = folder.appendingPathComponent("spec.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        for (old, new) in edits {
            let count = text.components(separatedBy: old).count - 1
            #expect(count == 1, "'\(old)' occurs \(count) times in \(example)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The diagnostic lines (`FILE:LINE:COL: error: MESSAGE [CODE]`) of a run, in
    /// order, with the temporary folder removed from paths.
    static func diagnosticLines(_ out: ProcessOutput, folder: URL) -> [String] {
        out.stderr.split(separator: "\n").map(String.init)
            .filter { $0.firstMatch(of: #/^\S[^ ]*:[0-9]+:[0-9]+: (error|warning): |^\S[^ ]*: (error|warning): /#) != nil }
            .map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
    }
}

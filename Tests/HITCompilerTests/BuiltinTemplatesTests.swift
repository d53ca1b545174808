import Foundation
import Testing
@testable import HITCompiler

/// `Sources/HITCompiler/Emit/BuiltinTemplates.swift` embeds `Templates/` in the
/// binary; this test keeps it in step (`HITC_UPDATE_GOLDEN=1` regenerates it).
struct BuiltinTemplatesTests {
    static func generated() throws -> String {
        let root = Paths.root.appendingPathComponent("Templates")
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        var files: [(String, String)] = []
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            let path = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            if path.hasPrefix(".") || path.hasSuffix(".md") { continue }
            files.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        files.sort { $0.0 < $1.0 }
        var out = "// Generated from Templates/ by BuiltinTemplatesTests; do not edit.\n"
        out += "// Run `HITC_UPDATE_GOLDEN=1 swift test --filter BuiltinTemplatesTests` after changing a template.\n\n"
        out += "/// The built-in templates and assets, by path relative to `Templates/`.\n"
        out += "enum BuiltinTemplates {\n"
        out += "    static let files: [String: String] = ["
        for (path, text) in files {
            // A raw string with enough #s that the text cannot close it.
            var hashes = "#"
            while text.contains("\"" + hashes) { hashes += "#" }
            out += "\n        \"\(path)\": \(hashes)\"\"\"\n\(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "\($0)" }.joined(separator: "\n"))\n\"\"\"\(hashes),\n"
        }
        out += files.isEmpty ? ":]\n}\n" : "\n    ]\n}\n"
        return out
    }

    @Test func builtinTemplatesMatchTheTemplatesFolder() throws {
        let url = Paths.root.appendingPathComponent("Sources/HITCompiler/Emit/BuiltinTemplates.swift")
        let expected = try Self.generated()
        if Paths.updatingGoldens {
            try expected.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote BuiltinTemplates.swift; rebuild and run again without HITC_UPDATE_GOLDEN")
            return
        }
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(current == expected, "BuiltinTemplates.swift is stale: run HITC_UPDATE_GOLDEN=1 swift test --filter BuiltinTemplatesTests")
    }
}

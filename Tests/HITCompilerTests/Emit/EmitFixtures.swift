import Foundation
import Testing

/// Helpers of the emit tests: example specs copied to a temporary folder and
/// edited, the task page's Content-Security-Policy read back as directives.
enum EmitFixtures {
    /// A copy of `Specs/<name>/` (spec, data, guideline files) in a new temporary
    /// folder; returns the copied `spec.yaml`.
    static func copyExample(_ name: String) throws -> URL {
        let folder = Paths.temporaryDirectory().appendingPathComponent(name)
        try FileManager.default.copyItem(at: Paths.specs.appendingPathComponent(name), to: folder)
        return folder.appendingPathComponent("spec.yaml")
    }

    /// Replaces the one occurrence of `old` in the file at `url` with `new`;
    /// records an issue when `old` is not there exactly once.
    static func replace(_ old: String, with new: String, in url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.components(separatedBy: old)
        #expect(parts.count == 2, "'\(old)' occurs \(parts.count - 1) times in \(url.lastPathComponent)")
        try parts.joined(separator: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// The directives of the page's `<meta http-equiv="Content-Security-Policy">`,
    /// by name, each with its sources.
    static func csp(of html: String) throws -> [String: [String]] {
        let content = try #require(html.firstMatch(of: /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.1)
        var directives: [String: [String]] = [:]
        for part in content.replacingOccurrences(of: "&#39;", with: "'").split(separator: ";") {
            let words = part.split(separator: " ").map(String.init)
            if let name = words.first { directives[name] = Array(words.dropFirst()) }
        }
        return directives
    }

    /// The diagnostics `hitc` printed with `--diagnostics-format json`.
    static func jsonDiagnostics(_ out: ProcessOutput) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
        return try #require(value as? [[String: Any]], "not a JSON array: \(out.stdout)")
    }

    /// The line (1-based) of the first occurrence of `needle` in the file at `url`.
    static func line(of needle: String, in url: URL) throws -> Int {
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(needle) }) + 1
    }
}

extension EmitFixtures {
    /// Runs `hitc` with extra environment variables; tells a kill from an exit.
    static func run(_ arguments: [String], environment extra: [String: String], timeout: Double = 60) throws -> ProcessOutput {
        try runHITC(arguments, timeout: timeout, environment: extra)
    }
}

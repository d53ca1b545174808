import Foundation

/// One case of the YAML test suite: a folder `ID/` or `ID/NN/` holding `in.yaml`.
struct YAMLTestSuiteCase: Sendable {
    /// `ID` or `ID/NN`, as written in the expected-differences file.
    var id: String
    var title: String
    var input: [UInt8]
    /// The expected events; for error cases, the events before the error.
    var events: String
    /// True when the folder has an `error` file: a parser must reject the input.
    var isError: Bool
}

/// Finds and reads the suite's data and the list of known libyaml differences.
enum YAMLTestSuiteData {

    /// The suite's data, shipped in `Tests/Datasets/yaml-test-suite` (MIT).
    static func directory() -> URL {
        Paths.root.appendingPathComponent("Tests/Datasets/yaml-test-suite")
    }

    /// Every case under `directory`, sorted by id; empty when the folder is missing.
    static func cases(in directory: URL) throws -> [YAMLTestSuiteCase] {
        let fm = FileManager.default
        var found: [YAMLTestSuiteCase] = []
        for name in try fm.contentsOfDirectory(atPath: directory.path).sorted() {
            let folder = directory.appendingPathComponent(name)
            if let single = try read(folder, id: name) {
                found.append(single)
                continue
            }
            guard let parts = try? fm.contentsOfDirectory(atPath: folder.path) else { continue }
            for part in parts.sorted() where part.allSatisfy(\.isNumber) {
                if let sub = try read(folder.appendingPathComponent(part), id: name + "/" + part) {
                    found.append(sub)
                }
            }
        }
        return found
    }

    private static func read(_ folder: URL, id: String) throws -> YAMLTestSuiteCase? {
        let fm = FileManager.default
        let input = folder.appendingPathComponent("in.yaml")
        guard fm.fileExists(atPath: input.path) else { return nil }
        let title = (try? String(contentsOf: folder.appendingPathComponent("==="), encoding: .utf8)) ?? ""
        let events = (try? String(contentsOf: folder.appendingPathComponent("test.event"), encoding: .utf8)) ?? ""
        return YAMLTestSuiteCase(
            id: id,
            title: title.trimmingCharacters(in: .whitespacesAndNewlines),
            input: Array(try Data(contentsOf: input)),
            events: events,
            isError: fm.fileExists(atPath: folder.appendingPathComponent("error").path))
    }

    /// The expected-differences file: `ID  reason` per line, `#` starts a comment.
    static var differencesFile: URL {
        Paths.root.appendingPathComponent("Tests/yaml-test-suite-expected-differences.txt")
    }

    /// Parsed entries of the differences file in file order, and its comment lines.
    static func differences() throws -> (entries: [(id: String, reason: String)], comments: [String]) {
        let text = try String(contentsOf: differencesFile, encoding: .utf8)
        var entries: [(id: String, reason: String)] = []
        var comments: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                comments.append(line)
                continue
            }
            let id = String(line.prefix { !$0.isWhitespace })
            let reason = line.dropFirst(id.count).trimmingCharacters(in: .whitespaces)
            entries.append((id, reason))
        }
        return (entries, comments)
    }
}

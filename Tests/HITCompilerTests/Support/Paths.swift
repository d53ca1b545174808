import Foundation

/// Locations tests need: the repository root, the corpus, the built `hitc` binary.
enum Paths {
    /// The repository root: the nearest folder above this file that holds `Package.swift`
    /// (so test files can live at any depth under `Tests/`).
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/",
              !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// `Tests/Corpus`.
    static let corpus = root.appendingPathComponent("Tests/Corpus")

    /// `Specs/`.
    static let specs = root.appendingPathComponent("Specs")

    /// The example specs: every `Specs/*/spec.yaml`.
    static var exampleSpecs: [URL] {
        let folders = (try? FileManager.default.contentsOfDirectory(at: specs, includingPropertiesForKeys: nil)) ?? []
        return folders.map { $0.appendingPathComponent("spec.yaml") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
            .sorted { $0.path < $1.path }
    }

    /// The `hitc` executable built next to the test bundle.
    static var hitcBinary: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = runner.deletingLastPathComponent()
        // On Linux the runner is `<build>/hitcPackageTests.xctest`; on macOS it sits inside a bundle.
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("hitc")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/hitc")
    }

    /// A new empty temporary folder.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hitc-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// True when goldens should be rewritten (`HITC_UPDATE_GOLDEN=1`).
    static var updatingGoldens: Bool {
        ProcessInfo.processInfo.environment["HITC_UPDATE_GOLDEN"] == "1"
    }
}

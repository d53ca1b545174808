import Foundation

/// The spec file and the files it names, as resolved by the check
/// (`PathResolver`): inside the spec's folder, existing, regular files.
struct CheckedPaths: Sendable {
    /// The spec file, as given.
    let spec: String
    /// `data.sample`, resolved; nil when the spec names none.
    var sample: URL?
    /// `quality.gold.file`, resolved; nil without gold.
    var gold: URL?
    /// Guideline section files, resolved, by path as written.
    var sections: [String: URL] = [:]

    /// No file resolved yet.
    init(spec: String) {
        self.spec = spec
    }

    /// The spec file's name without its folder (the manifest names it so).
    var specFileName: String { (spec as NSString).lastPathComponent }
}

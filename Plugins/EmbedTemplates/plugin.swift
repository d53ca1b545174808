import Foundation
import PackagePlugin

/// Embeds the package's `Templates/` folder in the target it is applied to: runs
/// `TemplateEmbedder` to generate `BuiltinTemplates.swift` (never committed) in
/// the plugin's work folder, which SwiftPM then compiles into the target.
///
/// Every file and folder under `Templates/` that can be embedded (see
/// `entries(under:)`) is an input of the command, so
/// editing a template regenerates the file on the next build. The generator lists
/// the folder itself and chooses what to embed.
///
/// SwiftPM asks a plugin for its commands only when it plans a build: when
/// `Package.swift` or the files of a target's folder change, not `Templates/`.
/// A file added to `Templates/` since then changes its folder, so the generator
/// runs, embeds it and fails the build asking for a new plan (`touch
/// Package.swift`), since SwiftPM would not watch the new file; a file removed
/// since then fails the build as a missing input, to the same remedy.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinTemplates.swift")
        let entries = try Self.entries(under: root)
        return [
            .buildCommand(
                displayName: "Embedding the templates in \(target.name)",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [root.path, output.path] + entries,
                inputFiles: [root] + entries.map { root.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }

    /// The files and folders under `root` that can be embedded, as sorted
    /// relative paths: the generator's rule (no dot-files, nothing in a
    /// dot-folder, no Markdown notes), so that a `.DS_Store` coming or going
    /// never fails the build.
    static func entries(under root: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw EmbedError(description: "cannot list \(root.path)")
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
            } else if !name.hasSuffix(".md") {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}

struct EmbedError: Error, CustomStringConvertible {
    let description: String
}

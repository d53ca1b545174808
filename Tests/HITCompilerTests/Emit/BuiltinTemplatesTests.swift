import Foundation
import Testing
@testable import HITCompiler

/// `BuiltinTemplates` is generated from `Templates/` at build time (the
/// EmbedTemplates plugin runs `TemplateEmbedder`); this test checks that the
/// generated literals hold every file byte for byte, and no other file.
struct BuiltinTemplatesTests {
    /// The files of `Templates/` by relative path, with the plugin's rule: no
    /// dot-files (or dot-folders), no Markdown notes.
    static func templateFiles() throws -> [String: [UInt8]] {
        let root = Paths.root.appendingPathComponent("Templates").standardizedFileURL
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var files: [String: [UInt8]] = [:]
        while let path = enumerator.nextObject() as? String {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) || path.hasSuffix(".md") { continue }
            let url = root.appendingPathComponent(path)
            if (try url.resourceValues(forKeys: [.isDirectoryKey])).isDirectory == true { continue }
            files[path] = try [UInt8](Data(contentsOf: url))
        }
        return files
    }

    @Test func theBuiltinSetIsTheTemplatesFolderByteForByte() throws {
        let files = try Self.templateFiles()
        #expect(!files.isEmpty)
        #expect(BuiltinTemplates.files.keys.sorted() == files.keys.sorted())
        for (path, bytes) in files {
            #expect(BuiltinTemplates.files[path].map { Array($0.utf8) } == bytes, "\(path) differs from Templates/\(path)")
        }
    }

    @Test func theBuiltinSetSplitsIntoTemplatesAndAssets() throws {
        let set = TemplateSet.builtin
        #expect(set.templates.count + set.assets.count == BuiltinTemplates.files.count)
        #expect(set.templates["task"] != nil)
        #expect(try set.asset("assets/task.js") == BuiltinTemplates.files["assets/task.js"])
    }
}

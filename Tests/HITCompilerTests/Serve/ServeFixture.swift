import Foundation
@testable import HITCompiler

/// A temporary copy of an example spec's folder, to edit and build in memory.
struct ServeFixture {
    let folder: URL
    var spec: URL { folder.appendingPathComponent("spec.yaml") }

    init(_ example: String = "grocery-search-relevance") throws {
        folder = Paths.temporaryDirectory().appendingPathComponent(example)
        try FileManager.default.copyItem(at: Paths.specs.appendingPathComponent(example), to: folder)
    }

    func build(generation: Int = 1) -> ServedBundle {
        ServeBuilder.build(path: spec.path, options: BuildOptions(), generation: generation)
    }

    func edit(_ change: (String) -> String) throws {
        let text = try String(contentsOf: spec, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit changed nothing")
        try changed.write(to: spec, atomically: true, encoding: .utf8)
    }

    func get(_ path: String, _ bundle: ServedBundle, method: String = "GET") -> ServeResponse {
        let parts = path.split(separator: "?", maxSplits: 1).map(String.init)
        return ServeRouter.respond(to: ServeRequest(method: method, path: parts[0], query: parts.count > 1 ? parts[1] : ""), bundle: bundle)
    }
}

extension ServeResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
}

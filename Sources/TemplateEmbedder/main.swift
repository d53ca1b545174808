// Writes `BuiltinTemplates.swift`, the templates and assets of `Templates/` as
// string literals, so hitc ships them inside its one binary. Run by the
// EmbedTemplates build-tool plugin whenever something under `Templates/` changed:
//
//     TemplateEmbedder TEMPLATES_DIR OUTPUT_FILE PLANNED_PATH...
//
// Every regular file is embedded (symbolic links followed) except dot-files,
// anything in a dot-folder, and Markdown notes. Paths are sorted, so the same
// folder always gives the same file.
//
// PLANNED_PATH... are the entries (relative paths) the plugin made inputs of
// this command when SwiftPM last planned the build. A file or folder found now
// but not among them was added since: this run embeds what it holds, but SwiftPM
// would not notice later changes to it, so the run fails and says how to make
// SwiftPM plan again.
import Foundation

/// A Swift string literal holding exactly `text`, in which every character that a
/// literal would read differently is escaped, so the value is the file byte for
/// byte. A multi-line literal keeps one source line per template line (readable);
/// a single-line one escapes line breaks too.
func literal(_ text: String, multiline: Bool = true) -> String {
    var body = ""
    body.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": body += "\\\\"
        case "\"": body += "\\\""
        case "\n" where multiline, "\t": body.unicodeScalars.append(scalar)
        // Other control characters (a carriage return would be read as a line
        // break, most others are refused in source), DEL and a byte-order mark.
        case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF:
            body += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: body.unicodeScalars.append(scalar)
        }
    }
    // The line break after the opening and before the closing delimiter are not
    // part of the value.
    return multiline ? "\"\"\"\n" + body + "\n\"\"\"" : "\"" + body + "\""
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("TemplateEmbedder: \(message)\n".utf8))
    exit(1)
}

/// The files to embed and the folders holding them: paths relative to `root`, sorted.
func templateEntries(in root: URL) -> (files: [String], folders: [String]) {
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { fail("cannot list \(root.path)") }
    var files: [String] = []
    var folders: [String] = []
    while let path = enumerator.nextObject() as? String {
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix(".") {
            enumerator.skipDescendants()
            continue
        }
        var isDirectory: ObjCBool = false
        guard !name.hasSuffix(".md"),
              FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue { folders.append(path) } else { files.append(path) }
    }
    return (files.sorted(), folders.sorted())
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: TemplateEmbedder TEMPLATES_DIR OUTPUT_FILE PLANNED_PATH...") }
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])
let planned = Set(arguments.dropFirst(3))
let (paths, folders) = templateEntries(in: root)

var out = """
    // Generated at build time from Templates/ by the EmbedTemplates plugin
    // (Plugins/EmbedTemplates, Sources/TemplateEmbedder); not committed, do not edit.

    /// The built-in templates and assets, by path relative to `Templates/`.
    enum BuiltinTemplates {
        static let files: [String: String] = [
    """
for path in paths {
    let url = root.appendingPathComponent(path)
    guard let bytes = try? Data(contentsOf: url) else { fail("cannot read \(url.path)") }
    guard let text = String(validating: bytes, as: UTF8.self) else { fail("\(url.path) is not UTF-8 text") }
    out += "\n        \(literal(path, multiline: false)): \(literal(text)),\n"
}
out += paths.isEmpty ? ":]\n}\n" : "\n    ]\n}\n"

// Rewrite only on a change, so an unchanged result does not rebuild the library.
if (try? Data(contentsOf: output)) != Data(out.utf8) {
    do {
        try Data(out.utf8).write(to: output, options: .atomic)
    } catch {
        fail("cannot write \(output.path): \(error)")
    }
}

let unplanned = (paths + folders).filter { !planned.contains($0) }.sorted()
if !unplanned.isEmpty {
    fail("""
        Templates/ has \(unplanned.count == 1 ? "an entry" : "entries") added since SwiftPM planned this build \
        (\(unplanned.joined(separator: ", "))), whose later changes SwiftPM would not see. \
        Make it plan again (touch Package.swift) and build again.
        """)
}

import Foundation
import Mustache

/// The templates and assets pages are rendered from: the built-in set that
/// ships inside the binary (`BuiltinTemplates`, generated from `Templates/` at
/// build time by the EmbedTemplates plugin, never committed),
/// with any file of the same name in an override folder (`--templates DIR`)
/// taking its place.
///
/// Names are paths relative to the templates folder without the extension for
/// Mustache files (`task`, `partials/question`) and with it for assets
/// (`assets/task.js`), which are inserted verbatim.
public struct TemplateSet: Sendable {
    /// Mustache sources by name.
    private(set) var templates: [String: String]
    /// Verbatim assets (scripts, styles) by name.
    private(set) var assets: [String: String]

    /// The built-in set.
    public static var builtin: TemplateSet {
        var set = TemplateSet(templates: [:], assets: [:])
        for (path, text) in BuiltinTemplates.files { set.add(path: path, text: text) }
        return set
    }

    /// The built-in set with the files of `directory` overriding it by name.
    /// Unknown names are refused so a typo cannot silently do nothing. Every
    /// other entry must be a folder or a regular file; a symbolic link is
    /// followed to the regular file it names (so templates may be shared
    /// through links), and anything else (a FIFO, a device, a socket, a link
    /// to a folder or to nothing) is refused by name rather than skipped, so a
    /// build never goes on without an override it was given. Each file is read
    /// through `InputFile`, up to `InputFile.maxTextBytes`, and must be UTF-8.
    public static func loading(overrides directory: String) throws -> TemplateSet {
        var set = builtin
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else {
            throw TemplateError.unreadable(directory)
        }
        for case let url as URL in enumerator {
            // Folders (not links to them) are walked into.
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true,
               (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink != true { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            guard BuiltinTemplates.files[path] != nil else { throw TemplateError.unknownOverride(path) }
            let bytes: [UInt8]
            do {
                bytes = try InputFile(opening: url.path).readAll(limit: InputFile.maxTextBytes)
            } catch {
                throw TemplateError.unusableOverride(path, error.reason)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw TemplateError.unusableOverride(path, "is not UTF-8 text")
            }
            set.add(path: path, text: text)
        }
        return set
    }

    private mutating func add(path: String, text: String) {
        if path.hasSuffix(".mustache") {
            templates[String(path.dropLast(".mustache".count))] = text
        } else {
            assets[path] = text
        }
    }

    /// A Mustache library of every template; throws on a syntax error, naming the
    /// template (the first in name order). Templates are parsed on every core.
    func library() throws -> MustacheLibrary {
        let named = templates.sorted { $0.key < $1.key }
        let parsed = try ParallelWork.run(named.map { name, text in
            { @Sendable () throws -> MustacheTemplate in
                do {
                    return try MustacheTemplate(string: text)
                } catch {
                    throw TemplateError.syntax(name, "\(error)")
                }
            }
        })
        var library = MustacheLibrary()
        for (index, template) in parsed.enumerated() { library.register(template, named: named[index].key) }
        return library
    }

    /// An asset's text; throws when it is missing.
    func asset(_ name: String) throws -> String {
        guard let text = assets[name] else { throw TemplateError.missing(name) }
        return text
    }
}

/// Why templates could not be used.
enum TemplateError: Error, CustomStringConvertible, Equatable {
    case unreadable(String)
    case unknownOverride(String)
    /// An override (its name) that cannot be used, and why ("is a FIFO (named pipe), not a regular file").
    case unusableOverride(String, String)
    case syntax(String, String)
    case missing(String)
    case unsafeOutput(String)
    /// A template or asset file (its name) holds a character XML 1.0 forbids (where).
    case forbiddenCharacter(String, String)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read templates at '\(path)'"
        case .unknownOverride(let path): "'\(path)' does not override any built-in template (see Templates/ for the names)"
        case .unusableOverride(let path, let reason): "template override '\(path)' \(reason)"
        case .syntax(let name, let error): "template '\(name)' does not parse: \(error)"
        case .missing(let name): "template '\(name)' is missing"
        case .unsafeOutput(let why): "rendered page is unsafe: \(why)"
        case .forbiddenCharacter(let name, let place):
            "template '\(name)' holds \(place), a character XML 1.0 forbids (\(PageRules.xmlDocument) could not hold it); remove it"
        }
    }
}

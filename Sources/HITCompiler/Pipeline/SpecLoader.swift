import Foundation

/// Reads a spec file from disk with the checks that must come before parsing:
/// it exists, is a regular file, and is not larger than the limit.
public enum SpecLoader {
    /// The file's source, or a diagnostic saying why it cannot be read.
    public static func load(_ path: String, limits: YAMLLimits) -> Result<SourceFile, Diagnostic> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.unreadableFile, "no such file", file: path, range: nil))
        }
        if isDirectory.boolValue {
            return .failure(Diagnostic(.unreadableFile, "is a directory, not a spec file", file: path, range: nil,
                                       notes: [DiagnosticNote("name the YAML file, e.g. \(path.hasSuffix("/") ? path : path + "/")spec.yaml")]))
        }
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maxInputBytes {
            return .failure(Diagnostic(.fileTooLarge, "file is \(size) bytes; a spec may be at most \(limits.maxInputBytes) bytes",
                                       file: path, range: nil))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Diagnostic(.unreadableFile, "cannot be read (permission denied?)", file: path, range: nil))
        }
        defer { try? handle.close() }
        do {
            // Read at most one byte past the limit, in case the file grew since stat.
            let data = try handle.read(upToCount: limits.maxInputBytes + 1) ?? Data()
            if data.count > limits.maxInputBytes {
                return .failure(Diagnostic(.fileTooLarge, "file is larger than \(limits.maxInputBytes) bytes", file: path, range: nil))
            }
            return .success(SourceFile(path: path, bytes: [UInt8](data)))
        } catch {
            return .failure(Diagnostic(.unreadableFile, "cannot be read: \(error.localizedDescription)", file: path, range: nil))
        }
    }
}

/// Reads a spec file from disk with the checks that must come before parsing:
/// it exists, is a regular file (a FIFO or a device is refused, not waited
/// on), and is not larger than the limit (`InputFile`).
enum SpecLoader {
    /// The load stage: the file at `path`, or the diagnostic saying why it cannot be read.
    static func source(_ path: String, limits: YAMLLimits) -> SpecSource {
        switch load(path, limits: limits) {
        case .success(let file): SpecSource(path: path, file: file, diagnostics: [])
        case .failure(let diagnostic): SpecSource(path: path, file: nil, diagnostics: [diagnostic])
        }
    }

    /// The file's source, or a diagnostic saying why it cannot be read.
    static func load(_ path: String, limits: YAMLLimits) -> Result<SourceFile, Diagnostic> {
        do {
            let bytes = try InputFile(opening: path).readAll(limit: limits.maxInputBytes)
            return .success(SourceFile(path: path, bytes: bytes))
        } catch {
            return .failure(diagnostic(error, path, limit: limits.maxInputBytes))
        }
    }

    private static func diagnostic(_ error: InputFileError, _ path: String, limit: Int) -> Diagnostic {
        switch error {
        case .missing:
            return Diagnostic(.unreadableFile, "no such file", file: path, range: nil)
        case .notRegular(.directory):
            return Diagnostic(.unreadableFile, "is a directory, not a spec file", file: path, range: nil,
                              notes: [DiagnosticNote("name the YAML file, e.g. \(path.hasSuffix("/") ? path : path + "/")spec.yaml")])
        case .tooLarge(let size, _):
            return Diagnostic(.fileTooLarge, "file is \(size) bytes; a spec may be at most \(limit) bytes", file: path, range: nil)
        case .notRegular, .permissionDenied, .unreadable, .changedSize:
            return Diagnostic(error.code(notAFile: .unreadableFile), error.reason, file: path, range: nil)
        }
    }
}

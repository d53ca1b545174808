/// Opens a data file for reading (`InputFile`): it exists and is a regular file
/// (E0402: a FIFO or a device is refused, it would block or never end), is
/// readable (E0001) and within `DataLimits.maxFileBytes` (E0002).
enum DataFileLoader {
    enum Outcome {
        case opened(InputFile)
        case failed(Diagnostic)
    }

    static func open(_ path: String, displayPath: String, limits: DataLimits) -> Outcome {
        do {
            let file = try InputFile(opening: path)
            guard file.size <= limits.maxFileBytes else {
                return .failed(diagnostic(.tooLarge(size: file.size, limit: limits.maxFileBytes), displayPath))
            }
            return .opened(file)
        } catch {
            return .failed(diagnostic(error, displayPath))
        }
    }

    /// The diagnostic of a data file that cannot be read, without a position
    /// (except a file that changed while read, located where reading ended).
    static func diagnostic(_ error: InputFileError, _ displayPath: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(error.code(notAFile: .missingFile), "data file '\(displayPath)' \(error.reason)", file: displayPath,
                          range: location.map { SourceRange(start: $0, end: $0) })
    }
}

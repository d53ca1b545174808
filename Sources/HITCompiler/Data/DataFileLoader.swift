import Foundation

/// Opens a data file for reading: exists and is a regular file (E0402), is
/// readable (E0001), is within `DataLimits.maxFileBytes` (E0002). The bytes are
/// memory-mapped, so a large file is neither copied nor held twice.
enum DataFileLoader {
    enum Outcome {
        case loaded(Data)
        case failed(Diagnostic)
    }

    static func load(_ url: URL, displayPath: String, limits: DataLimits) -> Outcome {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failed(Diagnostic(.missingFile, "data file '\(displayPath)' does not exist",
                                      file: displayPath, range: nil))
        }
        guard !isDirectory.boolValue else {
            return .failed(Diagnostic(.missingFile, "data file '\(displayPath)' is a directory, not a file",
                                      file: displayPath, range: nil))
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = (attributes[.size] as? NSNumber)?.intValue, size > limits.maxFileBytes {
            return .failed(Diagnostic(.fileTooLarge,
                                      "data file '\(displayPath)' is \(size) bytes; the limit is \(limits.maxFileBytes)",
                                      file: displayPath, range: nil))
        }
        do {
            let data = try Data(contentsOf: url, options: .alwaysMapped)
            guard data.count <= limits.maxFileBytes else {
                return .failed(Diagnostic(.fileTooLarge,
                                          "data file '\(displayPath)' is \(data.count) bytes; the limit is \(limits.maxFileBytes)",
                                          file: displayPath, range: nil))
            }
            return .loaded(data)
        } catch {
            return .failed(Diagnostic(.unreadableFile, "cannot read data file '\(displayPath)': \(error.localizedDescription)",
                                      file: displayPath, range: nil))
        }
    }
}

/// Bounds on reading and reporting one data file.
public struct DataLimits: Sendable {
    /// Largest data file accepted, in bytes (default 4 GiB); larger files get E0002.
    var maxFileBytes: Int
    /// Most diagnostics reported for one file (default 100); the rest are counted
    /// in one closing summary so a bad million-row file stays readable.
    var maxDiagnosticsPerFile: Int
    /// Largest file copied into a `SourceFile` so diagnostics can quote its lines
    /// (default 64 MiB); larger files get positions without quoted lines.
    var maxQuotedFileBytes: Int
    /// Most item keys held in memory to find repeated keys (default 1,048,576:
    /// some 56 MB and the keys' bytes, at most 64 bytes a key on average); a file
    /// with more rows spills its keys to temporary files, so checking it needs
    /// bounded memory.
    var maxKeysInMemory: Int
    /// Longest data row, in bytes (default 16 MiB); a longer one gets E0411.
    /// The file is read a window at a time, and one row must fit in the window.
    var maxRowBytes: Int
    /// Bytes of the file read at a time (tests use tiny windows to cross their edges).
    var windowBytes = 1 << 20

    /// Limits with the documented defaults unless given.
    init(maxFileBytes: Int = 1 << 32, maxDiagnosticsPerFile: Int = 100, maxQuotedFileBytes: Int = 64 << 20,
                maxKeysInMemory: Int = 1 << 20, maxRowBytes: Int = 16 << 20) {
        self.maxFileBytes = maxFileBytes
        self.maxDiagnosticsPerFile = max(1, maxDiagnosticsPerFile)
        self.maxQuotedFileBytes = maxQuotedFileBytes
        self.maxKeysInMemory = max(0, maxKeysInMemory)
        self.maxRowBytes = max(1, maxRowBytes)
    }

    /// The documented defaults.
    public static let `default` = DataLimits()
}

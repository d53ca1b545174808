/// Bounds on reading and reporting one data file.
public struct DataLimits: Sendable {
    /// Largest data file accepted, in bytes (default 4 GiB); larger files get E0002.
    public var maxFileBytes: Int
    /// Most diagnostics reported for one file (default 100); the rest are counted
    /// in one closing summary so a bad million-row file stays readable.
    public var maxDiagnosticsPerFile: Int
    /// Largest file copied into a `SourceFile` so diagnostics can quote its lines
    /// (default 64 MiB); larger files get positions without quoted lines.
    public var maxQuotedFileBytes: Int
    /// Most item keys held in memory to find repeated keys (default 1,048,576,
    /// some 56 MB); a file with more rows spills its keys to temporary files, so
    /// checking it needs bounded memory.
    public var maxKeysInMemory: Int

    /// Limits with the documented defaults unless given.
    public init(maxFileBytes: Int = 1 << 32, maxDiagnosticsPerFile: Int = 100, maxQuotedFileBytes: Int = 64 << 20,
                maxKeysInMemory: Int = 1 << 20) {
        self.maxFileBytes = maxFileBytes
        self.maxDiagnosticsPerFile = max(1, maxDiagnosticsPerFile)
        self.maxQuotedFileBytes = maxQuotedFileBytes
        self.maxKeysInMemory = max(0, maxKeysInMemory)
    }

    /// The documented defaults.
    public static let `default` = DataLimits()
}

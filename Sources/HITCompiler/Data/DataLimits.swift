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

    /// Limits with the documented defaults unless given.
    public init(maxFileBytes: Int = 1 << 32, maxDiagnosticsPerFile: Int = 100, maxQuotedFileBytes: Int = 64 << 20) {
        self.maxFileBytes = maxFileBytes
        self.maxDiagnosticsPerFile = max(1, maxDiagnosticsPerFile)
        self.maxQuotedFileBytes = maxQuotedFileBytes
    }

    /// The documented defaults.
    public static let `default` = DataLimits()
}

/// Settings for `hitc batch`.
public struct BatchOptions: Sendable {
    /// The data file (CSV with a header, or JSON Lines), as the user named it.
    var dataPath: String
    /// The folder to write; nil for `out/<spec id>/batch`.
    var outputDirectory: String?
    /// The seed of the shuffle and of the gold slots: the same seed, spec, data
    /// file and hitc version give byte-identical files.
    public var seed: UInt64
    /// Replace an existing folder even if it is not a hitc batch.
    var force: Bool
    /// Treat warnings (spec or data) as errors: nothing is written on one.
    var warningsAsErrors: Bool
    /// Limits of reading the data file.
    var limits: DataLimits
    /// Buckets of the external shuffle; nil chooses from the file size (tests set it).
    var bucketCount: Int?
    /// How the spec is checked first.
    public var check: CheckOptions
    /// Told how far the run is (for a progress line); nil for none.
    var progress: (@Sendable (BatchProgress) -> Void)?

    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 1

    /// Options for batching `dataPath`; the defaults are the command line's.
    public init(dataPath: String, outputDirectory: String? = nil, seed: UInt64 = BatchOptions.defaultSeed, force: Bool = false,
                warningsAsErrors: Bool = false, limits: DataLimits = .default, bucketCount: Int? = nil,
                check: CheckOptions = CheckOptions(), progress: (@Sendable (BatchProgress) -> Void)? = nil) {
        self.dataPath = dataPath
        self.outputDirectory = outputDirectory
        self.seed = seed
        self.force = force
        self.warningsAsErrors = warningsAsErrors
        self.limits = limits
        self.bucketCount = bucketCount
        self.check = check
        self.progress = progress
    }
}

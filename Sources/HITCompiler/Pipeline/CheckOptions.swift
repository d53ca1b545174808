/// Settings for checking a spec.
public struct CheckOptions: Sendable {
    public var yamlLimits: YAMLLimits
    /// Whether to read and check the sample and gold files (on by default).
    public var checkDataFiles: Bool

    public init(yamlLimits: YAMLLimits = .default, checkDataFiles: Bool = true) {
        self.yamlLimits = yamlLimits
        self.checkDataFiles = checkDataFiles
    }
}

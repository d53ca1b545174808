/// Settings for checking a spec.
public struct CheckOptions: Sendable {
    /// Limits of the spec file and its YAML.
    public var yamlLimits: YAMLLimits
    /// Whether to check the rows of the sample and gold files (on by default).
    /// Off, the files are still read once, without diagnostics: `CheckedSpec`
    /// takes the preview and gold items from them.
    public var checkDataFiles: Bool

    /// The default settings, or the ones given.
    public init(yamlLimits: YAMLLimits = .default, checkDataFiles: Bool = true) {
        self.yamlLimits = yamlLimits
        self.checkDataFiles = checkDataFiles
    }
}

/// Settings for `hitc build`.
public struct BuildOptions: Sendable {
    /// The folder bundles are written into, one subfolder per spec id (default `out`).
    public var outputDirectory: String
    /// Replace an existing folder even if it is not a hitc bundle.
    public var force: Bool
    /// The templates to render with (built-in, possibly overridden).
    public var templates: TemplateSet
    /// How each spec is checked (the spec size limit, data files).
    public var check: CheckOptions

    /// The default settings, or the ones given.
    public init(outputDirectory: String = "out", force: Bool = false, templates: TemplateSet = .builtin,
                check: CheckOptions = CheckOptions()) {
        self.outputDirectory = outputDirectory
        self.force = force
        self.templates = templates
        self.check = check
    }
}

/// What building one spec produced.
public struct BuildResult: Sendable {
    /// The check of the spec, with the build's own diagnostics added.
    public var check: CheckResult
    /// The bundle folder written, under the output directory as given (relative
    /// when it is); nil when the build stopped on errors.
    public var bundle: String?
    /// Files written, relative to the bundle, with their sizes.
    public var files: [(path: String, bytes: Int)]
    /// A problem that is not about the spec (templates, the file system).
    public var failure: String?
    /// What writing the bundle tells the user besides (kept folders recovered from,
    /// or stray folders of interrupted builds kept; see `BundleWriter`).
    public var notes: [String] = []
}

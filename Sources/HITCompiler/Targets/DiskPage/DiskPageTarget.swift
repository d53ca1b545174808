/// The page opened from disk (and the preview): every page has it, no spec
/// names it. It shows demo items when the page carries none, and submitting
/// shows the answers as JSON to copy or download instead of sending them.
/// It adds nothing to the bundle; its part is the page's script module.
enum DiskPageTarget: PlatformTarget {
    /// Nothing to set.
    struct Settings: Sendable {}
    typealias Checked = Settings

    static let specKey: String? = nil
    static let implicitSettings: Settings? = Settings()
    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> Settings? { Settings() }
    static let scriptModule: String? = "disk"
}

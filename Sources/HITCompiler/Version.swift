/// hitc's own version, printed by `hitc --version` and written into manifests.
public enum HITCVersion {
    /// The version, as `hitc --version` prints it.
    public static let current = "0.1.0"
}

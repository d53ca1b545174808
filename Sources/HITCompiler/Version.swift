/// hitc's own version, printed by `hitc --version` and written into manifests.
public enum HITCVersion {
    public static let current = "0.1.0"
}

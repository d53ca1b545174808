/// Bounds that keep any input from exhausting memory, time or the stack.
public struct YAMLLimits: Sendable {
    /// Largest spec file accepted, in bytes (default 8 MiB).
    public var maxInputBytes: Int
    /// Deepest nesting of collections (default 64).
    public var maxDepth: Int
    /// Most nodes aliases may add when expanded (default 10,000): a billion-laughs guard.
    public var maxAliasExpansion: Int

    /// Limits; each omitted one takes its default.
    public init(maxInputBytes: Int = 8 << 20, maxDepth: Int = 64, maxAliasExpansion: Int = 10_000) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// The documented defaults.
    public static let `default` = YAMLLimits()
}

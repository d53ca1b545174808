/// Bounds that keep any input from exhausting memory, time or the stack.
public struct YAMLLimits: Sendable {
    /// Largest spec file accepted, in bytes (default 8 MiB).
    public var maxInputBytes: Int
    /// Deepest nesting of collections (default 64).
    var maxDepth: Int
    /// Most nodes aliases may add when expanded (default 10,000): a billion-laughs guard.
    var maxAliasExpansion: Int
    /// Most bytes of key and scalar text aliases may add when expanded (default 1 MiB),
    /// so an alias of a long text, repeated, cannot multiply the text later
    /// stages copy into messages.
    var maxAliasExpansionBytes: Int

    /// Most nodes (keys, scalars, lists and mappings, expanded aliases included)
    /// in a document (default 100,000). A large real spec (1,000 questions with
    /// options and aggregation) has about 30,000; 8 MiB of `[a,a,a,...]` would have
    /// four million, and every later stage's memory and time grow with the count.
    var maxNodes: Int

    /// Limits; each omitted one takes its default.
    init(maxInputBytes: Int = 8 << 20, maxDepth: Int = 64, maxAliasExpansion: Int = 10_000,
                maxAliasExpansionBytes: Int = 1 << 20, maxNodes: Int = 100_000) {
        self.maxNodes = maxNodes
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxAliasExpansionBytes = maxAliasExpansionBytes
    }

    /// The documented defaults.
    public static let `default` = YAMLLimits()
}

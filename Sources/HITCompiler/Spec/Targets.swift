/// Where the bundle will be uploaded: the settings of each target written under
/// `targets:`, by the target's key. Each target's folder under `Targets/` owns
/// its settings type and adds a typed accessor (`targets.<key>`).
struct Targets: Sendable {
    /// Settings by target key, only for targets that parsed without error.
    private var settings: [String: any Sendable] = [:]

    /// An empty `targets:` mapping.
    init() {}

    /// The settings of target `T`, nil when the spec does not have it.
    subscript<T: PlatformTarget>(_ target: T.Type) -> T.Settings? {
        get { T.specKey.flatMap { settings[$0] } as? T.Settings }
        set { if let key = T.specKey { settings[key] = newValue } }
    }

    /// Whether the spec names a target with key `key`.
    func has(_ key: String) -> Bool { settings[key] != nil }

    /// No target parsed (`targets:` empty or every entry had an error).
    var isEmpty: Bool { settings.isEmpty }

    /// The raw settings of the target with key `key` (for the registry's type-erased entries).
    func value(_ key: String) -> (any Sendable)? { settings[key] }
}

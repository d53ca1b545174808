/// Every platform target, listed once, in the order the spec's targets are
/// parsed, checked and built (and whose fee the cost estimate takes first).
/// Adding a platform: its folder under `Targets/` and one line here (see
/// docs/architecture.md, "How to add a platform").
enum TargetRegistry {
    /// The targets, erased once.
    static let all: [RegisteredTarget] = [
        RegisteredTarget(MTurkTarget.self),
        RegisteredTarget(ProlificTarget.self),
        RegisteredTarget(GenericTarget.self),
        RegisteredTarget(DiskPageTarget.self),
    ]

    /// The fee when no target of the spec models one: a host that charges nothing.
    static let fallbackCost = GenericTarget.costModel!

    /// The target with spec key `key`.
    static func target(key: String) -> RegisteredTarget? {
        all.first { $0.specKey == key }
    }

    /// The target whose schema mapping is `object`.
    static func target(schema object: SpecSchema.ObjectName) -> RegisteredTarget? {
        all.first { $0.schemaObject == object }
    }

    /// The keys of `targets:` with their schema mapping and summary, in registry order.
    static var schemaEntries: [SpecSchema.Property] {
        all.compactMap { t in
            guard let key = t.specKey, let object = t.schemaObject else { return nil }
            return SpecSchema.Property(name: key, type: .object(object), required: false, doc: t.summary)
        }
    }

    /// Every name a platform reserves.
    static let reservedNames: [String] = all.flatMap(\.reservedNames)

    /// Why `name` is reserved, if a platform reserves it.
    static func reservedReason(_ name: String) -> String? {
        all.first { $0.reservedNames.contains(name) }?.reservedReason
    }

    /// The targets `spec` has (those it names, and those every page has), in registry order, with their settings.
    static func present(in spec: Spec) -> [SpecTarget] {
        all.compactMap { t in t.settings(spec).map { SpecTarget(target: t, settings: $0) } }
    }
}

/// A target of a spec with its settings as parsed (the check stage's view).
struct SpecTarget {
    let target: RegisteredTarget
    let settings: any Sendable
}

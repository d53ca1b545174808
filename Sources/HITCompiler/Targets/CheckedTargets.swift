/// The targets of a checked spec, in registry order, each with its settings
/// (defaults applied): what lowering, rendering and `hitc batch` ask instead of
/// naming a platform.
struct CheckedTargets: Sendable {
    /// The spec's targets, and those every page has.
    let all: [CheckedTarget]

    init(_ spec: Spec) {
        all = TargetRegistry.present(in: spec).map { CheckedTarget(target: $0.target, settings: $0.target.checked($0.settings)) }
    }

    /// The checked settings of target `T`, nil when the spec does not have it.
    func settings<T: PlatformTarget>(of target: T.Type) -> T.Checked? {
        let id = ObjectIdentifier(T.self)
        return all.first { $0.target.id == id }?.settings as? T.Checked
    }

    /// The task page's configuration entries, by target key.
    var pageConfig: [(key: String, value: any Encodable & Sendable)] {
        all.compactMap { t in t.target.specKey.flatMap { key in t.target.pageConfig(t.settings).map { (key, $0) } } }
    }

    /// Origins the page may `fetch`, sorted.
    var connectOrigins: [String] {
        Set(all.flatMap { $0.target.connectOrigins($0.settings) }).sorted()
    }

    /// Origins the page's form may post to (the targets' own and the connect origins), sorted.
    var formActionOrigins: [String] {
        Set(all.flatMap { $0.target.formActionOrigins($0.settings) } + connectOrigins).sorted()
    }

    /// The page script modules: those of the spec's targets and those every
    /// page has, in registry order (the order the page tries them in).
    var scriptModules: [String] {
        let present = Set(all.map(\.target.id))
        return TargetRegistry.all.filter { present.contains($0.id) || $0.scriptOnEveryPage }.compactMap(\.scriptModule)
    }

    /// The fee of the first target that models one, else a host that charges nothing.
    var costModel: CostModel { all.lazy.compactMap(\.target.costModel).first ?? TargetRegistry.fallbackCost }

    /// Why an item key may not hold `|` (a batch upload file joins keys with it); nil when none does.
    var itemKeyJoinReason: String? { all.lazy.compactMap(\.target.itemKeyJoinReason).first }
}

/// Any host that accepts a POST: the page sends its answers to `submit_url`
/// (and to its parent frame), the host keeps them.
enum GenericTarget: PlatformTarget {
    typealias Settings = GenericSettings
    typealias Checked = GenericSettings

    static let specKey: String? = "generic"
    static let summary = "Any host that accepts a POST."
    static var properties: [SpecSchema.Property] {
        [.init(name: "submit_url", type: .string, required: true, doc: "Where the page POSTs its answers (https).")]
    }

    static func parse(_ gm: MappingView, _ ctx: inout ParseContext) -> GenericSettings? {
        gm.required("submit_url", &ctx).flatMap { TargetsParser.httpsURL($0, "'generic.submit_url'", &ctx) }
            .map(GenericSettings.init)
    }

    static func pageConfig(_ settings: GenericSettings) -> (any Encodable & Sendable)? {
        GenericPageConfig(submitUrl: settings.submitURL.value)
    }
    static func connectOrigins(_ settings: GenericSettings) -> [String] {
        // Refused at check time when its origin cannot be named (E0209).
        (try? HTTPSURL.origin(settings.submitURL.value).get()).map { [$0] } ?? []
    }
    static let scriptModule: String? = "generic"

    static let costModel: CostModel? = hostFee
    /// A host of one's own charges nothing on top of the reward; also the
    /// estimate of a spec whose targets model no fee.
    static let hostFee = CostModel(platform: "generic", feePermille: { _ in 0 },
                                   note: "no platform fee (a generic host)")
}

/// `targets.generic` as written.
struct GenericSettings: Sendable {
    var submitURL: Located<String>
}

/// The generic entry of the task page's configuration.
struct GenericPageConfig: Encodable, Sendable {
    var submitUrl: String
}

extension Targets {
    /// `targets.generic`, nil without a generic target.
    var generic: GenericSettings? {
        get { self[GenericTarget.self] }
        set { self[GenericTarget.self] = newValue }
    }
}

/// Prolific: the page stores its answers at an optional `submit_url`, then
/// sends the worker back to Prolific with the study's completion code.
enum ProlificTarget: PlatformTarget {
    typealias Settings = ProlificSettings
    typealias Checked = ProlificSettings

    static let specKey: String? = "prolific"
    static let summary = "Prolific."
    static var properties: [SpecSchema.Property] {
        [
            .init(name: "completion_code", type: .string, required: true, doc: "The study's completion code."),
            .init(name: "submit_url", type: .string, required: false, doc: "Where the page stores answers before redirecting (https)."),
        ]
    }

    static func parse(_ pm: MappingView, _ ctx: inout ParseContext) -> ProlificSettings? {
        let code = pm.required("completion_code", &ctx).flatMap { ctx.string($0, "'completion_code'") }
        let url = pm["submit_url"].flatMap { TargetsParser.httpsURL($0, "'prolific.submit_url'", &ctx) }
        guard let code else { return nil }
        if !code.value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
            ctx.report(.invalidEnumValue, "'completion_code' may hold only letters, digits, '-' and '_'", code.range)
        }
        return ProlificSettings(completionCode: code, submitURL: url)
    }

    static func pageConfig(_ settings: ProlificSettings) -> (any Encodable & Sendable)? {
        ProlificPageConfig(completionCode: settings.completionCode.value, submitUrl: settings.submitURL?.value)
    }
    static func connectOrigins(_ settings: ProlificSettings) -> [String] {
        // Refused at check time when its origin cannot be named (E0209).
        settings.submitURL.flatMap { try? HTTPSURL.origin($0.value).get() }.map { [$0] } ?? []
    }
    static let scriptModule: String? = "prolific"

    static let costModel: CostModel? = CostModel(
        platform: "prolific", feePermille: { _ in 333 },
        note: "Prolific fee taken as 33.3% of the reward (it depends on the account)")
}

/// `targets.prolific` as written.
struct ProlificSettings: Sendable {
    var completionCode: Located<String>
    /// Where the page stores answers before redirecting (optional).
    var submitURL: Located<String>?
}

/// The Prolific entry of the task page's configuration.
struct ProlificPageConfig: Encodable, Sendable {
    var completionCode: String
    var submitUrl: String?
}

extension Targets {
    /// `targets.prolific`, nil without a Prolific target.
    var prolific: ProlificSettings? {
        get { self[ProlificTarget.self] }
        set { self[ProlificTarget.self] = newValue }
    }
}

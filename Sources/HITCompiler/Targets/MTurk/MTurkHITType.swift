/// `mturk/hit-type.json`: the request body of MTurk's CreateHITType, with
/// QualificationRequirements from `quality.qualification`.
struct MTurkHITType: Encodable, Sendable {
    var Title: String
    var Description: String
    var Keywords: String
    /// Dollars, as MTurk wants them: a string.
    var Reward: String
    var AssignmentDurationInSeconds: Int
    var AutoApprovalDelayInSeconds: Int
    var QualificationRequirements: [Requirement]

    /// One QualificationRequirement with a system qualification id.
    struct Requirement: Encodable, Sendable {
        var QualificationTypeId: String
        var Comparator: String
        var IntegerValues: [Int]?
        var LocaleValues: [Locale]?
        var ActionsGuarded: String
    }

    struct Locale: Encodable, Sendable {
        var Country: String
        var Subdivision: String?
    }

    /// System qualification ids.
    static let approvalRateID = "000000000000000000L0"
    static let approvedHITsID = "00000000000000000040"
    static let localeID = "00000000000000000071"

    /// Lowers a checked spec (the durations' defaults: `CheckedMTurk`).
    init(_ checked: CheckedSpec) {
        let spec = checked.spec
        Title = checked.title
        Description = spec.description?.value ?? checked.title
        Keywords = spec.keywords.map(\.value).joined(separator: ", ")
        Reward = checked.reward.amountText
        let mturk = checked.mturk ?? .defaults
        AssignmentDurationInSeconds = mturk.assignmentDurationSeconds
        AutoApprovalDelayInSeconds = mturk.autoApproveSeconds
        var requirements: [Requirement] = []
        if let q = spec.quality?.qualification {
            if let rate = q.approvalRate?.value {
                requirements.append(Requirement(QualificationTypeId: Self.approvalRateID, Comparator: "GreaterThanOrEqualTo",
                                                IntegerValues: [rate], LocaleValues: nil, ActionsGuarded: "DiscoverPreviewAndAccept"))
            }
            if let hits = q.approvedHits?.value {
                requirements.append(Requirement(QualificationTypeId: Self.approvedHITsID, Comparator: "GreaterThanOrEqualTo",
                                                IntegerValues: [hits], LocaleValues: nil, ActionsGuarded: "DiscoverPreviewAndAccept"))
            }
            if !q.locales.isEmpty {
                let locales = q.locales.map { locale -> Locale in
                    let parts = locale.value.split(separator: "-").map(String.init)
                    return Locale(Country: parts[0], Subdivision: parts.count > 1 ? parts[1] : nil)
                }
                requirements.append(Requirement(QualificationTypeId: Self.localeID, Comparator: "In", IntegerValues: nil,
                                                LocaleValues: locales, ActionsGuarded: "DiscoverPreviewAndAccept"))
            }
        }
        QualificationRequirements = requirements
    }
}

/// The catalogue: one stable code per kind of problem.
///
/// `E0xxx` codes are errors, `W0xxx` warnings (lints). Codes are never reused;
/// `docs/diagnostics.md` is generated from this table (see `DiagnosticCatalogue`).
/// Ranges: E00xx input and YAML, E01xx shape and scalar types, E02xx value
/// formats, E03xx cross-references, E04xx files and data rows, E05xx results
/// files (`hitc aggregate`), E06xx bundles (`hitc build`), E07xx batches
/// (`hitc batch`), E08xx target platforms (what a platform cannot express), W00xx lints,
/// E09xx and W09xx changes between two versions of a spec (`hitc diff`).
enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // Input and YAML
    case unreadableFile = "E0001"
    case fileTooLarge = "E0002"
    case invalidUTF8 = "E0003"
    case yamlSyntax = "E0004"
    case emptyDocument = "E0005"
    case multipleDocuments = "E0006"
    case duplicateKey = "E0007"
    case unsupportedTag = "E0008"
    case mergeKey = "E0009"
    case aliasBudgetExceeded = "E0010"
    case nestingTooDeep = "E0011"
    case undefinedAlias = "E0012"
    case nonScalarKey = "E0013"
    case forbiddenCharacter = "E0014"
    case tooManyNodes = "E0015"
    case fileChanged = "E0020"

    // Shape and scalar types
    case wrongNodeKind = "E0101"
    case missingKey = "E0102"
    case unknownKey = "E0103"
    case expectedBoolean = "E0104"
    case expectedNumber = "E0105"
    case expectedInteger = "E0106"
    case invalidEnumValue = "E0107"
    case emptyValue = "E0108"
    case unsupportedLanguageVersion = "E0109"
    case expectedString = "E0110"

    // Value formats and ranges
    case invalidTaskID = "E0201"
    case invalidSemver = "E0202"
    case invalidLanguageTag = "E0203"
    case invalidMoney = "E0204"
    case invalidDuration = "E0205"
    case valueOutOfRange = "E0206"
    case invalidIdentifier = "E0207"
    case invalidPattern = "E0208"
    case invalidURL = "E0209"
    case currencyMismatch = "E0210"
    case invalidDate = "E0211"
    case invalidHotkey = "E0212"
    case emptyList = "E0213"
    case duplicateValue = "E0214"
    case platformCurrency = "E0215"
    case platformLimit = "E0216"
    case separatorInValue = "E0217"
    case invalidMessagePattern = "E0218"

    // Cross-references
    case unknownField = "E0301"
    case fieldTypeMismatch = "E0302"
    case unknownQuestion = "E0303"
    case questionRepeatedInLayout = "E0304"
    case questionNotInLayout = "E0305"
    case duplicateOptionValue = "E0306"
    case duplicateOptionKey = "E0307"
    case reservedHotkey = "E0308"
    case visibleIfForwardReference = "E0309"
    case visibleIfUnknownValue = "E0310"
    case visibleIfCycle = "E0311"
    case visibleIfUnsupportedType = "E0312"
    case aggregationMismatch = "E0313"
    case agreementMismatch = "E0314"
    case reservedName = "E0315"
    case nameCollision = "E0316"
    case invalidAnswer = "E0317"
    case goldExceedsItems = "E0318"
    case sharedMultiChoiceKey = "E0319"
    case unknownMessage = "E0320"
    case unknownMessageVariable = "E0321"

    // Files and data rows
    case pathEscapes = "E0401"
    case missingFile = "E0402"
    case unknownDataFormat = "E0403"
    case malformedCSV = "E0404"
    case malformedJSONLine = "E0405"
    case missingColumn = "E0406"
    case invalidFieldValue = "E0407"
    case missingRequiredValue = "E0408"
    case duplicateItemKey = "E0409"
    case emptyDataFile = "E0410"
    case rowTooLong = "E0411"

    // Results files (`hitc aggregate`)
    case unrecognisedResults = "E0501"
    case invalidWorkerAnswer = "E0502"
    case unknownResultsQuestion = "E0503"
    case incompleteJudgment = "E0504"
    case resultsRowTooLong = "E0505"
    case forbiddenResultsCharacter = "E0506"

    // Bundles (`hitc build`)
    case questionOverLimit = "E0601"
    case forbiddenXMLCharacter = "E0602"

    // Batches (`hitc batch`)
    case batchNeedsKey = "E0701"
    case goldPoolTooSmall = "E0702"
    case unusableItemKey = "E0703"

    // Target platforms
    case platformCannotExpress = "E0801"

    // Lints: the pre-flight checklist
    case noMetric = "W0001"
    case noSampleData = "W0002"
    case optionWithoutHelp = "W0003"
    case labelWithoutExample = "W0004"
    case noGold = "W0005"
    case evenJudgments = "W0006"
    case belowMinimumWage = "W0007"
    case requiredFreeText = "W0008"
    case tooManyHotkeys = "W0009"
    case questionNearLimit = "W0010"
    case noChangelogEntry = "W0011"
    case unknownColumn = "W0012"
    case repeatedJudgment = "W0017"
    case platformDegrades = "W0018"
    case sqlQuestionLeftOut = "W0019"
    case noCatalogue = "W0020"
    case hotkeyNotOnKeyboard = "W0021"

    // Output
    case diagnosticsOmitted = "W0013"

    // Changes between two versions of a spec (`hitc diff`)
    case breakingChange = "E0901"
    case versionNotRaised = "E0902"
    case changeNotInChangelog = "E0903"
    case reviewChange = "W0901"
    case cosmeticChange = "W0902"
    case mappedRename = "W0903"

    /// Errors start with `E`, warnings with `W`.
    var severity: Severity { rawValue.hasPrefix("W") ? .warning : .error }

    /// The code as printed, e.g. `E0103`.
    var code: String { rawValue }
}

import Foundation
import Testing
@testable import HITCompiler

/// The platform targets' registry: every registered target parses, checks and
/// reaches the schema, the page and the cost estimate through it; an unknown
/// target word is refused with a did-you-mean; every results format is
/// reachable by `--format` and recognised by its header.
@Suite struct TargetsRegistryTests {
    /// A valid `targets.<key>` mapping per target a spec names. A new target must add one here.
    static let samples: [String: String] = [
        "mturk": "{ lifetime: 2d, frame_height: 600 }",
        "prolific": "{ completion_code: C0DE_1, submit_url: \"https://prolific.example.org/save\" }",
        "generic": "{ submit_url: \"https://host.example.org/answers\" }",
        "label_studio": "{}",
        "toloka": "{}",
        "ground_truth": "{}",
        "appen": "{}",
    ]

    static func spec(targets: String) -> String {
        SpecFixtures.minimal(top: "targets:\n" + targets)
    }

    @Test func everyTargetOfASpecHasASampleAndTheSchemaListsExactlyTheRegisteredKeys() {
        let keys = TargetRegistry.all.compactMap(\.specKey)
        #expect(keys == ["mturk", "prolific", "generic", "label_studio", "toloka", "ground_truth", "appen"])
        #expect(Set(keys) == Set(Self.samples.keys))
        #expect(SpecSchema.keys(.targets) == keys)
        for target in TargetRegistry.all {
            guard let object = target.schemaObject else {
                #expect(target.specKey == nil, "a target a spec names has a schema mapping")
                continue
            }
            #expect(SpecSchema.keys(object) == target.properties.map(\.name))
            #expect(object.rawValue == target.specKey)
        }
    }

    @Test(arguments: TargetRegistry.all.compactMap(\.specKey))
    func eachTargetRoundTripsThroughParseAndCheck(key: String) throws {
        let text = Self.spec(targets: "  \(key): \(Self.samples[key]!)\n")
        let (parsed, parseDiagnostics) = SpecFixtures.parse(text)
        #expect(parseDiagnostics.isEmpty, "\(parseDiagnostics.map(\.message))")
        let spec = try #require(parsed)
        let targets = try #require(spec.targets)
        #expect(!targets.isEmpty)
        #expect(TargetRegistry.all.compactMap(\.specKey).filter(targets.has) == [key])
        #expect(SpecChecker().check(spec, file: "t.yaml").filter { $0.severity == .error }.isEmpty)
        // Present: the page opened from disk and this target, in registry order.
        let present = TargetRegistry.present(in: spec).map(\.target.specKey)
        #expect(present == [nil, key])
    }

    @Test func theParsedSettingsAreTheTargetsOwn() throws {
        let text = Self.spec(targets: Self.samples.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)\n" }.joined())
        let spec = try #require(SpecFixtures.parse(text).0)
        #expect(spec.targets?.mturk?.lifetime?.value.seconds == 2 * 86_400 && spec.targets?.mturk?.frameHeight == 600)
        #expect(spec.targets?.prolific?.completionCode.value == "C0DE_1")
        #expect(spec.targets?.prolific?.submitURL?.value == "https://prolific.example.org/save")
        #expect(spec.targets?.generic?.submitURL.value == "https://host.example.org/answers")
    }

    @Test func anUnknownTargetWordIsRefusedWithADidYouMean() throws {
        let text = Self.spec(targets: "  prolifc: { completion_code: C0DE }\n")
        let (spec, diagnostics) = SpecFixtures.parse(text)
        let unknown = try #require(diagnostics.first { $0.code == .unknownKey })
        #expect(unknown.code.rawValue == "E0103")
        #expect(unknown.message == "unknown key 'prolifc' in 'targets'")
        #expect(unknown.notes.map(\.message) == ["did you mean 'prolific'?"])
        #expect(spec?.targets?.isEmpty == true)
        #expect(spec?.targets?.prolific == nil)
    }

    @Test func noTargetMeansTheCheapestFeeAndOnlyThePageOpenedFromDisk() throws {
        let spec = try #require(SpecFixtures.parse(SpecFixtures.minimal()).0)
        #expect(TargetRegistry.present(in: spec).map(\.target.specKey) == [nil])
        #expect(CheckedTargets(spec).costModel.platform == "generic")
        #expect(CheckedTargets(spec).costModel.feePermille(20) == 0)
    }

    @Test func theFeeIsTheFirstRegisteredTargetsThatModelsOne() throws {
        let both = Self.spec(targets: "  generic: \(Self.samples["generic"]!)\n  prolific: \(Self.samples["prolific"]!)\n")
        let spec = try #require(SpecFixtures.parse(both).0)
        let model = CheckedTargets(spec).costModel
        #expect(model.platform == "prolific" && model.feePermille(3) == 333)
        let mturk = try #require(SpecFixtures.parse(Self.spec(targets: "  mturk: {}\n  prolific: \(Self.samples["prolific"]!)\n")).0)
        let mturkModel = CheckedTargets(mturk).costModel
        #expect(mturkModel.platform == "mturk" && mturkModel.feePermille(9) == 200 && mturkModel.feePermille(10) == 400)
    }

    @Test func thePageConfigurationAndOriginsComeFromTheTargets() throws {
        let text = Self.spec(targets: Self.samples.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)\n" }.joined())
        let spec = try #require(SpecFixtures.parse(text).0)
        let targets = CheckedTargets(spec)
        // Toloka shows its Template Builder config, not the page: no entry.
        #expect(targets.pageConfig.map(\.key) == ["mturk", "prolific", "generic"])
        #expect(targets.connectOrigins == ["https://host.example.org", "https://prolific.example.org"])
        #expect(targets.formActionOrigins == (MTurkQuestion.submitOrigins + targets.connectOrigins).sorted())
        #expect(targets.itemKeyJoinReason?.hasPrefix("mturk/batch.csv joins the keys") == true)
    }

    @Test func everyNameATargetReservesIsRefusedWithItsReason() {
        for target in TargetRegistry.all {
            for name in target.reservedNames {
                #expect(TargetRegistry.reservedReason(name) == target.reservedReason)
                let fields = "    title: { type: text }\n    \(name): { type: text }\n"
                let text = SpecFixtures.minimal().replacingOccurrences(of: "    title: { type: text }\n", with: fields)
                let found = SpecFixtures.check(text).filter { $0.code == .reservedName }
                #expect(found.map(\.message) == ["field name '\(name)' is reserved (\(target.reservedReason))"])
            }
        }
        #expect(TargetRegistry.reservedNames.contains("workerId"))
    }

    @Test func everyResultsFormatIsAFormatWordAndRoundTrips() {
        #expect(PlatformHelp.formatWords == ["auto", "mturk", "toloka", "appen", "long", "submissions", "label_studio", "ground_truth"])
        for entry in ResultsFormats.all {
            #expect(ResultsFormats.entry(entry.format)?.format == entry.format)
            #expect(ResultsFormat(rawValue: entry.format.rawValue) == entry.format)
            #expect(entry.csv == nil || entry.csv?.format == entry.format)
            #expect(entry.csv != nil || entry.readsJSONLines || entry.jsonDocument != nil, "a format some file can hold")
            #expect(entry.jsonDocument == nil || entry.jsonDocument?.format == entry.format)
        }
        #expect(ResultsFormats.entry(ResultsFormat(rawValue: "bogus")) == nil)
        #expect(ResultsFormat.allCases == [.mturk, .toloka, .appen, .long, .submissions, .labelStudio, .groundTruth])
    }

    @Test func aCSVHeaderIsRecognisedByItsFormatAndAPlatformsHeaderWinsOverLong() {
        let mturk = ["HITId", "WorkerId", "Answer.item1", "Answer.item1_q"]
        let long = ["item", "worker", "question", "answer"]
        #expect(ResultsFormats.csv.first { $0.recognises(mturk) }?.format == .mturk)
        #expect(ResultsFormats.csv.first { $0.recognises(long) }?.format == .long)
        #expect(ResultsFormats.csv.first { $0.recognises(long + ["WorkerId", "Answer.x"]) }?.format == .mturk)
        #expect(ResultsFormats.csv.first { $0.recognises(["_unit_id", "_worker_id", "item", "worker", "question", "answer"]) }?.format == .appen)
        #expect(ResultsFormats.csv.first { $0.recognises(["a", "b"]) } == nil)
        #expect(ResultsFormats.expectedCSVHeaders
            == "the columns item, worker, question, answer (long format) or an MTurk batch results header with WorkerId and Answer.* columns"
            + " or a Toloka results header with INPUT:*, OUTPUT:* and ASSIGNMENT:worker_id columns"
            + " or an Appen full report header with _unit_id, _worker_id and a column per question")
        #expect(ResultsFormats.csvOptions == "--format long or --format mturk or --format toloka or --format appen")
    }
}

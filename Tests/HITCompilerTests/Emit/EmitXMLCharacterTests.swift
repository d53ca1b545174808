import Foundation
import Testing
@testable import HITCompiler
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Characters XML 1.0 forbids never reach `mturk/question.xml`, `task.html` or
/// `guidelines.html`: a guideline section file with one is a located E0602, a
/// template override with one a named error, anything else stops at the last
/// guard; nothing is written (issue 9, item 5).
@Suite(.serialized)
struct EmitXMLCharacterTests {
    static let id = "grocery-search-relevance"

    @Test(arguments: ["\u{1}", "\u{1B}", "\u{0}", "\u{FFFE}", "\u{FFFF}"])
    func aSectionFileWithAForbiddenCharacterIsALocatedErrorAndNothingIsWritten(_ character: String) throws {
        let spec = try EmitFixtures.copyExample(Self.id)
        let section = spec.deletingLastPathComponent().appendingPathComponent("guidelines/substitutes.md")
        try EmitFixtures.replace("2. come from the", with: "2. come \(character)from the", in: section)
        let out = Paths.temporaryDirectory()
        let run = try runHITC(["build", "-o", out.path, spec.path])
        let name = ForbiddenCharacters.name(character.unicodeScalars.first!)
        let line = try EmitFixtures.line(of: "2. come ", in: section)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(section.path):\(line):9: error: guideline section file holds \(name), a character XML 1.0 forbids [E0602]"),
                "\(run.stderr)")
        #expect(run.stderr.contains("mturk/question.xml and the pages cannot carry it; delete it from the file"))
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(Self.id).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func aTemplateOverrideWithAForbiddenCharacterIsNamedAndNothingIsWritten() throws {
        let spec = try EmitFixtures.copyExample(Self.id)
        for (file, bad) in [("task.mustache", "\u{7}"), ("partials/item.mustache", "\u{FFFF}"), ("assets/task.css", "\u{FFFE}")] {
            let templates = Paths.temporaryDirectory()
            let url = templates.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let builtin = try #require(BuiltinTemplates.files[file])
            try ("\n  ab" + bad + builtin).write(to: url, atomically: true, encoding: .utf8)
            let out = Paths.temporaryDirectory()
            let run = try runHITC(["build", "--templates", templates.path, "-o", out.path, spec.path])
            #expect(run.status == 1, "\(file)")
            let name = ForbiddenCharacters.name(bad.unicodeScalars.first!)
            #expect(run.stderr.contains("template '\(file)' holds \(name) at line 2, column 5, a character XML 1.0 forbids "
                                        + "(mturk/question.xml could not hold it); remove it"), "\(file): \(run.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "\(file)")
        }
    }

    @Test func specTextWithAControlCharacterNeverReachesABundle() throws {
        // Refused at check time once spec scalars are checked; until then the page's last guard stops the build.
        let spec = try EmitFixtures.copyExample(Self.id)
        try EmitFixtures.replace("title: Rate grocery search results", with: "title: \"Rate \\x01 grocery search results\"", in: spec)
        let out = Paths.temporaryDirectory()
        let run = try runHITC(["build", "-o", out.path, spec.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("U+0001"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func theLastGuardsRefuseWhatXMLForbids() throws {
        #expect(throws: TemplateError.unsafeOutput("mturk/question.xml would hold U+0001 at line 1, column 5, a character XML 1.0 forbids")) {
            try MTurkQuestion.xml(page: "<p>a\u{1}</p>", frameHeight: 0)
        }
        #expect(throws: TemplateError.unsafeOutput("the page would hold U+FFFF at line 2, column 1, a character XML 1.0 forbids")) {
            try PageSafety.finalize("<p>\n\u{FFFF}</p>", placeholder: false)
        }
        // JSON in the page escapes the two noncharacters (JSONEncoder escapes the controls).
        let json = try PageSafety.scriptJSON(["a": "x\u{FFFE}\u{FFFF}\u{1}y"])
        #expect(json == #"{"a":"x\ufffe\uffff\u0001y"}"#)
        #expect(ForbiddenCharacters.firstForbiddenInXML(in: json) == nil)
    }

    @Test func exactlyTheCharactersXMLForbidsAreFound() {
        for value in UInt32(0)..<0x20 where ![0x09, 0x0A, 0x0D].contains(value) {
            let scalar = Unicode.Scalar(value)!
            #expect(ForbiddenCharacters.firstForbiddenInXML(in: "é\(scalar)")?.offset == 2, "\(value)")
        }
        #expect(ForbiddenCharacters.firstForbiddenInXML(in: "ab\u{FFFE}")?.scalar == "\u{FFFE}")
        #expect(ForbiddenCharacters.firstForbiddenInXML(in: "ab\u{FFFF}")?.scalar == "\u{FFFF}")
        let allowed = [0x09, 0x0A, 0x0D, 0x20, 0x7F, 0x85, 0xEFBF, 0xFDD0, 0xFFFD, 0x10FFFF].map { String(Unicode.Scalar($0)!) }
        #expect(ForbiddenCharacters.firstForbiddenInXML(in: allowed.joined()) == nil)
    }

    @Test func aBuiltQuestionIsWellFormedXML() throws {
        let spec = try EmitFixtures.copyExample(Self.id)
        let section = spec.deletingLastPathComponent().appendingPathComponent("guidelines/substitutes.md")
        try EmitFixtures.replace("2. come from the", with: "2. come\tfrom \u{FFFD} the\r", in: section)
        let out = Paths.temporaryDirectory()
        let run = try runHITC(["build", "-o", out.path, spec.path])
        #expect(run.status == 0, "\(run.stderr)")
        let xml = try Data(contentsOf: out.appendingPathComponent("\(Self.id)/mturk/question.xml"))
        #expect(XMLParser(data: xml).parse())
    }
}

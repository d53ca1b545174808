import Foundation
import Testing
@testable import HITCompiler

/// A guideline section file holding a character XML 1.0 forbids is E0602 at
/// check time too, at the character, so `hitc check` and `hitc build` agree; the
/// two sets of forbidden characters have one home (`ForbiddenCharacters`).
@Suite struct SectionFileCharacterTests {
    @Test(arguments: ["\u{1}", "\u{1B}", "\u{FFFF}"])
    func checkReportsTheCharacterWhereBuildDoes(_ character: String) throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let folder = spec.deletingLastPathComponent()
        let section = folder.appendingPathComponent("guidelines/substitutes.md")
        try EmitFixtures.replace("2. come from the", with: "2. come \(character)from the", in: section)
        let line = try EmitFixtures.line(of: "2. come ", in: section)
        let name = ForbiddenCharacters.name(character.unicodeScalars.first!)
        let expected = "guidelines/substitutes.md:\(line):9: error: guideline section file holds \(name), a character XML 1.0 forbids [E0602]\n"
            + "   \(line) | 2. come "
        let check = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix(expected), "\(check.stderr)")
        #expect(check.stderr.contains("  note: mturk/question.xml and the pages cannot carry it; delete it from the file\n"))
        #expect(check.stdout.hasSuffix("1 spec checked: 1 error, 0 warnings\n"), "\(check.stdout)")
        let out = Paths.temporaryDirectory()
        let build = try runHITC(["build", "-o", out.path, "spec.yaml"], in: folder)
        #expect(build.status == 1)
        #expect(build.stderr == check.stderr)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func theRenderUsesTheSectionAsCheckedNotAFileChangedSince() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let checked = try #require(Pipeline.check(path: spec.path).checked)
        let section = spec.deletingLastPathComponent().appendingPathComponent("guidelines/substitutes.md")
        let text = try String(contentsOf: section, encoding: .utf8)
        #expect(checked.sectionBodies["guidelines/substitutes.md"] == text)
        // The file read once at check time is what the pages show, whatever it holds now.
        try "ok\nab\u{FFFE}".write(to: section, atomically: true, encoding: .utf8)
        let markdown = try GuidelinesRenderer.markdown(checked, templates: .builtin)
        #expect(markdown.contains("come from the"))
        #expect(!markdown.contains("\u{FFFE}"))
    }

    @Test func xmlsSetIsFoundByTheByteSearchAndIsInsideTheSpecsSet() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0xD700...0xD7FF, 0xE000...0xFFFF, 0x1FFF0...0x1FFFF, 0x10FFF0...0x10FFFF]
        for range in ranges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                let inXML = ForbiddenCharacters.isForbiddenInXML(scalar)
                #expect(inXML == (ForbiddenCharacters.firstForbiddenInXML(in: "ab" + String(scalar))?.offset == 2), "U+\(value)")
                if inXML { #expect(ForbiddenCharacters.isForbiddenInSpec(scalar), "U+\(value)") }
            }
        }
        // The sets differ by DEL, C1 and the noncharacters other than U+FFFE/U+FFFF.
        for value: UInt32 in [0x7F, 0x80, 0x9F, 0xFDD0, 0x1FFFE] {
            #expect(!ForbiddenCharacters.isForbiddenInXML(Unicode.Scalar(value)!))
            #expect(ForbiddenCharacters.isForbiddenInSpec(Unicode.Scalar(value)!))
        }
    }
}

import Foundation
import Testing
@testable import HITCompiler

/// Markdown turns a numeric character reference (`&#x1B;`) into the character it
/// names, so a reference to a character no page may hold is refused where it is
/// written: E0014 in the spec, E0602 in a section file (found by fuzz.py: the
/// build stopped with an unlocated "rendered page is unsafe").
@Suite struct TextCharacterReferenceTests {
    @Test func referencesAreReadAsCommonMarkReadsThem() {
        let forbidden = ForbiddenCharacters.isForbiddenInXML
        #expect(CharacterReferences.first(in: "a &#27; b", where: forbidden) == .init(offset: 2, length: 5, scalar: "\u{1B}"))
        #expect(CharacterReferences.first(in: "&#X1b;", where: forbidden)?.scalar == "\u{1B}")
        #expect(CharacterReferences.first(in: "&#0000001;", where: forbidden)?.length == 10, "7 decimal digits")
        #expect(CharacterReferences.first(in: "&#x00000001;", where: forbidden) == nil, "more than 6 hex digits is text")
        #expect(CharacterReferences.first(in: "&#00000001;", where: forbidden) == nil, "more than 7 decimal digits is text")
        #expect(CharacterReferences.first(in: "&#xFFFE;", where: forbidden)?.scalar == "\u{FFFE}")
        for harmless in ["&#0;", "&#xD800;", "&#x110000;", "&#27", "&#;", "&#x;", "&#9;", "&#10;", "&amp;#27;", "&#233;"] {
            #expect(CharacterReferences.first(in: harmless, where: forbidden) == nil, "\(harmless)")
        }
        #expect(CharacterReferences.first(in: "&#133; &#x85;", where: ForbiddenCharacters.isForbiddenInSpec)?.scalar == "\u{85}")
        #expect(CharacterReferences.first(in: "é &#233; &#&#x1;", where: forbidden) == .init(offset: 12, length: 5, scalar: "\u{1}"))
    }

    @Test func aReferenceInTheSpecIsE0014AtTheReference() throws {
        let folder = Paths.temporaryDirectory()
        try SpecFixtures.minimal().replacingOccurrences(of: "title: Test\n", with: "title: Rate &#x1b;[2J groceries\n")
            .write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        let check = try runHITC(["check", "--quiet", "spec.yaml"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("""
            spec.yaml:4:13: error: '&#x1b;' is a character reference to U+001B (a control character), which no page or XML file may hold [E0014]
               4 | title: Rate &#x1b;[2J groceries
                 |             ^~~~~~
              note: Markdown turns the reference into the character itself; remove it (write '&amp;#' to show the text '&#')

            """), "\(check.stderr)")
    }

    @Test func aReferenceInASectionFileIsE0602AtCheckAndBuild() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let folder = spec.deletingLastPathComponent()
        let section = folder.appendingPathComponent("guidelines/substitutes.md")
        try EmitFixtures.replace("2. come from the", with: "2. come &#1;from the", in: section)
        let line = try EmitFixtures.line(of: "2. come ", in: section)
        let check = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("guidelines/substitutes.md:\(line):9: error: guideline section file holds '&#1;', a character reference to U+0001, a character XML 1.0 forbids [E0602]\n"),
                "\(check.stderr)")
        let out = Paths.temporaryDirectory()
        let build = try runHITC(["build", "-o", out.path, "spec.yaml"], in: folder)
        #expect(build.status == 1)
        #expect(build.stderr == check.stderr)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}

import Foundation
import Testing
@testable import HITCompiler

/// A key or value of a spec holding a character XML 1.0 forbids (or DEL, a C1
/// control, a noncharacter) is refused where the scalar is made (E0014), at the
/// escape that wrote it, so nothing reaches `mturk/question.xml` or a page.
@Suite struct SpecForbiddenCharacterTests {
    /// The minimal spec with `title:` written as given.
    static func spec(title: String) -> String {
        SpecFixtures.minimal().replacingOccurrences(of: "title: Test\n", with: "title: \(title)\n")
    }

    @Test(arguments: [
        (#""Rate \x01 grocery""#, "4:14", "U+0001 (a control character)", #"\x01"#, 4),
        (#""Rate \0 grocery""#, "4:14", "U+0000 (a control character)", #"\0"#, 2),
        (#""Rate \e[2J grocery""#, "4:14", "U+001B (a control character)", #"\e"#, 2),
        (#""Rate \uFFFE grocery""#, "4:14", "U+FFFE (a noncharacter)", #"\uFFFE"#, 6),
        (#""Rate \uFFFF grocery""#, "4:14", "U+FFFF (a noncharacter)", #"\uFFFF"#, 6),
        (#""Rate \x7F grocery""#, "4:14", "U+007F (the control character DEL)", #"\x7F"#, 4),
        (#""Rate \u0085 grocery""#, "4:14", "U+0085 (a control character)", #"\u0085"#, 6),
        (#""Rate \U0001FFFE grocery""#, "4:14", "U+1FFFE (a noncharacter)", #"\U0001FFFE"#, 10),
        (#""Rate \\ \a grocery""#, "4:17", "U+0007 (a control character)", #"\a"#, 2),
    ])
    func eachEscapeIsRefusedByCheckAndBuildWritesNothing(_ title: String, _ at: String, _ named: String,
                                                         _ escape: String, _ width: Int) throws {
        let folder = Paths.temporaryDirectory()
        try Self.spec(title: title).write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        let check = try runHITC(["check", "--quiet", "spec.yaml"], in: folder)
        #expect(check.status == 1, "\(title)")
        let column = Int(at.split(separator: ":")[1])!
        #expect(check.stderr.contains("""
            spec.yaml:\(at): error: the value holds \(named), which no page or XML file may hold [E0014]
               4 | title: \(title)
                 | \(String(repeating: " ", count: column - 1))^\(String(repeating: "~", count: width - 1))
              note: the escape '\(escape)' writes it; remove the escape

            """), "\(title): \(check.stderr)")
        let build = try runHITC(["build", "--quiet", "-o", "out", "spec.yaml"], in: folder)
        #expect(build.status == 1)
        #expect(build.stderr.contains("[E0014]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "build wrote nothing")
    }

    @Test func keysAndEveryLaterValueAreCoveredAndAllowedEscapesAreNot() {
        let result = YAMLTest.compose(#"""
            "k\x07": 1
            list: ["\t tab, \n line feed, \r return, \\x01 an escaped backslash, \u00A0 and \uFFFD are fine"]
            block: "line one
              \x1F in the second line"
            """#)
        #expect(result.diagnostics.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.code.code) \($0.message)" } == [
            "1:3 E0014 the key holds U+0007 (a control character), which no page or XML file may hold",
            "4:3 E0014 the value holds U+001F (a control character), which no page or XML file may hold",
        ])
        #expect(result.root != nil, "composing goes on after E0014")
    }

    @Test func rawNoncharactersThatYAMLLetsThroughAreRefusedWhereTheyAre() {
        // U+FDD0 and U+1FFFE are "printable" to YAML 1.1's reader; Swift refuses them in literals.
        let text = "a: x" + String(Unicode.Scalar(0xFDD0)!) + "y\nb: 'z" + String(Unicode.Scalar(0x1FFFE)!) + "'\n"
        let result = YAMLTest.compose(text)
        #expect(result.diagnostics.map { "\($0.range!.start.line):\($0.range!.start.column)-\($0.range!.end.column) \($0.message)" } == [
            "1:5-6 the value holds U+FDD0 (a noncharacter), which no page or XML file may hold",
            "2:6-7 the value holds U+1FFFE (a noncharacter), which no page or XML file may hold",
        ])
    }

    @Test func rawControlBytesInAPlainScalarAreRefusedByLibYAML() throws {
        let folder = Paths.temporaryDirectory()
        try Data(Self.spec(title: "Rate \u{1} grocery").utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        let check = try runHITC(["check", "--quiet", "spec.yaml"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("spec.yaml:4:13: error: control characters are not allowed (byte offset 49) [E0004]"),
                "\(check.stderr)")
    }

    @Test func theForbiddenSetIsExactlyXMLsPlusDELC1AndNoncharacters() {
        let forbidden: [UInt32] = [0x00, 0x08, 0x0B, 0x0C, 0x0E, 0x1F, 0x7F, 0x80, 0x85, 0x9F,
                                   0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF]
        let allowed: [UInt32] = [0x09, 0x0A, 0x0D, 0x20, 0x7E, 0xA0, 0xD7FF, 0xE000, 0xFDCF, 0xFDF0, 0xFFFD,
                                 0x10000, 0x1FFFD, 0x20000, 0x10FFFD]
        for value in forbidden {
            #expect(ForbiddenCharacters.isForbiddenInSpec(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
        for value in allowed {
            #expect(!ForbiddenCharacters.isForbiddenInSpec(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
        #expect(ForbiddenCharacters.firstForbiddenInSpec(in: "plain é 名 🎉 text") == nil)
        // Swift refuses noncharacters in literals.
        let noncharacter = Unicode.Scalar(0xFDD0)!
        #expect(ForbiddenCharacters.firstForbiddenInSpec(in: "a" + String(noncharacter) + "b\u{1}") == noncharacter)
    }
}

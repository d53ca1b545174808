import Foundation
import Testing
@testable import HITCompiler

/// The JSON a page embeds (`PageSafety.scriptJSON`) holds no raw DEL or C1
/// control: a data value may hold one (only XML's set is refused in data), so it
/// is written as a `\u00XX` escape and decodes back to the same text (found by
/// fuzz.py: a sample row's U+009B reached task.html raw).
struct EmitScriptJSONTests {
    @Test func delAndC1AreEscapedAndDecodeBack() throws {
        let value = ["item": "a\u{7F}b\u{80}c\u{9B}d\u{9F}e\u{A0}f"]
        let json = try PageSafety.scriptJSON(value)
        #expect(json == #"{"item":"a\u007fb\u0080c\u009bd\u009fe"# + "\u{A0}" + #"f"}"#, "\(json)")
        #expect(!json.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        #expect(try JSONDecoder().decode([String: String].self, from: Data(json.utf8)) == value)
    }
}

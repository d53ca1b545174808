import Foundation
import Testing
@testable import HITCompiler

/// `JSONBytes` and `CSVCell`, the hand-written encoders of hitc's large files,
/// against `JSONEncoder` and RFC 4180.
@Suite struct TextEncodingTests {
    static let awkward = ["", "plain", "a/b", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak\r\n",
                          "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}", "é🎉", "</script>", "${items}", "=1+1", "-3", "'quoted'"]

    @Test func jsonStringsAreWhatJSONEncoderWrites() throws {
        for escaping in [true, false] {
            let encoder = JSONEncoder()
            if !escaping { encoder.outputFormatting = [.withoutEscapingSlashes] }
            for text in Self.awkward {
                var bytes: [UInt8] = []
                JSONBytes.appendString(text, to: &bytes, escapingSlashes: escaping)
                let expected = try encoder.encode(text)
                #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                        "\(text.debugDescription), escaping slashes: \(escaping)")
            }
        }
    }

    @Test func csvCellsQuoteOnlyWhatRFC4180Needs() {
        #expect(CSVCell.quoted("plain") == "plain")
        #expect(CSVCell.quoted("-3") == "-3")
        #expect(CSVCell.quoted("a,b") == "\"a,b\"")
        #expect(CSVCell.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVCell.quoted("two\r\nlines") == "\"two\r\nlines\"")
        for text in Self.awkward {
            var bytes: [UInt8] = []
            CSVCell.append(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == CSVCell.quoted(text))
        }
    }

    @Test func uploadCellsAreNeutralisedAgainstFormulas() {
        #expect(CSVCell.encode("=1+1") == "\"'=1+1\"")
        #expect(CSVCell.encode("+1") == "\"'+1\"")
        #expect(CSVCell.encode("-3") == "\"'-3\"")
        #expect(CSVCell.encode("@SUM(A1)") == "\"'@SUM(A1)\"")
        #expect(CSVCell.encode("\tx") == "\"'\tx\"")
        #expect(CSVCell.encode("it's") == "\"it's\"")
        #expect(CSVCell.encode("a=b") == "a=b")
    }
}

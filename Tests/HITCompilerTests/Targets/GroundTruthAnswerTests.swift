import Foundation
import Testing
@testable import HITCompiler

/// The forms a crowd-form may submit an answer in, read as the page's values.
@Suite struct GroundTruthAnswerTests {
    static func read(_ json: String) throws -> GroundTruthAnswer.Read {
        var text = json
        let parsed = text.withByteSpan { JSONValueParser.parse($0, 0..<$0.count) }
        guard case .success(let node) = parsed else { throw CancellationError() }
        return GroundTruthAnswer.values(node)
    }

    static func values(_ json: String) throws -> [String]? {
        if case .values(let v) = try read(json) { return v }
        return nil
    }

    @Test func eachFormGivesThePagesValues() throws {
        #expect(try Self.values(#""exact""#) == ["exact"])
        #expect(try Self.values(#""""#) == [])
        #expect(try Self.values("null") == [])
        #expect(try Self.values("12.50") == ["12.50"])
        #expect(try Self.values(#"["red","blue"]"#) == ["red", "blue"])
        #expect(try Self.values(#"{"red":true,"green":false,"blue":true}"#) == ["red", "blue"])
        #expect(try Self.values(#"{"red":false}"#) == [])
        #expect(try Self.values(#"{"label":"Positive"}"#) == ["Positive"])
    }

    @Test func otherFormsAreProblems() throws {
        #expect(try Self.values("true") == nil)
        #expect(try Self.values(#"[1,{"a":1}]"#) == nil)
        #expect(try Self.values(#"{"a":"b"}"#) == nil)
        #expect(try Self.values(#"{"label":3}"#) == nil)
    }
}

import Foundation
@testable import HITCompiler

/// Decodes any JSON into a `JSONValue` (tests only).
struct DecodedJSON: Decodable {
    var value: JSONValue

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { value = .null }
        else if let b = try? c.decode(Bool.self) { value = .bool(b) }
        else if let i = try? c.decode(Int.self) { value = .int(i) }
        else if let d = try? c.decode(Double.self) { value = .double(d) }
        else if let s = try? c.decode(String.self) { value = .string(s) }
        else if let a = try? c.decode([DecodedJSON].self) { value = .array(a.map(\.value)) }
        else { value = .object(try c.decode([String: DecodedJSON].self).mapValues(\.value)) }
    }
}

extension JSONValue {
    /// Parses JSON text (tests only).
    static func parse(_ text: String) -> JSONValue? {
        (try? JSONDecoder().decode(DecodedJSON.self, from: Data(text.utf8)))?.value
    }
}

import Testing
@testable import HITCompiler

/// `UTF8Validation` finds the first ill-formed byte, as the Unicode standard
/// defines well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([], nil), (Array("plain ASCII, long enough for the 8-byte fast path".utf8), nil),
        (Array("é名🎉\u{10FFFF}\u{FEFF}".utf8), nil),
        ([0x80], 0), ([0xFF], 0), ([0xFE], 0), ([0xC0, 0x80], 0), ([0xC1, 0xBF], 0),
        ([0xE0, 0x9F, 0xBF], 0), ([0xED, 0xA0, 0x80], 0), ([0xED, 0xBF, 0xBF], 0),
        ([0xF0, 0x8F, 0xBF, 0xBF], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0xF5, 0x80, 0x80, 0x80], 0),
        ([0x61, 0xC3], 1), ([0x61, 0xE5, 0x90], 1), ([0x61, 0xF0, 0x9F, 0x8E], 1),
        ([0xC3, 0x41], 0), ([0xE5, 0x41, 0x80], 0), ([0xE5, 0x90, 0x41], 0),
        (Array("12345678é".utf8) + [0xFF], 10), (Array("1234567".utf8) + [0x80] + Array("12345678".utf8), 7),
        ([0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80], nil),
    ] as [([UInt8], Int?)])
    func firstInvalidOffset(bytes: [UInt8], expected: Int?) {
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == expected)
    }

    /// Random byte strings agree with the standard library's validating decoder,
    /// and the prefix before a reported offset is always well-formed.
    @Test func agreesWithTheStandardLibrary() {
        var generator = YAMLRobustnessTests.SeededGenerator(state: 7)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                    0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let offset = UTF8Validation.firstInvalidOffset(in: bytes)
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((offset == nil) == valid, "\(bytes)")
            if let offset {
                #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)")
            }
        }
    }
}

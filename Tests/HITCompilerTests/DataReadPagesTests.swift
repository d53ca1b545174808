import Foundation
import Testing
@testable import HITCompiler

/// The checker hands pages it has read past back to the kernel (`ReadPages`);
/// bytes read again afterwards, for a repeated key found at the end, must be
/// the file's bytes.
@Suite struct DataReadPagesTests {
    @Test func aRepeatedKeyFarBehindIsReportedWithItsText() throws {
        let folder = Paths.temporaryDirectory()
        let url = folder.appendingPathComponent("big.csv")
        var text = "item_id,query,title,image,brand,price,aisle,url\n"
        text += "first-key-é,q,T,https://img.example.com/x.jpg,,1,pantry,\n"
        let filler = String(repeating: "x", count: 400)
        var rows = 0
        while text.utf8.count < ReadPages.step + (4 << 20) {
            rows += 1
            text += "k\(rows),q,\(filler),https://img.example.com/x.jpg,,1,pantry,\n"
        }
        text += "first-key-é,q,T,https://img.example.com/x.jpg,,1,pantry,\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = DataFileChecker.check(url: url, displayPath: "big.csv", schema: DataFixtures.grocery, questions: [],
                                           role: .sample)
        #expect(result.rowCount == rows + 2)
        #expect(result.diagnostics.map(\.code) == [.duplicateItemKey])
        #expect(result.diagnostics.first?.message == "row \(rows + 2): item key 'first-key-é' (field 'item_id') is already used by row 1")
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func utf8IsValidatedInChunksWithoutSplittingASequence() {
        var bytes = [UInt8](repeating: 0x61, count: ReadPages.step + 100)
        // "€" (E2 82 AC) straddles the first chunk boundary.
        bytes.replaceSubrange(ReadPages.step - 1..<ReadPages.step + 2, with: [0xE2, 0x82, 0xAC])
        let valid = bytes.withUnsafeBufferPointer { DataFileChecker.firstInvalidUTF8(in: $0) }
        #expect(valid == nil)
        bytes[ReadPages.step + 50] = 0xFF
        let invalid = bytes.withUnsafeBufferPointer { DataFileChecker.firstInvalidUTF8(in: $0) }
        #expect(invalid == ReadPages.step + 50)
        bytes[10] = 0xC0
        let early = bytes.withUnsafeBufferPointer { DataFileChecker.firstInvalidUTF8(in: $0) }
        #expect(early == 10)
    }
}

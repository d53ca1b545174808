import Foundation
import Testing
@testable import HITCompiler

/// The tie draw (`TieBreak`): the MD5 rule every SQL engine computes, and the
/// uniformity a random tie-break must keep.
@Suite struct TieBreakDrawTests {
    /// Expected values computed outside Swift, e.g. `printf 'q:item1' | md5sum`
    /// → `d405bb4b…`: `u` = 0xd405bb4b, draws `⌊u · count / 2³²⌋`.
    static let known: [(text: String, u: UInt32, draws: [Int])] = [
        ("q:item1", 0xd405_bb4b, [1, 2, 4, 5]),
        ("q:item2", 0xbf52_95db, [1, 2, 3, 5]),
        ("q:item3", 0x5923_5e44, [0, 1, 1, 2]),
        (":0", 0x1a9d_5db2, [0, 0, 0, 0]),
        ("label:élan", 0xfe29_8729, [1, 2, 4, 6]),
        ("q:a|b", 0x6fd3_09d3, [0, 1, 2, 3]),
    ]
    /// The counts of tied classes the `draws` above are for.
    static let counts = [2, 3, 5, 7]

    static func ties(_ names: [String], question: String) -> TieBreak {
        AggregateTieTests.ties(names, question: question)
    }

    @Test func theNumberIsTheFirstEightHexDigitsOfTheMD5() {
        for (text, u, _) in Self.known { #expect(TieBreak.number(text) == u, "\(text)") }
    }

    @Test func aDrawIsTheMD5OfQuestionColonItemKeyScaledToTheCount() {
        let names = ["item1", "item2", "item3", "élan", "a|b"]
        let q = Self.ties(names, question: "q"), label = Self.ties(names, question: "label")
        for (n, count) in Self.counts.enumerated() {
            #expect(q.draw(item: 0, among: count) == Self.known[0].draws[n])
            #expect(q.draw(item: 1, among: count) == Self.known[1].draws[n])
            #expect(q.draw(item: 2, among: count) == Self.known[2].draws[n])
            #expect(label.draw(item: 3, among: count) == Self.known[4].draws[n])
            #expect(q.draw(item: 4, among: count) == Self.known[5].draws[n])
            // Without an item table the key is the index as decimal text, the question empty.
            #expect(TieBreak.byIndex.draw(item: 0, among: count) == Self.known[3].draws[n])
        }
        #expect(q.draw(item: 0, among: 1) == 0)
    }

    /// Across many items every tied class is about equally likely, for any
    /// number of tied classes, and a question's draws are not another's.
    @Test func everyTiedClassIsAboutEquallyLikely() {
        let n = 60_000
        let names = (0..<n).map { "item-\($0)" }
        let ties = Self.ties(names, question: "label")
        let other = Self.ties(names, question: "label2")
        for count in 2...7 {
            var seen = [Int](repeating: 0, count: count)
            var same = 0
            for i in 0..<n {
                let d = ties.draw(item: i, among: count)
                seen[d] += 1
                if d == other.draw(item: i, among: count) { same += 1 }
            }
            // Chi-square with count − 1 degrees of freedom: below 30 is far inside any plausible uniform draw
            // (p < 1e-4 even for 6 degrees); moving 1.8 % of the draws to one class exceeds it (next test).
            let expected = Double(n) / Double(count)
            let chi = seen.reduce(0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
            #expect(chi < 30, "\(count) classes: \(seen)")
            // Two questions agree about as often as independent draws would (1 / count).
            #expect(abs(Double(same) / Double(n) - 1 / Double(count)) < 0.02, "\(count) classes: \(same) equal draws")
        }
    }

    /// The negative control of the uniformity test: a draw that favours the first class fails it.
    @Test func theUniformityBoundCatchesABiasedDraw() {
        let n = 60_000, count = 3
        var seen = [Int](repeating: 0, count: count)
        for i in 0..<n {
            let u = TieBreak.number("label:item-\(i)")
            seen[u < 0x5A00_0000 ? 0 : TieBreak.draw(u, among: count)] += 1  // about 1.8 % of all draws moved to class 0
        }
        let expected = Double(n) / Double(count)
        let chi = seen.reduce(0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chi >= 30, "\(seen)")
    }
}

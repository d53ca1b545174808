import Foundation
import Testing
@testable import HITCompiler

/// `DawidSkeneColumnSum` adds runs of the pseudo-count without a loop and
/// must give the loop's bits, whatever the magnitudes, ties and subnormals.
@Suite struct AggregateDSColumnSumTests {
    /// The loop `adding(_:times:to:)` stands for.
    static func plain(_ v: Double, times n: Int, to x: Double) -> Double {
        var x = x
        for _ in 0..<n { x += v }
        return x
    }

    static func expectLoopBits(_ v: Double, _ n: Int, _ x: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let fast = DawidSkeneColumnSum.adding(v, times: n, to: x)
        let loop = plain(v, times: n, to: x)
        #expect(fast.bitPattern == loop.bitPattern, "\(v) added \(n) times to \(x): \(fast) against \(loop)",
                sourceLocation: sourceLocation)
    }

    @Test func runsOfThePseudoCountGiveTheLoopsBits() {
        for v in [0.01, 1e-12, 0.1, 1.0 / 3, 0.5, 1, 3, 1e-300] {
            for x in [0.0, 0x1p-1063, 1e-12, 0.01, 0.3, 1, 1.5, 7.99, 1000.25, 1e15, 0x1p53 - 1] {
                for n in [0, 1, 7, 8, 9, 10, 100, 1_000, 20_000] { Self.expectLoopBits(v, n, x) }
            }
        }
    }

    /// A step of exactly half a grid point (or a whole one and a half) ties,
    /// and ties go to even multiples: the step depends on the parity.
    @Test func tiesGiveTheLoopsBits() {
        for x in [1.0, 1.0.nextUp, 3.0, 3.0.nextUp, 0x1p52 + 1, .leastNonzeroMagnitude, 0x1p-1030] {
            let u = x.ulp
            for halves in [1.0, 3, 5, 7, 1023] {
                for n in [9, 10, 11, 1_000, 100_000] {
                    Self.expectLoopBits(halves * u / 2, n, x)
                }
            }
            for n in [9, 10, 11, 50_000] {
                Self.expectLoopBits(u / 2 + u / 4, n, x)
                Self.expectLoopBits(u / 4, n, x)
                Self.expectLoopBits(u, n, x)
            }
        }
    }

    /// Crossing a power of two can leave `x` an odd multiple of the wider
    /// grid, where the next tie rounds differently from the ones after it.
    @Test func tiesAfterAPowerOfTwoGiveTheLoopsBits() {
        for power in [2.0, 0x1p30, 0x1p-1021] {
            let u = power.nextDown.ulp
            for below in 1...5 {
                for odd in [1.0, 3, 5, 7] {
                    for n in [9, 10, 12, 1_000] { Self.expectLoopBits(odd * u, n, power - Double(below) * u) }
                }
            }
        }
    }

    @Test func randomRunsGiveTheLoopsBits() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let x = Bool.random(using: &generator) ? 0 : Double.random(in: 0..<1, using: &generator)
                * pow(2, Double(Int.random(in: -1070...60, using: &generator)))
            let v = Double.random(in: 0.5..<1, using: &generator) * pow(2, Double(Int.random(in: -60...8, using: &generator)))
            Self.expectLoopBits(v, Int.random(in: 0...3_000, using: &generator), x)
        }
    }

    /// The column of a worker who gave some answers: the sum over every
    /// answer in order, the pseudo-count where the worker gave none.
    @Test(arguments: [1, 2, 4, 9, 101, 1_000])
    func columnsAreThePlainSumOverEveryAnswer(classes: Int) {
        var generator = SystemRandomNumberGenerator()
        for smoothing in [0.01, 1e-12, 0.37] {
            let columns = DawidSkeneColumnSum(smoothing: smoothing, classCount: classes)
            for _ in 0..<50 {
                let given = (0..<classes).filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }.map(Int32.init)
                let stride = 3
                let counts = (0..<given.count * stride).map { _ in
                    smoothing + Double.random(in: 0..<40, using: &generator)
                }
                for c in 0..<stride {
                    var expected = 0.0
                    for a in 0..<classes {
                        expected += given.firstIndex(of: Int32(a)).map { counts[$0 * stride + c] } ?? smoothing
                    }
                    // One more entry each, so that neither buffer is empty.
                    let column = (given + [0]).withUnsafeBufferPointer { answers in
                        (counts + [0]).withUnsafeBufferPointer { counts in
                            columns.column(c, cells: 0..<given.count, answers: answers.baseAddress!,
                                           counts: counts.baseAddress!, stride: stride)
                        }
                    }
                    #expect(column.bitPattern == expected.bitPattern, "\(classes) classes, \(given.count) given")
                }
            }
        }
    }
}

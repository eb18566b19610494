import XCTest
@testable import LabTensor

/// Results must be bit-identical for any `Parallel.threadCount`: the work split depends only on
/// sizes, and every reduction combines in a fixed order. Sizes here exceed the parallel grain.
final class DeterminismTests: XCTestCase {
    private func forwardAndBackward() throws -> [[UInt32]] {
        var generator = RandomGenerator(seed: 21)
        var x = try generator.normal([64, 600])
        var w = try generator.normal([48, 600], std: 0.05)
        x.requiresGrad = true
        w.requiresGrad = true
        let h = try x.linear(weight: w).gelu().layerNorm(normalizedShape: [48])
        let loss = try h.logSoftmax(dim: -1).sum(dim: 0).mean() + x.softmax(dim: -1).square().sum() + x.rmsNorm(weight: nil).sum()
        try loss.backward()
        return [loss, x.grad!, w.grad!].map { $0.toFloatArray().map(\.bitPattern) }
    }

    func testBitIdenticalAcrossThreadCounts() throws {
        let saved = Parallel.threadCount
        defer { Parallel.threadCount = saved }
        Parallel.threadCount = 1
        let single = try forwardAndBackward()
        Parallel.threadCount = 2
        let double = try forwardAndBackward()
        XCTAssertEqual(single, double)
    }
}

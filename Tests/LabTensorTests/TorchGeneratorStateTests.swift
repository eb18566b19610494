import XCTest
@testable import LabTensor

/// `TorchGenerator.stateBytes` in PyTorch's layout, read back by `init(stateBytes:)`. The bridge
/// fixture torch_rng_state.py checks the bytes against PyTorch's own.
final class TorchGeneratorStateTests: XCTestCase {
    func testAStateSetBackReplaysTheSameDraws() throws {
        for draws in [0, 1, 3, 623, 624, 625, 2000] {
            var generator = TorchGenerator(seed: 42)
            for _ in 0..<draws { _ = generator.random() }
            _ = generator.normal()   // keeps a normal for the next call
            var restored = try TorchGenerator(stateBytes: generator.stateBytes)
            XCTAssertEqual(restored, generator, "after \(draws) draws")
            XCTAssertEqual((0..<700).map { _ in restored.normal() }, (0..<700).map { _ in generator.normal() })
        }
    }

    func testASeededGeneratorReadsWordZeroNext() {
        let bytes = TorchGenerator(seed: 0x1_0000_0005).stateBytes
        XCTAssertEqual(bytes.count, 5056)
        XCTAssertEqual(Array(bytes[0..<24]), [5, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0] + [UInt8](repeating: 0, count: 8))
        XCTAssertEqual(Array(bytes[24..<32]), [5, 0, 0, 0, 0, 0, 0, 0])   // word 0 is the seed's low 32 bits
    }

    func testStatesNoGeneratorCouldBeInAreRefused() {
        var bytes = TorchGenerator(seed: 1).stateBytes
        XCTAssertThrowsError(try TorchGenerator(stateBytes: Array(bytes.dropLast())))
        bytes[8] = 0   // left = 0
        XCTAssertThrowsError(try TorchGenerator(stateBytes: bytes)) { XCTAssertEqual(($0 as? TensorError)?.message, "Invalid mt19937 state") }
        bytes[8] = 9   // left = 9 with next = 0: a position PyTorch reaches only by hand
        XCTAssertThrowsError(try TorchGenerator(stateBytes: bytes))
    }
}

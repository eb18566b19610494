import XCTest

/// Labs that import the bridge's modules print what PyTorch and NumPy print.
final class BridgeLabTests: XCTestCase {
    func testTensorsLabPrintsWhatPyTorchPrints() throws {
        let result = try Labrun.run(["examples/tensors.cells"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, try Labrun.expected("tensors.stdout"))
    }
}

import XCTest

/// Labs that import the bridge's modules print what PyTorch and NumPy print.
final class BridgeLabTests: XCTestCase {
    func testTensorsLabPrintsWhatPyTorchPrints() throws {
        let result = try Labrun.run(["examples/tensors.cells"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, try Labrun.expected("tensors.stdout"))
    }

    /// The built executable runs the float16/bfloat16 and tiny-transformer scripts and prints what
    /// torch 2.13 printed for them (the same fixtures LabBridgeTests checks through the interpreter).
    func testHalfPrecisionAndTinyTransformerScriptsPrintWhatPyTorchPrints() throws {
        for name in ["torch_half", "torch_tiny_transformer"] {
            let fixtures = "Tests/LabBridgeTests/Fixtures/"
            let result = try Labrun.run(["run", fixtures + name + ".py"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, try String(contentsOf: Labrun.root.appendingPathComponent(fixtures + name + ".out"), encoding: .utf8), name)
        }
    }
}

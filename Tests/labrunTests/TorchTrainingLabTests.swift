import Foundation
import XCTest

/// Two training labs written with `nn.Module` (Labs/torch-*.cells) reproduce PyTorch's loss
/// curves from the same data and initial weights (Labs/torch-*.json, recorded by
/// scripts/fixtures/torch/training_labs.py).
final class TorchTrainingLabTests: XCTestCase {
    func testMLPClassifierFollowsPyTorchsLossCurve() throws { try checkLossCurve("torch-mlp") }

    func testCharacterTransformerFollowsPyTorchsLossCurve() throws { try checkLossCurve("torch-char-lm") }

    private func checkLossCurve(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try Labrun.run(["--quiet", "Tests/labrunTests/Labs/\(name).cells"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: Labrun.root.appendingPathComponent("Tests/labrunTests/Labs/\(name).json")))
        let expected = try XCTUnwrap((record as? [String: Any])?["losses"] as? [Double], file: file, line: line)
        let losses = result.stdout.split(separator: "\n").compactMap { line -> Double? in
            let words = line.split(separator: " ")
            guard words.count == 4, words[0] == "step", words[2] == "loss" else { return nil }
            return Double(words[3])
        }
        XCTAssertEqual(losses.count, expected.count, "steps printed", file: file, line: line)
        for (step, (got, want)) in zip(losses, expected).enumerated() {
            XCTAssertLessThanOrEqual(abs(got - want), 1e-4 * abs(want), "step \(step): \(got) vs PyTorch's \(want)", file: file, line: line)
        }
    }
}

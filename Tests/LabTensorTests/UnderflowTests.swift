import Foundation
import XCTest
@testable import LabTensor

/// exp, softmax and log_softmax where torch's results are subnormal floats or 0
/// (Fixtures/underflow.json, by scripts/fixtures/torch/softmax_underflow.py): the same floats below
/// 1.18e-38, where torch gives e.g. 3.78e-44 for exp(-100), and within 2 ulp above.
final class UnderflowTests: XCTestCase {
    private static func floats(_ values: Any?) throws -> [Float] {
        try XCTUnwrap(values as? [Any]).map { value in
            if let text = value as? String, text == "-inf" { return -.infinity }
            return Float(try XCTUnwrap(value as? Double))
        }
    }

    private static func fixture() throws -> [String: Any] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("underflow.json")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Subnormals, zeros and infinities exactly; other values within 2 ulp of `scale` (default: the value).
    private func check(_ got: [Float], _ want: [Float], scale: [Float]? = nil, _ what: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(got.count, want.count, what, file: file, line: line)
        for (index, (g, w)) in zip(got, want).enumerated() {
            let size = max(w.magnitude, scale?[index].magnitude ?? 0)
            let close = w.magnitude < Float.leastNormalMagnitude || w.isInfinite ? g == w : (g - w).magnitude <= 2 * size.ulp
            XCTAssertTrue(close, "\(what)[\(index)]: got \(g), torch \(w)", file: file, line: line)
        }
    }

    func testExpGivesTorchsSubnormals() throws {
        let exp = try XCTUnwrap(try Self.fixture()["exp"] as? [String: Any])
        let input = try Self.floats(exp["input"])
        check(try Tensor(input, shape: [input.count]).exp().toFloatArray(), try Self.floats(exp["output"]), "exp")
    }

    func testSoftmaxAndLogSoftmaxGiveTorchsSubnormals() throws {
        let fixture = try Self.fixture()
        for (index, row) in try XCTUnwrap(fixture["softmax"] as? [[String: Any]]).enumerated() {
            let input = try Self.floats(row["input"])
            check(try Tensor(input, shape: [1, input.count]).softmax(dim: -1).toFloatArray(), try Self.floats(row["output"]),
                  "softmax row \(index)")
        }
        // x − logsumexp(x): rounding is relative to the larger of x and the result.
        for (index, row) in try XCTUnwrap(fixture["log_softmax"] as? [[String: Any]]).enumerated() {
            let input = try Self.floats(row["input"])
            check(try Tensor(input, shape: [1, input.count]).logSoftmax(dim: -1).toFloatArray(), try Self.floats(row["output"]),
                  scale: input, "log_softmax row \(index)")
        }
    }
}

import Foundation
import XCTest
import LabTensor
@testable import LabModels

/// A tiny T5 saved by scripts/fixtures/models/make_t5_fixtures.py with what transformers computed for it.
struct T5Fixture {
    static let names = ["relu_tied", "gated_gelu_untied", "gated_silu_tied_deep_encoder"]

    let name: String
    let folder: URL
    let expected: [String: Any]

    init(_ name: String) throws {
        self.name = name
        folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/t5/\(name)")
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        expected = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func model() throws -> T5ForConditionalGeneration { try T5ForConditionalGeneration(folder: folder) }

    func ints(_ key: String) throws -> Tensor {
        let rows = try XCTUnwrap(expected[key] as? [[Int]], key)
        return try Tensor(indices: rows.flatMap { $0 }, shape: [rows.count, rows.first?.count ?? 0])
    }

    func intRows(_ key: String, in object: [String: Any]? = nil) throws -> [[Int]] {
        try XCTUnwrap((object ?? expected)[key] as? [[Int]], key)
    }

    func floats(_ key: String) throws -> [Float] {
        try XCTUnwrap(expected[key] as? [Double], key).map(Float.init)
    }
}

/// The largest absolute difference between two equally long arrays.
func maxAbsDifference(_ a: [Float], _ b: [Float]) -> Float {
    precondition(a.count == b.count, "\(a.count) vs \(b.count) values")
    return zip(a, b).map { Swift.abs($0 - $1) }.max() ?? 0
}

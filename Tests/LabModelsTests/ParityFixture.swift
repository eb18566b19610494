import Foundation
import LabTensor
import XCTest

/// The fixture folders under Tests/LabModelsTests/Fixtures.
enum ParityFixture {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func folder(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// `expected.json` in `folder`, parsed.
    static func expected(_ folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A nested JSON list of integers as an int64 tensor.
    static func intTensor(_ value: Any?) throws -> Tensor {
        let rows = try XCTUnwrap(value as? [[Int]])
        return try Tensor(int64: rows.flatMap { $0.map(Int64.init) }, shape: [rows.count, rows.first?.count ?? 0])
    }

    /// A nested JSON list of numbers, flattened.
    static func floats(_ value: Any?) throws -> [Float] {
        func flatten(_ item: Any) -> [Float] {
            if let list = item as? [Any] { return list.flatMap(flatten) }
            return [(item as? NSNumber)?.floatValue ?? .nan]
        }
        return flatten(try XCTUnwrap(value))
    }
}

/// Asserts every element of `actual` is within `tolerance` of `expected`.
func assertAllClose(_ actual: [Float], _ expected: [Float], tolerance: Float = 1e-4,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "element count", file: file, line: line)
    let worst = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
    XCTAssertLessThanOrEqual(worst, tolerance, "max |difference|", file: file, line: line)
}


import Foundation
import LabTensor
import XCTest

/// Reads the JSON fixtures written by scripts/fixtures/ppo/ (tensors as `{"shape", "data"}`).
enum Fixtures {
    static func load(_ name: String) throws -> [String: Any] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"), "missing fixture \(name).json")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }
}

extension Dictionary where Key == String, Value == Any {
    func tensor(_ key: String) throws -> Tensor {
        let object = try XCTUnwrap(self[key] as? [String: Any], "fixture has no tensor \(key)")
        let shape = try XCTUnwrap(object["shape"] as? [Int]), data = try XCTUnwrap(object["data"] as? [Double])
        return try Tensor(data.map(Float.init), shape: shape)
    }

    func double(_ key: String) throws -> Double { try XCTUnwrap(self[key] as? Double, "fixture has no number \(key)") }
    func optionalDouble(_ key: String) -> Double? { self[key] as? Double }
    func bool(_ key: String) throws -> Bool { try XCTUnwrap(self[key] as? Bool, "fixture has no flag \(key)") }
    func string(_ key: String) throws -> String { try XCTUnwrap(self[key] as? String, "fixture has no string \(key)") }
    func cases(_ key: String) throws -> [[String: Any]] { try XCTUnwrap(self[key] as? [[String: Any]], "fixture has no list \(key)") }
}

/// Asserts equal shapes and elements within `tolerance` (absolute, or relative for large values).
func assertClose(_ actual: Tensor, _ expected: Tensor, tolerance: Float = 1e-5, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.shape, expected.shape, "shape \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual.toFloatArray(), expected.toFloatArray()).enumerated()
        where !(Swift.abs(a - e) <= tolerance * Swift.max(1, Swift.abs(e))) {
        XCTFail("\(message) element \(index): \(a) vs expected \(e)", file: file, line: line)
        return
    }
}

func assertClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-5, _ message: String = "",
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual, expected, accuracy: tolerance * Swift.max(1, Swift.abs(expected)), message, file: file, line: line)
}

import Foundation
import XCTest
@testable import LabTokenizers

/// Loads the fixtures recorded by scripts/fixtures/tokenizers/make_fixtures.py.
enum Fixtures {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func json(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url(path)), options: [.fragmentsAllowed])
    }

    static let corpus: [String] = try! json("corpus.json") as! [String]

    static func expected(_ name: String) throws -> [String: Any] {
        try json("expected/\(name).json") as! [String: Any]
    }

    static func folder(_ name: String) -> URL { url("tokenizers/\(name)") }

    static func tokenizer(_ name: String) throws -> Tokenizer {
        try Tokenizer(contentsOf: folder(name).appendingPathComponent("tokenizer.json"))
    }
}

/// Builds a component from a JSON string, for unit tests.
func jsonObject(_ text: String) throws -> JSONObject {
    try JSONObject(data: Data(text.utf8), file: "test.json")
}

/// Compares lists item by item, reporting the first few mismatches with their input.
func assertEachEqual<T: Equatable>(_ actual: [T], _ expected: [T], inputs: [String], _ label: String,
                                   file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "\(label): count", file: file, line: line)
    var failures = 0
    for index in 0..<min(actual.count, expected.count) where actual[index] != expected[index] {
        failures += 1
        if failures <= 5 {
            XCTFail("\(label) #\(index) \(inputs[index].prefix(80).debugDescription): got \(actual[index]), expected \(expected[index])",
                    file: file, line: line)
        }
    }
    if failures > 5 { XCTFail("\(label): \(failures) mismatches in all", file: file, line: line) }
}

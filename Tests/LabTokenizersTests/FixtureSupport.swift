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
        try cached(&expectations, name) { try json("expected/\(name).json") as! [String: Any] }
    }

    static func folder(_ name: String) -> URL { url("tokenizers/\(name)") }

    /// Each fixture tokenizer, loaded once per test run.
    static func tokenizer(_ name: String) throws -> Tokenizer {
        try cached(&tokenizers, name) { try Tokenizer(contentsOf: folder(name).appendingPathComponent("tokenizer.json")) }
    }

    /// Each fixture folder as a transformers-style tokenizer, loaded once per test run (tests that change its
    /// padding or truncation side restore them).
    static func hfTokenizer(_ name: String) throws -> HFTokenizer {
        try cached(&hfTokenizers, name) { try HFTokenizer(folder: folder(name)) }
    }

    /// The corpus encoded with special tokens by each fixture tokenizer, once per test run.
    static func corpusIds(_ name: String) throws -> [[Int]] {
        let tokenizer = try tokenizer(name)
        return try cached(&encodings, name) { try corpus.map { try tokenizer.encode($0).ids } }
    }

    private static var expectations: [String: [String: Any]] = [:]
    private static var tokenizers: [String: Tokenizer] = [:]
    private static var encodings: [String: [[Int]]] = [:]
    private static var hfTokenizers: [String: HFTokenizer] = [:]
    private static let lock = NSLock()

    private static func cached<T>(_ table: inout [String: T], _ key: String, _ make: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value = table[key] { return value }
        let value = try make()
        table[key] = value
        return value
    }
}

/// Builds a component from a JSON string, for unit tests.
func jsonObject(_ text: String) throws -> JSONObject {
    try JSONObject(data: Data(text.utf8), file: "test.json")
}

/// Compares lists item by item, reporting the first few mismatches with their input.
func assertEachEqual<T: Equatable>(_ actual: [T], _ expected: [T], inputs: [String], _ label: String,
                                   file: StaticString = #filePath, line: UInt = #line) {
    assertEachEqual(actual, expected, by: { $0 }, inputs: inputs, label, file: file, line: line)
}

/// Compares texts scalar by scalar (Swift's `==` would accept canonically equivalent texts).
func assertEachEqual(_ actual: [String], _ expected: [String], inputs: [String], _ label: String,
                     file: StaticString = #filePath, line: UInt = #line) {
    assertEachEqual(actual, expected, by: { Array($0.unicodeScalars) }, inputs: inputs, label, file: file, line: line)
}

/// Compares lists of pieces scalar by scalar.
func assertEachEqual(_ actual: [[String]], _ expected: [[String]], inputs: [String], _ label: String,
                     file: StaticString = #filePath, line: UInt = #line) {
    assertEachEqual(actual, expected, by: { $0.map { Array($0.unicodeScalars) } }, inputs: inputs, label, file: file, line: line)
}

private func assertEachEqual<T, Key: Equatable>(_ actual: [T], _ expected: [T], by key: (T) -> Key, inputs: [String],
                                                _ label: String, file: StaticString, line: UInt) {
    XCTAssertEqual(actual.count, expected.count, "\(label): count", file: file, line: line)
    var failures = 0
    for index in 0..<min(actual.count, expected.count) where key(actual[index]) != key(expected[index]) {
        failures += 1
        if failures <= 5 {
            XCTFail("\(label) #\(index) \(inputs[index].prefix(80).debugDescription): got \(actual[index]), expected \(expected[index])",
                    file: file, line: line)
        }
    }
    if failures > 5 { XCTFail("\(label): \(failures) mismatches in all", file: file, line: line) }
}

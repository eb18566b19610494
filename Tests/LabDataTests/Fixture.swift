import Foundation
@testable import LabData
import XCTest

/// Reads a JSON fixture made by scripts/fixtures/data/.
enum Fixture {
    static func url(_ name: String) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
                      "missing fixture \(name)")
    }

    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(name))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

extension NSNumber {
    /// Whether JSON gave a float (`0.2`, `1.0`) rather than an int.
    var isFloat: Bool { ["d", "f"].contains(String(cString: objCType)) }
}

/// Reads `count` copies of `bytes`, each with three bytes overwritten from a seeded generator, as
/// Arrow streams: each must end in a DatasetError or a table, never a crash.
func assertFlippedShardsAreErrors(_ bytes: [UInt8], seed: UInt64, count: Int = 3000,
                                  file: StaticString = #filePath, line: UInt = #line) {
    var state = seed
    for _ in 0..<count {
        var damaged = bytes
        for _ in 0..<3 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            damaged[Int(state >> 33) % damaged.count] = UInt8(truncatingIfNeeded: state >> 13)
        }
        do { _ = try ArrowStream.read(damaged, source: "flipped") } catch {
            XCTAssertTrue(error is DatasetError, "\(error)", file: file, line: line)
        }
    }
}

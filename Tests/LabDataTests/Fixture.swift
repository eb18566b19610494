import Foundation
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

import Foundation
import LabScript
import XCTest
@testable import LabNotebook

final class ParameterTests: XCTestCase {
    private let interpreter = Interpreter()

    private func repr(_ text: String) throws -> String {
        interpreter.repr(try interpreter.literal(text))
    }

    func testLiteralsAsPythonReadsThem() throws {
        XCTAssertEqual(try repr("3"), "3")
        XCTAssertEqual(try repr("-2.5e-3"), "-0.0025")
        XCTAssertEqual(try repr(" 'it''s' "), "'its'")
        XCTAssertEqual(try repr("[1, (2, None), {'a': True}]"), "[1, (2, None), {'a': True}]")
        XCTAssertEqual(try repr("None"), "None")
        XCTAssertEqual(try repr("123456789012345678901234567890"), "123456789012345678901234567890")
    }

    func testAnythingButALiteralIsRefused() {
        for text in ["__import__('os')", "1 + 2", "x", "[i for i in range(3)]", "", "[1,"] {
            XCTAssertThrowsError(try ParameterOverrides(assignments: ["p=" + text]).resolve(with: interpreter, known: nil), text) {
                XCTAssertTrue("\($0)".hasPrefix("bad value for -p p: "), "\($0)")
            }
        }
    }

    func testOverridesCheckNamesAndOrder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("p.json")
        try #"{"lr": 0.1, "steps": 5}"#.write(to: json, atomically: true, encoding: .utf8)

        let overrides = ParameterOverrides(assignments: ["lr=0.5", "name='x'"], jsonFile: json.path)
        let values = try overrides.resolve(with: interpreter, known: ["lr", "steps", "name"])
        XCTAssertEqual(values.map(\.name), ["steps", "lr", "name"])
        XCTAssertEqual(interpreter.repr(values[1].value), "0.5")

        XCTAssertThrowsError(try overrides.resolve(with: interpreter, known: ["lr"])) {
            XCTAssertEqual("\($0)", "unknown parameters steps, name; known parameters: lr")
        }
        XCTAssertEqual(try overrides.resolve(with: interpreter, known: nil).count, 3, "no parameters cell: any name")
        XCTAssertThrowsError(try ParameterOverrides(assignments: ["1x=2"]).resolve(with: interpreter, known: nil)) {
            XCTAssertEqual("\($0)", "bad -p 1x=2: '1x' is not a Python name")
        }
        try "[1]".write(to: json, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ParameterOverrides(jsonFile: json.path).resolve(with: interpreter, known: nil)) {
            XCTAssertEqual("\($0)", "parameters file \(json.path) is not a JSON object")
        }
    }

    func testKnownNamesAreWhatTheParametersCellBinds() throws {
        let file = try CellFile(text: """
            # %%
            unrelated = 1
            # %% tags=["parameters"]
            lr = 0.1
            steps: int = 10
            width, (height, depth) = 1, (2, 3)
            lr *= 2
            if True:
                nested = 1
            def helper(): pass
            """, path: "lab.cells")
        XCTAssertEqual(file.parameterNames(), ["lr", "steps", "width", "height", "depth"])
        XCTAssertEqual(try CellFile(text: "# %%\na = 1\n", path: "x").parameterNames(), [])
    }
}

import XCTest
import LabScript
@testable import LabBridge

final class PyplotTests: XCTestCase {
    func testShowDisplaysChartAndSVG() throws {
        var shown: [[String: String]] = []
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }))
        LabBridge.install(into: interpreter) { shown.append($0) }
        _ = try interpreter.execute("""
        import matplotlib.pyplot as plt
        import numpy as np
        plt.figure(figsize=(8, 4))
        plt.plot([0, 1, 2, 3], [0.0, 1.0, 4.0, 9.0], label="reward")
        plt.plot(np.array([1.0, 2.0, 3.0, 2.0]), label="kl")
        plt.title("PPO")
        plt.xlabel("step")
        plt.ylabel("value")
        plt.legend()
        plt.show()
        plt.show()
        """, filename: "<test>")
        XCTAssertEqual(shown.count, 1, "show() with nothing plotted displays nothing")
        let text = try XCTUnwrap(shown.first?["text/plain"])
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasSuffix("PPO"))
        XCTAssertTrue(lines[1].hasSuffix("value"))
        XCTAssertTrue(lines[2].hasPrefix("9 ┤"), lines[2])
        XCTAssertTrue(lines.contains { $0.hasPrefix("0 ┤") })
        XCTAssertTrue(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "braille line")
        XCTAssertTrue(text.contains("•"), "second series markers")
        XCTAssertTrue(lines.contains { $0.hasSuffix("⠤⠤ reward") } && lines.contains { $0.hasSuffix("•• kl") })
        XCTAssertTrue(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "step" })
        let svg = try XCTUnwrap(shown.first?["image/svg+xml"])
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800.00\" height=\"400.00\""))
        XCTAssertEqual(svg.components(separatedBy: "<polyline").count - 1, 2)
        XCTAssertTrue(svg.contains(">reward</text>") && svg.contains(">PPO</text>"))
    }

    func testSavefigWritesSVGAndRejectsOtherFormats() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pyplot-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }))
        LabBridge.install(into: interpreter)
        _ = try interpreter.execute("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.savefig(\(interpreter.repr(.str(path))))", filename: "<t>")
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("<polyline"))
        XCTAssertThrowsError(try interpreter.execute("plt.savefig('chart.png')", filename: "<t>")) { error in
            XCTAssertEqual((error as? ScriptException)?.exceptionLine, "ValueError: savefig writes SVG only; name the file .svg (got 'chart.png')")
        }
    }
}

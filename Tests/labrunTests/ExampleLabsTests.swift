import Foundation
import XCTest

/// Every example lab runs to the end; where the output is deterministic it matches CPython's,
/// recorded with scripts/fixtures/run_cells_with_python.py.
final class ExampleLabsTests: XCTestCase {
    /// Labs that train or evaluate the embedded models take seconds in a release build but minutes
    /// in a debug one; CI runs them on its release build, and here they are only syntax-checked.
    static let releaseOnly: Set<String> = ["lab3-steps.cells", "../labs/lab1.cells", "../labs/lab2.cells",
                                           "../labs/lab3.cells", "../labs/train-embedded.cells",
                                           "tiny-transformer.cells"]

    func testEveryExampleExitsZero() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Labrun.root.appendingPathComponent("examples").path)
            .filter { $0.hasSuffix(".cells") }.sorted()
        let labs = try FileManager.default.contentsOfDirectory(atPath: Labrun.root.appendingPathComponent("labs").path)
            .filter { $0.hasSuffix(".cells") }.sorted().map { "../labs/" + $0 }
        XCTAssertGreaterThanOrEqual(examples.count, 3)
        for example in examples + labs {
            XCTAssertEqual(try Labrun.run(["check", "examples/" + example]).status, 0, example)
            guard !Self.releaseOnly.contains(example) else { continue }
            let result = try Labrun.run(["examples/" + example])
            XCTAssertEqual(result.status, 0, "\(example): \(result.stderr)")
        }
    }

    func testHelloPrintsWhatPythonPrints() throws {
        let result = try Labrun.run(["examples/hello.cells"])
        XCTAssertEqual(result.stdout, try Labrun.expected("hello.stdout"))
        XCTAssertTrue(result.stderr.contains("── [2] · Greeting ─"))
        XCTAssertTrue(result.stderr.contains("# Hello, labrun"), "Markdown cells are shown")
        XCTAssertTrue(result.stderr.contains("skipped: !echo \"this line is skipped\" (labs run offline; shell commands are not run)\n"))
    }

    func testTextStatsAndParametersMatchPython() throws {
        XCTAssertEqual(try Labrun.run(["examples/text-stats.cells"]).stdout, try Labrun.expected("text-stats.stdout"))
        XCTAssertEqual(try Labrun.run(["examples/errors-and-params.cells"]).stdout, try Labrun.expected("errors-and-params.stdout"))
        let overridden = try Labrun.run(["examples/errors-and-params.cells", "-p", "count=2", "-p", "greeting='Hi'"])
        XCTAssertEqual(overridden.stdout, try Labrun.expected("errors-and-params-p.stdout"))
    }

    func testSameSeedSameOutput() throws {
        let first = try Labrun.run(["examples/bandit.cells", "--quiet"])
        let second = try Labrun.run(["examples/bandit.cells", "--quiet", "--seed", "42"])
        XCTAssertEqual(first.stdout, try Labrun.expected("bandit.stdout"), "random is CPython's, seeded with 42")
        XCTAssertEqual(first.stdout, second.stdout)
        XCTAssertEqual(first.stderr, "")
        XCTAssertNotEqual(try Labrun.run(["examples/bandit.cells", "--quiet", "--seed", "7"]).stdout, first.stdout)
    }
}

import Foundation
import XCTest

/// Fixture scripts of LabBridgeTests (PyTorch's einsum, scatter, conv1d and schedulers; numpy's
/// random streams; pandas' groupby, value_counts, iloc and loc) run through the built executable as one-cell labs and print what the
/// libraries printed for them.
final class FixtureScriptLabTests: XCTestCase {
    func testEinsumScatterAndConv1dPrintWhatPyTorchPrinted() throws { try check("torch_contractions") }

    func testLearningRateSchedulersPrintWhatPyTorchPrinted() throws { try check("torch_lr_scheduler") }

    func testNumPyRandomDrawsWhatNumPyDrew() throws { try check("numpy_random") }

    func testPandasGroupByAndIndexingPrintWhatPandasPrinted() throws { try check("pandas_groupby") }

    func testDataPrepProgramsPrintWhatNumPyAndPandasPrinted() throws {
        let folder = Labrun.root.appendingPathComponent("Tests/LabBridgeTests/Fixtures/dataprep")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".py") }).sorted() {
            try check("dataprep/" + name.dropLast(3))
        }
    }

    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let fixtures = Labrun.root.appendingPathComponent("Tests/LabBridgeTests/Fixtures")
        let lab = try Labrun.temporaryDirectory(self).appendingPathComponent("\(name.replacingOccurrences(of: "/", with: "-")).cells")
        try "# %%\n".appending(try String(contentsOf: fixtures.appendingPathComponent("\(name).py"), encoding: .utf8))
            .write(to: lab, atomically: true, encoding: .utf8)
        let result = try Labrun.run(["--quiet", lab.path])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let expected = try String(contentsOf: fixtures.appendingPathComponent("\(name).out"), encoding: .utf8)
        XCTAssertEqual(result.stdout, expected, file: file, line: line)
    }
}

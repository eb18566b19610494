import Foundation
import XCTest
@testable import LabNotebook

final class REPLWatchTests: XCTestCase {
    func testASaveReRunsFromTheEditedCellAndPrintsOnlyWhatChanged() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lab.cells").path
        let lab = """
            # %% Setup
            import random
            lr = 0.1
            # %% Draw
            print("draw", random.random())
            # %% Report
            print("lr", lr)
            """
        try lab.write(toFile: path, atomically: true, encoding: .utf8)
        final class Output { var text = "" }
        let output = Output()
        let watch = WatchRun(file: try CellFile(contentsOf: path), options: .init(), style: TerminalStyle(isEnabled: false), sessions: .plain,
                             stdout: { output.text += $0 }, stderr: { _ in })
        watch.runLab()
        XCTAssertEqual(output.text, "draw 0.6394267984578837\nlr 0.1\n")
        output.text = ""
        try lab.replacingOccurrences(of: "lr = 0.1", with: "lr = 0.3").write(toFile: path, atomically: true, encoding: .utf8)
        watch.refresh()
        XCTAssertEqual(output.text, "lr 0.3\n", "cell 2 re-ran from the snapshot and printed the same draw, so it is not shown")
    }
}

import Foundation
import XCTest
@testable import LabScript

/// The one tree-removal routine behind `shutil.rmtree` and `TemporaryDirectory`: it removes the
/// tree it is given and nothing a link inside points to.
final class TreeRemovalTests: XCTestCase {
    private var base = ""

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("treeremoval-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: base)
    }

    private func write(_ path: String, _ text: String) throws {
        try text.write(toFile: base + "/" + path, atomically: false, encoding: .utf8)
    }

    private func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: base + "/" + path, withDestinationPath: target)
    }

    private func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(base + "/" + path, &info) == 0
    }

    func testRemovesTreeAndLeavesLinkTargetsAlone() throws {
        try FileManager.default.createDirectory(atPath: base + "/outside/inner", withIntermediateDirectories: true)
        try write("outside/keep.txt", "precious")
        try write("outside/inner/deep.txt", "precious")
        try FileManager.default.createDirectory(atPath: base + "/tree/a/b", withIntermediateDirectories: true)
        try write("tree/a/b/leaf.txt", "x")
        try link("tree/to_dir", to: base + "/outside")
        try link("tree/a/to_file", to: base + "/outside/keep.txt")
        try link("tree/a/b/up", to: "../../..")
        try link("tree/a/dangling", to: base + "/nothing")
        var failures: [TreeRemoval.Failure] = []
        try TreeRemoval.remove(base + "/tree", onError: { failures.append($0) })
        XCTAssertTrue(failures.isEmpty)
        XCTAssertFalse(exists("tree"))
        XCTAssertEqual(try String(contentsOfFile: base + "/outside/keep.txt"), "precious")
        XCTAssertEqual(try String(contentsOfFile: base + "/outside/inner/deep.txt"), "precious")
    }

    func testRefusesLinkAtTheTop() throws {
        try FileManager.default.createDirectory(atPath: base + "/target", withIntermediateDirectories: true)
        try write("target/keep.txt", "precious")
        try link("root", to: base + "/target")
        var failures: [TreeRemoval.Failure] = []
        try TreeRemoval.remove(base + "/root", onError: { failures.append($0) })
        XCTAssertEqual(failures.map(\.function), ["islink"])
        XCTAssertEqual(failures.first?.error.args.first.flatMap { if case .str(let s) = $0 { return s } else { return nil } },
                       "Cannot call rmtree on a symbolic link")
        XCTAssertTrue(exists("root"))
        XCTAssertTrue(exists("target/keep.txt"))
    }

    func testReportsFailuresInCPythonsOrder() throws {
        var failures: [TreeRemoval.Failure] = []
        try TreeRemoval.remove(base + "/missing", onError: { failures.append($0) })
        XCTAssertEqual(failures.map(\.function), ["lstat"])
        XCTAssertTrue(failures[0].error.cls.isSubclass(of: .fileNotFoundError))
        try write("file.txt", "not a folder")
        failures = []
        try TreeRemoval.remove(base + "/file.txt", onError: { failures.append($0) })
        XCTAssertEqual(failures.map(\.function), ["scandir", "rmdir"])
        XCTAssertTrue(exists("file.txt"))
    }

    func testAThrowingHandlerStopsTheRemoval() throws {
        try link("root", to: base)
        struct Stop: Error {}
        XCTAssertThrowsError(try TreeRemoval.remove(base + "/root", onError: { _ in throw Stop() })) { XCTAssertTrue($0 is Stop) }
        XCTAssertTrue(exists("root"))
    }

    func testShutilNamesWhatItDoesNotProvide() throws {
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        for call in ["shutil.which('ls')", "shutil.make_archive('a', 'zip')", "shutil.chown('x', 'root')",
                     "shutil.rmtree('x', dir_fd=3)"] {
            XCTAssertThrowsError(try interpreter.execute("import shutil\n\(call)\n", filename: "<cell>")) { error in
                guard let e = error as? ScriptException else { return XCTFail("\(error)") }
                XCTAssertTrue(e.exceptionLine.hasPrefix("NotImplementedError: shutil."), e.exceptionLine)
            }
        }
    }
}

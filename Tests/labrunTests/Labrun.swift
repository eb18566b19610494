import Foundation
import XCTest

/// Runs the built `labrun` executable, found next to the test bundle in the build products folder.
enum Labrun {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The repository root (this file is Tests/labrunTests/Labrun.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        let candidates = [Bundle.main.bundleURL, Bundle(for: Marker.self).bundleURL.deletingLastPathComponent(),
                          Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("labrun") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    private final class Marker {}

    /// Runs labrun (or a copy of it at `executable`) with `arguments` in `directory` (the repository
    /// root by default); `interruptAfter` sends SIGINT after that many seconds.
    static func run(_ arguments: [String], environment: [String: String] = [:], interruptAfter: Double? = nil,
                    executable: URL = executable, directory: URL = root) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        return try collect(process) {
            if let interruptAfter {
                Thread.sleep(forTimeInterval: interruptAfter)
                kill(process.processIdentifier, SIGINT)
            }
        }
    }

    /// Starts `process`, runs `whileRunning`, and returns its exit status and both outputs,
    /// read concurrently so neither pipe fills up.
    static func collect(_ process: Process, whileRunning: () -> Void = {}) throws -> Result {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        whileRunning()
        var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A temporary directory removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Writes `text` to `name` in a temporary directory and returns its path.
    static func lab(_ text: String, named name: String = "lab.cells", in test: XCTestCase) throws -> String {
        let url = try temporaryDirectory(test).appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("examples/expected/\(name)"), encoding: .utf8)
    }
}

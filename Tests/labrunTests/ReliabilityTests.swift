import Foundation
import XCTest

/// What labrun does when its output fails, when it is interrupted oddly, and with files a lab
/// leaves open: it ends with a clean report, never a trap, and never loses what was written.
final class ReliabilityTests: XCTestCase {
    /// Runs `script` with bash in `directory`, with $LABRUN set to the built executable.
    private func shell(_ script: String, in directory: URL) throws -> Labrun.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["LABRUN": Labrun.executable.path]) { $1 }
        return try Labrun.collect(process)
    }

    private let manyLines = "for i in range(100000):\n    print(i)\n"

    func testFullDiskIsReportedAsCPythonDoes() throws {
        let lab = try Labrun.lab(manyLines, named: "lines.py", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try shell("$LABRUN --quiet lines.py > /dev/full", in: directory)
        XCTAssertEqual(result.status, 120)
        XCTAssertTrue(result.stderr.hasSuffix("OSError: [Errno 28] No space left on device\n"), result.stderr)
    }

    func testClosedPipeStillWritesTheTranscript() throws {
        let lab = try Labrun.lab(manyLines, named: "lines.py", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try shell("$LABRUN --quiet lines.py -o out.md | head -1; echo \"status ${PIPESTATUS[0]}\"", in: directory)
        XCTAssertEqual(result.stdout, "0\nstatus 0\n")
        XCTAssertEqual(result.stderr, "")
        let transcript = try String(contentsOf: directory.appendingPathComponent("out.md"), encoding: .utf8)
        XCTAssertTrue(transcript.contains("99999"))
    }

    func testOutputNamingTheLabIsRefused() throws {
        let source = "# %%\nprint('hi')\n"
        let lab = try Labrun.lab(source, named: "lab.md", in: self)
        let result = try Labrun.run([lab, "-o", lab])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("names the lab itself"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: lab, encoding: .utf8), source)
    }

    func testFilesLeftOpenAreFlushedAtExitAndAfterAnError() throws {
        let lab = try Labrun.lab("f = open('left-open.txt', 'w')\nf.write('kept')\n1 / 0\n", named: "open.py", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try shell("$LABRUN --quiet open.py", in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasSuffix("ZeroDivisionError: division by zero\n"), result.stderr)
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("left-open.txt"), encoding: .utf8), "kept")
    }

    /// A binary file's writes reach the disk as they are made: a file left open keeps every
    /// byte after an error, and the lab reads back what another open wrote.
    func testBinaryFilesKeepTheirBytesAfterAnError() throws {
        let source = """
            f = open('data.bin', 'wb')
            f.write(bytes(range(256)))
            with open('data.bin', 'rb') as r:
                print(len(r.read()), r.tell())
            with open('data.bin', 'r+b') as g:
                g.seek(-1, 2)
                g.write(b'!')
            1 / 0

            """
        let lab = try Labrun.lab(source, named: "binary.py", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try shell("$LABRUN --quiet binary.py", in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "256 256\n")
        XCTAssertTrue(result.stderr.hasSuffix("ZeroDivisionError: division by zero\n"), result.stderr)
        let written = try Data(contentsOf: directory.appendingPathComponent("data.bin"))
        XCTAssertEqual(Array(written), Array(0..<255) + [UInt8(ascii: "!")])
    }

    /// CPython's finalizers remove a TemporaryDirectory's tree at exit, also after an error; the
    /// directory it was made in, set through TMPDIR, stays with its other files.
    func testTemporaryDirectoriesLeftAreRemovedAtExitAndAfterAnError() throws {
        let source = """
            import tempfile, os
            d = tempfile.TemporaryDirectory()
            os.makedirs(os.path.join(d.name, "a", "b"))
            open(os.path.join(d.name, "a", "b", "x.txt"), "w").write("x")
            kept = tempfile.mkdtemp()
            print(d.name)
            print(kept)
            1 / 0

            """
        let lab = try Labrun.lab(source, named: "tmp.py", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try shell("mkdir scratch && TMPDIR=$PWD/scratch/ $LABRUN --quiet tmp.py", in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasSuffix("ZeroDivisionError: division by zero\n"), result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, result.stdout)
        let scratch = directory.appendingPathComponent("scratch").path
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix(scratch + "/tmp") }, result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: lines[0]))
        XCTAssertTrue(FileManager.default.fileExists(atPath: lines[1]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch), [URL(fileURLWithPath: lines[1]).lastPathComponent])
    }

    /// GNU `timeout -s INT` may deliver one interrupt to the process and again to its group:
    /// that is one Ctrl-C, which the lab catches as KeyboardInterrupt, and the run goes on.
    /// A NamedTemporaryFile left open is removed at exit as its finalizer removes it in CPython;
    /// `delete=False` and mkstemp files stay. shutil.rmtree in the lab leaves a linked folder alone.
    func testTemporaryFilesLeftAreRemovedAtExitAndRmtreeKeepsLinkTargets() throws {
        let source = """
            import tempfile, os, shutil
            f = tempfile.NamedTemporaryFile("w+")
            f.write("x")
            kept = tempfile.NamedTemporaryFile("w", delete=False)
            fd, raw = tempfile.mkstemp()
            tree = tempfile.mkdtemp()
            os.symlink(os.path.dirname(tree) + "/precious", os.path.join(tree, "link"))
            shutil.rmtree(tree)
            print(f.name)
            print(kept.name)
            print(raw)
            1 / 0

            """
        let lab = try Labrun.lab(source, named: "tmpfiles.py", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try shell("mkdir scratch && mkdir scratch/precious && echo keep > scratch/precious/file && TMPDIR=$PWD/scratch/ $LABRUN --quiet tmpfiles.py", in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasSuffix("ZeroDivisionError: division by zero\n"), result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: lines[0]))
        XCTAssertTrue(FileManager.default.fileExists(atPath: lines[1]))
        XCTAssertTrue(FileManager.default.fileExists(atPath: lines[2]))
        let precious = directory.appendingPathComponent("scratch/precious/file")
        XCTAssertEqual(try String(contentsOf: precious, encoding: .utf8), "keep\n")
    }

    func testOneInterruptDeliveredTwiceCountsOnce() throws {
        let source = """
            import time
            try:
                for i in range(1000):
                    time.sleep(0.01)
            except KeyboardInterrupt:
                print("caught")
            for i in range(50):
                time.sleep(0.01)
            print("after")

            """
        let lab = try Labrun.lab(source, named: "sleep.py", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try shell("$LABRUN --quiet sleep.py & pid=$!; sleep 1; kill -INT $pid; sleep 0.05; kill -INT $pid; wait $pid; echo \"status $?\"", in: directory)
        XCTAssertEqual(result.stdout, "caught\nafter\nstatus 0\n")
    }
}

/// Input a lab gets from the command line and stdin.
final class CommandLineInputTests: XCTestCase {
    func testInputReadsPipedStdin() throws {
        let lab = try Labrun.lab("print(input())\nprint(input('> '))\ntry:\n    input()\nexcept EOFError as e:\n    print('EOFError:', e)\n", named: "ask.py", in: self)
        let process = Process()
        process.executableURL = Labrun.executable
        process.arguments = ["--quiet", lab]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("alice\nbob\n".utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(printed, "alice\n> bob\nEOFError: EOF when reading a line\n")
        XCTAssertEqual(process.terminationStatus, 0)
    }

    func testEmptyOnlyEntryIsAUsageError() throws {
        let lab = try Labrun.lab("# %% One\nprint(1)\n", in: self)
        for list in [",", "1,"] {
            let result = try Labrun.run(["--quiet", lab, "--only", list])
            XCTAssertEqual(result.status, 2, list)
            XCTAssertEqual(result.stdout, "", list)
            XCTAssertTrue(result.stderr.contains("no cell ''"), result.stderr)
        }
    }

    func testParamsFileKeepsBigIntegersExactAndItsOrder() throws {
        let lab = try Labrun.lab("# %% tags=[\"parameters\"]\nn = 0\nx = 0.0\n# %%\nprint(n, type(n).__name__, x)\n", in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let params = directory.appendingPathComponent("p.json")
        try #"{"x": 1e400, "n": 123456789012345678901234567890}"#.write(to: params, atomically: true, encoding: .utf8)
        let result = try Labrun.run(["--quiet", lab, "--params", params.path])
        XCTAssertEqual(result.stdout, "123456789012345678901234567890 int inf\n")
        try #"{"n": 1,}"#.write(to: params, atomically: true, encoding: .utf8)
        let bad = try Labrun.run(["--quiet", lab, "--params", params.path])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)"), bad.stderr)
    }
}

import Foundation
import XCTest

/// `labrun repl` end to end: scripted stdin (no prompts), and a pseudo-terminal for readline.
final class ReplCommandTests: XCTestCase {
    private let lab = """
        # %% Setup
        import random
        data = [1, 2, 3]
        # %% Draw
        x = random.random()
        print("draw", x)
        # %% Loop
        n = 0
        while True:
            n += 1
        """

    func testScriptedSessionRunsLinesInOrderWithoutPrompts() throws {
        let path = try Labrun.lab(lab, in: self)
        let result = try Labrun.repl(["repl", path], input: ":n\n:n\nprint(data)\n:rerun 2\n:quit\nprint('not reached')\n")
        XCTAssertEqual(result.stdout, "draw 0.6394267984578837\n[1, 2, 3]\ndraw 0.6394267984578837\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stderr.contains(">>>"))
    }

    func testEveryFrontEndImportsTheMLModules() throws {
        let path = try Labrun.lab("""
            # %% Modules
            import torch, numpy as np, pandas as pd, transformers, peft, trl, datasets, evaluate, tqdm
            import matplotlib.pyplot as plt
            from labrun import steps
            print(torch.zeros(2), np.arange(3), pd.DataFrame({"a": [1]}).shape)
            """, in: self)
        let expected = "tensor([0., 0.]) [0 1 2] (1, 1)\n"
        XCTAssertEqual(try Labrun.run([path]).stdout, expected)
        let repl = try Labrun.repl(["repl", path], input: ":run all\nprint(torch.ones(1))\n")
        XCTAssertEqual(repl.stdout, expected + "tensor([1.])\n", repl.stderr)
        XCTAssertEqual(repl.status, 0)
        let watch = try Labrun.run(["watch", path], interruptAfter: 10)
        XCTAssertEqual(watch.stdout, expected, watch.stderr)
    }

    /// The examples that use the ML modules print the same bytes stepped through in the REPL as
    /// when run, and a re-run of their last cell prints its output again.
    func testExamplesPrintTheSameInTheReplAsWhenRun() throws {
        for example in ["examples/tensors.cells", "examples/results-table.cells", "examples/bandit.cells"] {
            let plain = try Labrun.run([example])
            XCTAssertEqual(plain.status, 0, plain.stderr)
            let repl = try Labrun.repl(["repl", example], input: ":run all\n")
            XCTAssertEqual(repl.stdout, plain.stdout, "\(example): \(repl.stderr)")
            XCTAssertEqual(repl.status, 0, "\(example): \(repl.stderr)")
        }
    }

    func testPromptConveniences() throws {
        let path = try Labrun.lab("# %% A\nx = 2\n", in: self)
        let result = try Labrun.repl(["repl", path], input: """
            :run 1
            x * 21
            print(_ + 1)
            y = 5
            :undo
            print(y)
            :reset
            :undo
            print(x)
            """)
        // `_` is the last displayed value; lines that only read are no undo steps; :reset is one.
        XCTAssertEqual(result.stdout, "42\n43\nundid the line `y = 5`\nundid the session's replacement (:reset or :load)\n2\n",
                       result.stderr)
        XCTAssertTrue(result.stderr.contains("NameError: name 'y' is not defined"), result.stderr)
    }

    func testSavedSessionsLoadOnlyWhereTheyWereSignedUnlessTrusted() throws {
        let path = try Labrun.lab("# %% A\nimport torch\ndef double(v):\n    return 2 * v\ny = double(21)\n", in: self)
        let folder = try Labrun.temporaryDirectory(self)
        let file = folder.appendingPathComponent("s.lrs").path
        let mine = ["HOME": folder.appendingPathComponent("me").path, "XDG_DATA_HOME": ""]
        let theirs = ["HOME": folder.appendingPathComponent("them").path, "XDG_DATA_HOME": ""]
        let saved = try Labrun.repl(["repl", path], input: ":run 1\ntorch.manual_seed(3)\n:save \(file)\nprint(torch.rand(2).tolist())\n", environment: mine)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        let draw = saved.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let loaded = try Labrun.repl(["repl", path], input: ":load \(file)\nprint(double(y))\nprint(torch.rand(2).tolist())\n", environment: mine)
        XCTAssertEqual(loaded.stdout, "loaded the session from \(file) (3 variables)\n84\n\(draw)\n", loaded.stderr)
        let refused = try Labrun.repl(["repl", path], input: ":load \(file)\n", environment: theirs)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("was not saved by your labrun"), refused.stderr)
        let trusted = try Labrun.repl(["repl", path], input: ":load --trust \(file)\nprint(double(y))\n", environment: theirs)
        XCTAssertEqual(trusted.stdout, "loaded the session from \(file) (3 variables)\n84\n", trusted.stderr)
    }

    /// Models, adapters, a value head, a dataset, a reward pipeline and a PPO trainer saved after
    /// one PPO step and loaded in a new process go on exactly as one plain run does: the two
    /// processes' outputs, concatenated, are the plain run's, and a tensor bound to a model's
    /// weight is still that weight.
    func testSavedModelsAndTrainerResumeExactlyInANewProcess() throws {
        let lab = Labrun.root.appendingPathComponent("Tests/labrunTests/Labs/session-models.cells").path
        let plain = try Labrun.run([lab])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.contains("2 True\n"), plain.stdout)
        let folder = try Labrun.temporaryDirectory(self)
        let file = folder.appendingPathComponent("models.lrs").path
        let environment = ["HOME": folder.path, "XDG_DATA_HOME": ""]
        let first = try Labrun.repl(["repl", lab], input: ":run 1-2\n:save \(file)\n", environment: environment)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertFalse(first.stderr.contains("not saved"), first.stderr)
        let second = try Labrun.repl(["repl", lab], input: ":load \(file)\n:run 3\n", environment: environment)
        XCTAssertEqual(second.status, 0, second.stderr)
        let cellOutput = { (text: String) in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("saved the session to ") && !$0.hasPrefix("loaded the session from ") }
                .joined(separator: "\n")
        }
        XCTAssertEqual(cellOutput(first.stdout) + cellOutput(second.stdout), plain.stdout)
    }

    func testCtrlCNamesTheLineThatWasRunning() throws {
        let path = try Labrun.lab("# %% A\nx = 1\ndef spin():\n    n = 0\n    while True:\n        n += 1\nspin()\n", in: self)
        let result = try Labrun.run([path], interruptAfter: 2)
        XCTAssertEqual(result.status, 130)
        XCTAssertTrue(result.stderr.contains("line 6, in spin (cell 1, line 5)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("n += 1"), result.stderr)
    }

    func testFailuresGiveStatusOneButTheSessionGoesOn() throws {
        let path = try Labrun.lab(lab, in: self)
        let result = try Labrun.repl(["-i", path], input: ":frobnicate\nundefined_name\nprint('still here')\n")
        XCTAssertEqual(result.stdout, "still here\n")
        XCTAssertTrue(result.stderr.contains("NameError: name 'undefined_name' is not defined"), result.stderr)
        XCTAssertEqual(result.status, 1)
    }

    func testWatchRunsTheLabThenStopsCleanlyOnCtrlC() throws {
        let path = try Labrun.lab("# %% A\nprint('hello')\n", in: self)
        let result = try Labrun.run(["watch", path], interruptAfter: 1.5)
        XCTAssertEqual(result.stdout, "hello\n")
        XCTAssertTrue(result.stderr.contains("watching \(path) for changes"), result.stderr)
        XCTAssertEqual(result.status, 0)
    }

    func testCellsWithSyntaxErrorsAreNamedAtTheStartAndTheRestRuns() throws {
        let path = try Labrun.lab("# %% A\nx = (\n# %% B\ny = 2\n", in: self)
        let result = try Labrun.repl(["repl", path], input: ":run 2\ny\n")
        XCTAssertEqual(result.stdout, "2\n")
        XCTAssertTrue(result.stderr.hasPrefix("note: cell 1 has a syntax error (labrun check shows them)\n"), result.stderr)
        XCTAssertEqual(result.status, 0)
    }

    func testBadSnapshotBudgetIsAUsageError() throws {
        let path = try Labrun.lab(lab, in: self)
        let result = try Labrun.repl(["repl", path, "--snapshot-budget", "lots"], input: "")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--snapshot-budget must be a size"), result.stderr)
    }

    func testTabCompletesAVariableOnATerminalAndHistoryPersists() throws {
        let home = try Labrun.temporaryDirectory(self)
        let path = try Labrun.lab(lab, in: self)
        let terminal = try PseudoTerminal(arguments: ["repl", path], home: home.path)
        terminal.type("learning_rate = 40 + 2\n")
        XCTAssertTrue(terminal.wait(for: ">>> ", count: 2))
        terminal.type("print(learn\t)\n")
        XCTAssertTrue(terminal.wait(for: "print(learning_rate)"), terminal.output)
        XCTAssertTrue(terminal.wait(for: "42"), terminal.output)
        terminal.type(":qu\t\n")
        XCTAssertEqual(terminal.waitForExit(), 0, terminal.output)
        let history = try String(contentsOf: home.appendingPathComponent(".labrun_history"), encoding: .utf8)
        XCTAssertTrue(history.contains("print(learning_rate)"), history)
    }

    func testCtrlCClearsTheLineAtThePromptAndInterruptsARunningCell() throws {
        let home = try Labrun.temporaryDirectory(self)
        let path = try Labrun.lab(lab, in: self)
        let terminal = try PseudoTerminal(arguments: ["repl", path], home: home.path)
        XCTAssertTrue(terminal.wait(for: ">>> "))
        terminal.type("half typed")
        XCTAssertTrue(terminal.wait(for: "half typed"))
        terminal.interrupt()
        XCTAssertTrue(terminal.wait(for: "KeyboardInterrupt"), terminal.output)
        terminal.type(":run 3\n")
        XCTAssertTrue(terminal.wait(for: "[3]"), terminal.output)
        Thread.sleep(forTimeInterval: 0.3)
        terminal.interrupt()
        XCTAssertTrue(terminal.wait(for: "interrupted: the variables are as they were"), terminal.output)
        terminal.type("print('alive', n > 0)\n")
        XCTAssertTrue(terminal.wait(for: "alive True"), terminal.output)
        terminal.type("\u{4}")
        XCTAssertEqual(terminal.waitForExit(), 0, terminal.output)
    }

    /// Ctrl-C stops long native work (a big power, a runaway regular expression, a factorial, an
    /// endless all()) with KeyboardInterrupt, each at once, and the session keeps its variables.
    func testCtrlCStopsLongNativeWorkAndTheSessionLivesOn() throws {
        let home = try Labrun.temporaryDirectory(self)
        let path = try Labrun.lab(lab, in: self)
        let terminal = try PseudoTerminal(arguments: ["repl", path], home: home.path)
        XCTAssertTrue(terminal.wait(for: ">>> "))
        terminal.type("kept = 42; import re, math, itertools\n")
        XCTAssertTrue(terminal.wait(for: ">>> ", count: 2), terminal.output)
        let work = ["10 ** 10 ** 8", "re.search('(x+x+)+y', 'x' * 3000)", "math.factorial(10 ** 6)", "all(itertools.repeat(1))"]
        for (index, line) in work.enumerated() {
            terminal.type(line + "\n")
            Thread.sleep(forTimeInterval: 1)
            terminal.interrupt()
            XCTAssertTrue(terminal.wait(for: "interrupted: the variables", count: index + 1), "\(line)\n\(terminal.output)")
        }
        XCTAssertEqual(terminal.output.components(separatedBy: "KeyboardInterrupt").count - 1, work.count, terminal.output)
        terminal.type("print('alive', kept)\n")
        XCTAssertTrue(terminal.wait(for: "alive 42"), terminal.output)
        terminal.type("\u{4}")
        XCTAssertEqual(terminal.waitForExit(), 0, terminal.output)
    }
}

/// Reads a pipe to its end in the background.
private final class ErrorCollector {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    var text: String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

/// `labrun` running on a pseudo-terminal, so that it uses readline as on a real terminal.
private final class PseudoTerminal {
    private let process = Process()
    private let master: Int32
    private let lock = NSLock()
    private var received = ""

    init(arguments: [String], home: String) throws {
        var master: Int32 = -1, slaveDescriptor: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slaveDescriptor, nil, nil, &size) == 0 else { throw XCTSkip("no pseudo-terminals here") }
        self.master = master
        let slave = FileHandle(fileDescriptor: slaveDescriptor, closeOnDealloc: true)
        process.executableURL = Labrun.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["TERM"] = "dumb"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try slave.close()
        Thread.detachNewThread { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &buffer, buffer.count)
                guard count > 0, let self else { return }
                self.lock.lock()
                self.received += String(decoding: buffer[0..<count], as: UTF8.self)
                self.lock.unlock()
            }
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    func type(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Ctrl-C: the terminal would send SIGINT to labrun.
    func interrupt() { kill(process.processIdentifier, SIGINT) }

    /// Waits up to 10 s until `text` has appeared `count` times.
    func wait(for text: String, count: Int = 1) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if output.components(separatedBy: text).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    func waitForExit() -> Int32 {
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension Labrun {
    /// Runs `labrun` with `input` on stdin, in the repository root.
    static func repl(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> Labrun.Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: errors.text)
    }
}

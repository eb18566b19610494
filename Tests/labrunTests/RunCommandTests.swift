import Foundation
import XCTest

final class RunCommandTests: XCTestCase {
    private let threeCells = """
        # %% One
        print("one")
        # %% Two
        def half(x):
            return x / zero
        half(4)
        # %% Three
        print("three")
        """

    func testRunIsTheDefaultSubcommand() throws {
        let lab = try Labrun.lab("# %%\nprint('hi')\n", in: self)
        let implicit = try Labrun.run([lab])
        let explicit = try Labrun.run(["run", lab])
        XCTAssertEqual(implicit.status, 0)
        XCTAssertEqual(implicit.stdout, "hi\n")
        XCTAssertEqual(implicit.stdout, explicit.stdout)
        XCTAssertEqual(implicit.stderr, explicit.stderr)
    }

    func testAFailingCellStopsTheRunWithATraceback() throws {
        let lab = try Labrun.lab(threeCells, in: self)
        let result = try Labrun.run([lab])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "one\n")
        XCTAssertTrue(result.stderr.contains("NameError in cell 2 (Two), line 3 of the cell, line 6 of \(lab)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("""
            Traceback (most recent call last):
              File "\(lab)", line 6, in <module> (cell 2, line 3)
                half(4)
              File "\(lab)", line 5, in half (cell 2, line 2)
                return x / zero
                           ^^^^
            NameError: name 'zero' is not defined
            """), result.stderr)
        XCTAssertFalse(result.stderr.contains("Three"))
    }

    func testKeepGoingRunsTheRest() throws {
        let lab = try Labrun.lab(threeCells, in: self)
        let result = try Labrun.run([lab, "--keep-going", "--quiet"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "one\nthree\n")
    }

    func testSyntaxErrorsAreReportedBeforeAnythingRuns() throws {
        let lab = try Labrun.lab("# %%\nprint('ran')\n# %% Bad\nif True\n    pass\n# %%\nx = (1,\n", in: self)
        let result = try Labrun.run([lab])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("SyntaxError in cell 2 (Bad), line 1 of the cell, line 4 of \(lab)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("SyntaxError: expected ':'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2 cells have syntax errors; nothing was run"), result.stderr)
    }

    func testQuietPrintsOnlyOutput() throws {
        let lab = try Labrun.lab("# %% [markdown]\n# notes\n# %% A\n!ls\nprint(1)\n2 + 3\n", in: self)
        let result = try Labrun.run([lab, "-q"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "1\n5\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testToAndOnly() throws {
        let lab = try Labrun.lab("# %% A\nprint('a')\n# %% B\nprint('b')\n# %% C\nprint('c')\n", in: self)
        XCTAssertEqual(try Labrun.run([lab, "--to", "2", "-q"]).stdout, "a\nb\n")
        XCTAssertEqual(try Labrun.run([lab, "--to", "B", "-q"]).stdout, "a\nb\n")
        XCTAssertEqual(try Labrun.run([lab, "--only", "3,1", "-q"]).stdout, "a\nc\n")
        let bad = try Labrun.run([lab, "--only", "7"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stderr, "labrun: error: no cell '7': give a number from 1 to 3 or a cell title\n")
        let both = try Labrun.run([lab, "--to", "1", "--only", "2"])
        XCTAssertEqual(both.status, 2)
        XCTAssertEqual(both.stderr, "labrun: error: --to and --only can't be used together (see labrun --help)\n")
    }

    func testParameters() throws {
        let lab = try Labrun.lab("""
            # %% first
            print('before', 'n' in globals())
            # %% tags=["parameters"]
            n = 1
            name = "x"
            # %%
            print(n, name)
            """, in: self)
        XCTAssertEqual(try Labrun.run([lab, "-q", "-p", "n=[1, 2]"]).stdout, "before False\n[1, 2] x\n")
        let json = try Labrun.temporaryDirectory(self).appendingPathComponent("p.json")
        try #"{"n": 2.5, "name": "from json"}"#.write(to: json, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Labrun.run([lab, "-q", "--params", json.path]).stdout, "before False\n2.5 from json\n")
        XCTAssertEqual(try Labrun.run([lab, "-q", "--params", json.path, "-p", "n=3"]).stdout, "before False\n3 from json\n")

        let unknown = try Labrun.run([lab, "-p", "m=1"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, "labrun: error: unknown parameter m; known parameters: n, name\n")
        XCTAssertEqual(unknown.stdout, "")
        let badValue = try Labrun.run([lab, "-p", "n=[1,"])
        XCTAssertEqual(badValue.status, 2)
        XCTAssertTrue(badValue.stderr.hasPrefix("labrun: error: bad value for -p n: [1, is not a Python literal"), badValue.stderr)
        XCTAssertEqual(try Labrun.run([lab, "-p", "n"]).status, 2)
    }

    func testFileErrorsExitTwoWithOneLine() throws {
        let missing = try Labrun.run(["no/such/lab.cells"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "labrun: error: cannot read no/such/lab.cells: no such file\n")

        let path = try Labrun.temporaryDirectory(self).appendingPathComponent("latin1.cells")
        try (Data("# %%\nprint('caf".utf8) + Data([0xE9]) + Data("')\n".utf8)).write(to: path)
        let latin1 = try Labrun.run([path.path])
        XCTAssertEqual(latin1.status, 2)
        XCTAssertEqual(latin1.stderr, "labrun: error: \(path.path) is not UTF-8 text (invalid byte at offset 15, line 2); save it as UTF-8\n")

        let metadata = try Labrun.lab("# %% T tags=[oops]\npass\n", in: self)
        XCTAssertEqual(try Labrun.run([metadata]).status, 0, "metadata Jupytext can't read is kept, not an error")
        let noFile = try Labrun.run([])
        XCTAssertEqual(noFile.status, 2)
        XCTAssertEqual(noFile.stderr, "labrun: error: Missing expected argument '<file>' (see labrun --help)\n")
        XCTAssertEqual(try Labrun.run([metadata, "--output", "out.txt"]).status, 2)
    }

    func testHelpIsTrueToTheOptions() throws {
        let help = try Labrun.run(["run", "--help"])
        XCTAssertEqual(help.status, 0)
        for option in ["--to", "--only", "-p", "--params", "--seed", "--output", "--timing", "--keep-going", "--quiet", "--no-color"] {
            XCTAssertTrue(help.stdout.contains(option), option)
        }
        let root = try Labrun.run(["--help"])
        XCTAssertTrue(root.stdout.contains("check"))
        XCTAssertTrue(root.stdout.contains("bench"))
    }

    func testTimingGoesToStderr() throws {
        let lab = try Labrun.lab("# %%\nprint(1)\n", in: self)
        let result = try Labrun.run([lab, "--timing", "--quiet"])
        XCTAssertEqual(result.stdout, "1\n")
        XCTAssertTrue(result.stderr.hasPrefix("[1] took "), result.stderr)
    }

    func testCtrlCStopsTheCellWritesTheTranscriptAndExits130() throws {
        let lab = try Labrun.lab("# %%\nprint('start')\n# %% Spin\nwhile True:\n    pass\n# %%\nprint('never')\n", in: self)
        let output = try Labrun.temporaryDirectory(self).appendingPathComponent("out.ipynb")
        let result = try Labrun.run([lab, "--output", output.path], interruptAfter: 0.5)
        XCTAssertEqual(result.status, 130)
        XCTAssertEqual(result.stdout, "start\n")
        XCTAssertTrue(result.stderr.contains("KeyboardInterrupt"), result.stderr)
        let notebook = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        let cells = notebook?["cells"] as? [[String: Any]]
        let spinOutputs = cells?[1]["outputs"] as? [[String: Any]]
        XCTAssertEqual(spinOutputs?.first?["ename"] as? String, "KeyboardInterrupt")
    }
}

extension RunCommandTests {
    func testSysExitEndsLabrunAsItEndsPython() throws {
        let lab = try Labrun.lab("# %%\nimport sys\nprint('a')\nsys.exit(3)\n# %%\nprint('b')\n", in: self)
        let result = try Labrun.run([lab, "-q"])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stdout, "a\n")
        XCTAssertEqual(result.stderr, "")
        let message = try Labrun.lab("# %%\nimport sys\nsys.exit('giving up')\n", in: self)
        let failed = try Labrun.run([message, "-q"])
        XCTAssertEqual(failed.status, 1)
        XCTAssertEqual(failed.stderr, "giving up\n")
    }
}

extension RunCommandTests {
    /// A file without cell markers is a plain script: stderr reads as python3's would, a traceback
    /// that ends in the exception line, with no cell header or summary.
    func testPlainScriptErrorsReadAsPython() throws {
        let script = try Labrun.lab("items = [1]\nprint('hi')\nprint(items[3])\n", in: self)
        let result = try Labrun.run([script, "--no-color"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "hi\n")
        XCTAssertEqual(result.stderr, """
            Traceback (most recent call last):
              File "\(script)", line 3, in <module>
                print(items[3])
                      ~~~~~^^^
            IndexError: list index out of range

            """)
        let broken = try Labrun.lab("x = = 1\n", in: self)
        let syntax = try Labrun.run([broken, "--no-color"])
        XCTAssertEqual(syntax.status, 1)
        XCTAssertEqual(syntax.stderr.split(separator: "\n").last, "SyntaxError: invalid syntax")
    }
}

extension RunCommandTests {
    /// An enum defined in one cell is used in the next, and a cell ending in a member shows its
    /// repr, as CPython's output recorded with scripts/fixtures/run_cells_with_python.py.
    func testEnumsAcrossCellsPrintWhatPythonPrints() throws {
        let lab = try Labrun.lab("""
            # %% States
            from enum import Enum, IntFlag, auto

            class Stage(Enum):
                PREP = auto()
                TRAIN = auto()
                EVAL = auto()

            class Perm(IntFlag):
                R = 4
                W = 2

            # %% Use
            done = [Stage.PREP, Stage.TRAIN]
            print([s.name for s in Stage if s not in done], Stage(2), Perm.R | Perm.W)
            Stage.EVAL
            # %% Flags
            Perm.R | Perm.W

            """, in: self)
        let result = try Labrun.run([lab, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "['EVAL'] Stage.TRAIN 6\n<Stage.EVAL: 3>\n<Perm.R|W: 6>\n")
    }
}

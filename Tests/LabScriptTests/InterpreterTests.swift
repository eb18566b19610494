import Foundation
import XCTest
@testable import LabScript

/// Behaviour of the public Interpreter API beyond printed output.
final class InterpreterTests: XCTestCase {
    private func makeInterpreter(_ output: UnsafeMutablePointer<String>? = nil) -> Interpreter {
        Interpreter(configuration: .init(stdout: { output?.pointee += $0 }, stderr: { _ in }))
    }

    func testDisplaysLastExpressionUnlessNone() throws {
        let interp = makeInterpreter()
        let v = try interp.execute("x = 2\nx * 21", filename: "<cell>", displayLastExpression: true)
        XCTAssertEqual(v.map(interp.repr), "42")
        XCTAssertNil(try interp.execute("None", filename: "<cell>", displayLastExpression: true))
        XCTAssertNil(try interp.execute("x + 1", filename: "<cell>"))
        XCTAssertEqual(interp.globalNames, ["x"])
    }

    func testGlobalsPersistAcrossCellsAndTrackAccess() throws {
        let interp = makeInterpreter()
        _ = try interp.execute("a = [1]\nb = 2", filename: "<cell 1>")
        _ = try interp.execute("a.append(b)\nc = len(a)", filename: "<cell 2>")
        XCTAssertEqual(interp.lastAccess.reads, ["a", "b"])
        XCTAssertEqual(interp.lastAccess.binds, ["c"])
        XCTAssertEqual(interp.global("c").map(interp.repr), "2")
        interp.setGlobal("d", .str("x"))
        XCTAssertEqual(interp.globalNames, ["a", "b", "c", "d"])
    }

    func testUncaughtExceptionCarriesTracebackWithLocations() throws {
        let interp = makeInterpreter()
        let source = "def f(x):\n    return 1 / x\n\ny = f(0)\n"
        XCTAssertThrowsError(try interp.execute(source, filename: "lab.py", firstLine: 10)) { error in
            guard let e = error as? ScriptException else { return XCTFail("\(error)") }
            XCTAssertEqual(e.exceptionLine, "ZeroDivisionError: division by zero")
            XCTAssertEqual(e.frames.map(\.function), ["<module>", "f"])
            XCTAssertEqual(e.frames[0].location.line, 13)
            XCTAssertEqual(e.frames[0].location.column, 4)
            XCTAssertEqual(e.frames[0].location.endColumn, 8)
            XCTAssertEqual(e.frames[1].location.line, 11)
            XCTAssertEqual(e.frames[1].location.column, 11)
            XCTAssertEqual(e.frames[1].location.endColumn, 16)
        }
    }

    func testNameErrorSuggestsCloseName() throws {
        let interp = makeInterpreter()
        XCTAssertThrowsError(try interp.execute("reward_kwargs = 1\nprint(reward_kwrgs)", filename: "<cell>")) { error in
            XCTAssertEqual((error as? ScriptException)?.exceptionLine,
                           "NameError: name 'reward_kwrgs' is not defined. Did you mean: 'reward_kwargs'?")
        }
    }

    func testUnknownModuleListsProvidedModules() throws {
        let interp = makeInterpreter()
        XCTAssertThrowsError(try interp.execute("import numpyy", filename: "<cell>")) { error in
            guard let e = error as? ScriptException else { return XCTFail("\(error)") }
            XCTAssertEqual(e.exceptionLine, "ModuleNotFoundError: No module named 'numpyy'")
            let note = e.notes.first ?? ""
            XCTAssertTrue(note.hasPrefix("labrun provides these modules: "), note)
            for name in ["collections", "json", "math", "random", "sys", "time"] { XCTAssertTrue(note.contains(name), name) }
        }
    }

    func testDeepRecursionRaisesRecursionErrorNotACrash() throws {
        let interp = makeInterpreter()
        let source = "import sys\nsys.setrecursionlimit(1000000)\ndef f(n):\n    return f(n + 1)\nf(0)"
        XCTAssertThrowsError(try interp.execute(source, filename: "<cell>")) { error in
            XCTAssertEqual((error as? ScriptException)?.typeName, "RecursionError")
        }
        XCTAssertThrowsError(try makeInterpreter().execute("x = []\nfor _ in range(100000):\n    x = [x]\nrepr(x)", filename: "<cell>")) { error in
            XCTAssertEqual((error as? ScriptException)?.typeName, "RecursionError")
        }
    }

    func testHugeAllocationsRaiseMemoryError() throws {
        let interp = makeInterpreter()
        for source in ["[0] * 10**12", "'x' * 10**12", "list(range(10**12))", "2 ** (10**12)"] {
            XCTAssertThrowsError(try interp.execute(source, filename: "<cell>"), source) { error in
                XCTAssertEqual((error as? ScriptException)?.typeName, "MemoryError", source)
            }
        }
    }

    func testInterruptRaisesKeyboardInterrupt() throws {
        let interp = makeInterpreter()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { interp.requestInterrupt() }
        XCTAssertThrowsError(try interp.execute("n = 0\nwhile True:\n    n += 1", filename: "<cell>")) { error in
            XCTAssertEqual((error as? ScriptException)?.typeName, "KeyboardInterrupt")
        }
        XCTAssertNotNil(interp.global("n"))
    }

    func testAbandonedGeneratorsAreClosed() throws {
        var output = ""
        let interp = makeInterpreter(&output)
        let source = """
        def gen():
            try:
                yield 1
                yield 2
            finally:
                print("closed")
        for _ in range(20):
            g = gen()
            next(g)
        g = None
        """
        _ = try interp.execute(source, filename: "<cell>")
        XCTAssertEqual(output, String(repeating: "closed\n", count: 20))
    }

    func testLiteralAndJSONConversion() throws {
        let interp = makeInterpreter()
        XCTAssertEqual(interp.repr(try interp.literal("[1, 'a', (2.5, None), {'k': True}]")), "[1, 'a', (2.5, None), {'k': True}]")
        XCTAssertEqual(interp.repr(try interp.literal("-3")), "-3")
        XCTAssertThrowsError(try interp.literal("f(1)"))
        let json: [String: Any] = ["a": [1, 2.5, "s", NSNull(), true]]
        XCTAssertEqual(interp.repr(interp.value(fromJSON: json)), "{'a': [1, 2.5, 's', None, True]}")
    }

    func testSnapshotPreservesAliasing() throws {
        let interp = makeInterpreter()
        _ = try interp.execute("shared = [1]\npair = [shared, shared]", filename: "<cell>")
        let snapshot = interp.snapshotGlobals()
        _ = try interp.execute("shared.append(2)\npair.append(0)", filename: "<cell>")
        interp.restoreGlobals(snapshot)
        XCTAssertEqual(interp.global("pair").map(interp.repr), "[[1], [1]]")
        _ = try interp.execute("pair[0].append(5)", filename: "<cell>")
        XCTAssertEqual(interp.global("pair").map(interp.repr), "[[1, 5], [1, 5]]")
    }

    func testInterruptReachesALoopInsideAGenerator() throws {
        let interp = makeInterpreter()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { interp.requestInterrupt() }
        let source = "def spin():\n    n = 0\n    while True:\n        n += 1\n    yield n\nnext(spin())"
        XCTAssertThrowsError(try interp.execute(source, filename: "<cell>")) { error in
            XCTAssertEqual((error as? ScriptException)?.typeName, "KeyboardInterrupt")
        }
        XCTAssertEqual(try interp.execute("def g():\n    yield 1\nnext(g())", filename: "<cell>", displayLastExpression: true).map(interp.repr), "1")
    }

    func testUnsupportedClassFeaturesFailLoudly() throws {
        let interp = makeInterpreter()
        let cases = [
            ("import abc\nclass M(abc.ABCMeta): pass\nclass C(metaclass=M): pass", "TypeError", "a metaclass deriving from 'ABCMeta' is not supported yet"),
            ("class C(object, flag=True): pass", "TypeError", "C.__init_subclass__() takes no keyword arguments"),
            ("import enum\nclass E(enum.Flag, boundary=None):\n    A = 1", "TypeError", "Flag boundary= is not supported yet"),
            ("import enum\nclass E(tuple, enum.Enum):\n    A = (1, 2)", "TypeError",
             "enums mixing in 'tuple' are not supported yet (only int, str, float and classes)"),
            ("import enum\nclass E(enum.Enum):\n    name = 1", "TypeError", "an enum member named 'name' is not supported yet"),
            ("import enum\nclass E(enum.Enum):\n    A = 1\nhelp(E.A)", "NotImplementedError", "help() on enum classes and members is not supported yet"),
            ("from typing import TypedDict\nclass T(TypedDict):\n    a: int\nhelp(T)", "NotImplementedError",
             "help() on typing.TypedDict and typing.NamedTuple classes is not supported yet"),
            ("class B(bool): pass", "TypeError", "type 'bool' is not an acceptable base type"),
            ("class E(enumerate): pass\nE([])", "TypeError", "subclassing built-in type 'enumerate' is not supported yet"),
        ]
        for (source, type, message) in cases {
            XCTAssertThrowsError(try interp.execute(source, filename: "<cell>"), source) { error in
                XCTAssertEqual((error as? ScriptException)?.typeName, type, source)
                XCTAssertEqual((error as? ScriptException)?.message, message, source)
            }
        }
    }

    func testLoopSpeed() throws {
        let interp = makeInterpreter()
        let start = Date()
        _ = try interp.execute("s = 0\nfor i in range(200_000):\n    s += i * 2", filename: "<bench>")
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(interp.global("s").map(interp.repr), "39999800000")
        print("200k-iteration loop: \(elapsed) s")
    }
}

final class InterpreterIOTests: XCTestCase {
    func testInputReadsLinesThenRaisesEOFError() throws {
        var lines = ["first\n", "second"]
        var output = ""
        let interp = Interpreter(configuration: .init(stdout: { output += $0 }, stdin: { lines.isEmpty ? nil : lines.removeFirst() }))
        _ = try interp.execute("a = input('> ')\nb = input()\nprint(a, b)", filename: "<t>")
        XCTAssertEqual(output, "> first second\n")
        XCTAssertThrowsError(try interp.execute("input()", filename: "<t>")) { error in
            XCTAssertEqual((error as? ScriptException)?.exceptionLine, "EOFError: EOF when reading a line")
        }
    }

    func testMagicLinesGoToTheHandler() throws {
        var magics: [String] = []
        var output = ""
        let interp = Interpreter(configuration: .init(stdout: { output += $0 }, magicHandler: { magics.append($0) }))
        _ = try interp.execute("print(1)\n%pip install x\n!ls -la\nprint(2)", filename: "<t>")
        XCTAssertEqual(magics, ["%pip install x", "!ls -la"])
        XCTAssertEqual(output, "1\n2\n")
    }

    func testStderrAndSeededRandom() throws {
        var output = "", errors = ""
        let interp = Interpreter(configuration: .init(seed: 7, stdout: { output += $0 }, stderr: { errors += $0 }))
        _ = try interp.execute("import sys, random\nprint('oops', file=sys.stderr)\nprint(random.randint(1, 1000))", filename: "<t>")
        XCTAssertEqual(errors, "oops\n")
        // python3 -c "import random; random.seed(7); print(random.randint(1, 1000))"
        XCTAssertEqual(output, "332\n")
    }
}

final class SnapshotTests: XCTestCase {
    func testSnapshotCopiesClosureState() throws {
        var output = ""
        let interp = Interpreter(configuration: .init(stdout: { output += $0 }))
        _ = try interp.execute("def make():\n    n = 0\n    def bump():\n        nonlocal n\n        n += 1\n        return n\n    return bump\nbump = make()\nbump()", filename: "<t>")
        let snapshot = interp.snapshotGlobals()
        _ = try interp.execute("bump(); bump()", filename: "<t>")
        interp.restoreGlobals(snapshot)
        _ = try interp.execute("print(bump())", filename: "<t>")
        XCTAssertEqual(output, "2\n")
    }
}

final class DeepDataTests: XCTestCase {
    func testDeeplyNestedDataIsFreedWithoutOverflowingTheStack() throws {
        weak var outermost: PyList?
        do {
            let interp = Interpreter(configuration: .init(stdout: { _ in }))
            _ = try interp.execute("x = []\nfor _ in range(100000):\n    x = [x]", filename: "<t>")
            guard case .list(let l)? = interp.global("x") else { return XCTFail("x is not a list") }
            outermost = l
        }
        XCTAssertNil(outermost)
    }

    /// Snapshots copy without recursing per level: this runs on the test's ordinary thread, whose
    /// stack a recursive copy of 100,000 levels would overflow.
    func testDeeplyNestedDataSnapshotsAndRestores() throws {
        let interp = Interpreter(configuration: .init(stdout: { _ in }))
        _ = try interp.execute("x = None\nfor i in range(100000):\n    x = [x, (i, (i,))]\nt = ()\nfor i in range(5000):\n    t = (t,)", filename: "<t>")
        let snapshot = interp.snapshotGlobals()
        _ = try interp.execute("x[1] = 'changed'", filename: "<t>")
        interp.restoreGlobals(snapshot)
        _ = try interp.execute("n = 0\ny = x\nwhile y is not None:\n    n += 1\n    y = y[0]\nm = 0\nwhile t:\n    m += 1\n    t = t[0]", filename: "<t>")
        XCTAssertEqual(interp.global("n").map(interp.repr), "100000")
        XCTAssertEqual(interp.global("m").map(interp.repr), "5000")
        XCTAssertEqual(try interp.execute("x[1]", filename: "<t>", displayLastExpression: true).map(interp.repr), "(99999, (99999,))")
    }
}

final class ResetTests: XCTestCase {
    func testResetEmptiesTheSessionAndFreesIt() throws {
        weak var weakInterpreter: Interpreter?
        do {
            let interp = Interpreter(configuration: .init(stdout: { _ in }))
            weakInterpreter = interp
            _ = try interp.execute("import math\ndef f(x):\n    return math.sqrt(x)\ny = f(4)", filename: "<t>")
            XCTAssertEqual(interp.globalNames, ["math", "f", "y"])
            interp.reset()
            XCTAssertEqual(interp.globalNames, [])
            XCTAssertThrowsError(try interp.execute("f(1)", filename: "<t>"))
        }
        XCTAssertNil(weakInterpreter)
    }
}

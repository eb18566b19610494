import Foundation
import XCTest
@testable import LabNotebook

final class SessionFileTests: XCTestCase {
    private let lab = """
        # %% Setup
        import random, blocks
        data = {"xs": [1, 2.5, "three", None, True, (4, 5)], "big": 2 ** 100}
        alias = [data["xs"], data["xs"]]
        w = blocks.zeros(4)
        w.fill(1.5)
        # %% Helper
        def scale(v, by=2):
            return v * by
        # %% Draw
        r = random.random()
        """

    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func testSaveAndLoadRoundTripsValuesAliasingNativesFunctionsRandomAndStatuses() throws {
        let harness = try REPLHarness(lab)
        harness.type(":run all", "f = open(\(String(reflecting: path("scratch.txt"))), 'w')", ":save \(path("s.lrs"))")
        XCTAssertTrue(harness.stderr.contains("not saved: f (a TextIOWrapper object, which can't be saved)"), harness.stderr)
        let expectedNext = harness.type("random.random()")
        let loaded = try REPLHarness(lab)
        XCTAssertEqual(loaded.type(":load \(path("s.lrs"))"), "loaded the session from \(path("s.lrs")) (7 variables)\n")
        XCTAssertEqual(loaded.global("data"), "{'xs': [1, 2.5, 'three', None, True, (4, 5)], 'big': 1267650600228229401496703205376}")
        XCTAssertEqual(loaded.type("alias[0] is alias[1] is data['xs']", "w.total()", "scale(3)", "scale(2, by=5)", "random.random()"),
                       "True\n6.0\n6\n10\n" + expectedNext)
        XCTAssertEqual(loaded.status(3), .ok)
        XCTAssertEqual(loaded.repl.tracker.record(3).writes, ["r"])
        XCTAssertNil(loaded.global("f"))
        loaded.type(":save \(path("again.lrs"))", ":reset", ":load \(path("again.lrs"))")
        XCTAssertEqual(loaded.type("scale(4)"), "8\n", "a loaded function saves again")
    }

    func testClassesInstancesAndDecoratedFunctionsRoundTrip() throws {
        let classes = """
            # %% Model
            class Base:
                def __init__(self, size):
                    self.size = size
            class Counter(Base):
                def grow(self):
                    self.size += 1
                    return self.size
            def twice(f):
                return lambda *a: 2 * f(*a)
            @twice
            def area(n):
                return n * n
            c = Counter(3)
            pair = (c, c)
            """
        let harness = try REPLHarness(classes)
        harness.type(":run 1", "c.grow()", ":save \(path("c.lrs"))")
        XCTAssertEqual(harness.stderr.contains("not saved"), false, harness.stderr)
        let loaded = try REPLHarness(classes)
        loaded.type(":load \(path("c.lrs"))")
        XCTAssertEqual(loaded.type("c.size", "c.grow()", "pair[0] is pair[1] is c", "isinstance(c, Base)", "area(3)"),
                       "4\n5\nTrue\nTrue\n18\n")
    }

    func testInstancesOfBuiltinValueSubclassesKeepTheirValue() throws {
        let classes = """
            # %% Units
            class Celsius(float):
                def __str__(self):
                    return f"{float(self):.1f} C"
            class Point(tuple):
                def __new__(cls, x, y):
                    return super().__new__(cls, (x, y))
            t = Celsius(21.5)
            t.note = "lab"
            p = Point(1, [2])
            """
        let harness = try REPLHarness(classes)
        harness.type(":run 1", ":save \(path("v.lrs"))")
        XCTAssertEqual(harness.stderr.contains("not saved"), false, harness.stderr)
        let loaded = try REPLHarness(classes)
        loaded.type(":load \(path("v.lrs"))")
        XCTAssertEqual(loaded.type("print(t)", "t + 1", "t.note", "p", "type(p).__name__", "p[1] is p[1]"),
                       "21.5 C\n22.5\n'lab'\n(1, [2])\n'Point'\nTrue\n")
    }

    /// A session file is data: one written elsewhere cannot run code on load unless trusted, and

    /// `from __future__ import annotations` stays on for later cells, as in Jupyter, and a loaded
    /// session keeps it: the feature object is saved by name.
    func testPostponedAnnotationsSurviveLaterCellsAndALoad() throws {
        let lab = """
            # %% Future
            from __future__ import annotations
            # %% Uses
            def f(x: Later) -> list[Later]: pass
            """
        let harness = try REPLHarness(lab)
        harness.type(":run all", ":save \(path("a.lrs"))")
        XCTAssertEqual(harness.type("f.__annotations__"), "{'x': 'Later', 'return': 'list[Later]'}\n")
        let loaded = try REPLHarness(lab)
        loaded.type(":load \(path("a.lrs"))")
        XCTAssertEqual(loaded.type("def g(y: Z | None): pass", "", "g.__annotations__"), "{'y': 'Z | None'}\n", loaded.stderr)
    }
    /// a module name is a name, never code.
    func testForeignDefinitionsAndCraftedModuleNamesDoNotRun() throws {
        let victim = path("victim.txt")
        try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
        let payload = "import os\nos.remove(\(String(reflecting: victim)))\ndef f():\n    return 1"
        let crafted = SessionFile(manifest: [
            "lab": "lab.cells", "seed": 42, "cursor": 0, "globals": [["f", ["fn": "f"]]], "objects": [],
            "definitions": [["name": "f", "source": payload]],
            "random": ["offset": 0, "words": 624, "index": 624, "gaussNext": NSNull()], "cells": [], "skipped": [],
        ], payload: Data(count: 624 * 4))
        try crafted.write(to: path("crafted.lrs"), signer: SessionSigner(secretPath: path("someone-else/secret")))
        let harness = try REPLHarness(lab)
        harness.type("x = 1", ":load \(path("crafted.lrs"))")
        XCTAssertTrue(harness.stderr.contains("was not saved by your labrun"), harness.stderr)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep me")
        XCTAssertEqual(harness.global("x"), "1", "the session is unchanged")

        let module = SessionFile(manifest: [
            "lab": "lab.cells", "seed": 42, "cursor": 0, "globals": [["m", ["mod": "os; os.remove('x')"]]], "objects": [],
            "definitions": [], "random": ["offset": 0, "words": 624, "index": 624, "gaussNext": NSNull()], "cells": [], "skipped": [],
        ], payload: Data(count: 624 * 4))
        try module.write(to: path("module.lrs"), signer: SessionSigner(secretPath: path("someone-else/secret")))
        harness.type(":load \(path("module.lrs"))")
        XCTAssertTrue(harness.stderr.contains("malformed module name"), harness.stderr)
        XCTAssertEqual(harness.global("x"), "1")

        // A module's function bound to a name (here `print` as `os.remove`) can act when called: a
        // foreign file that declares one is refused, and one that does not declare it is damaged.
        for (name, declared) in [("declared.lrs", ["os.remove"]), ("hidden.lrs", [String]())] {
            let attribute = SessionFile(manifest: [
                "lab": "lab.cells", "seed": 42, "cursor": 0, "globals": [["print", ["attr": ["os", "remove"]]]], "objects": [],
                "definitions": [], "attributes": declared, "random": ["offset": 0, "words": 624, "index": 624, "gaussNext": NSNull()],
                "cells": [], "skipped": [],
            ], payload: Data(count: 624 * 4))
            try attribute.write(to: path(name), signer: SessionSigner(secretPath: path("someone-else/secret")))
            harness.type(":load \(path(name))")
        }
        XCTAssertTrue(harness.stderr.contains("\(path("declared.lrs")) was not saved by your labrun"), harness.stderr)
        XCTAssertTrue(harness.stderr.contains("malformed a module attribute"), harness.stderr)
        harness.type("print(\(String(reflecting: victim)))")
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep me")
    }

    func testDamagedTruncatedAndForeignFilesLeaveTheSessionUnchanged() throws {
        let harness = try REPLHarness(lab)
        harness.type(":run 1", ":save \(path("good.lrs"))")
        let good = try Data(contentsOf: URL(fileURLWithPath: path("good.lrs")))
        var flipped = good
        flipped[good.count / 2] ^= 0x20
        try flipped.write(to: URL(fileURLWithPath: path("flipped.lrs")))
        try good.prefix(good.count - 10).write(to: URL(fileURLWithPath: path("truncated.lrs")))
        try good.prefix(12).write(to: URL(fileURLWithPath: path("stub.lrs")))
        try Data("# %% not a session\n".utf8).write(to: URL(fileURLWithPath: path("foreign.lrs")))
        var newer = good
        newer[8] = 9
        try newer.write(to: URL(fileURLWithPath: path("newer.lrs")))
        harness.type("marker = 'kept'")
        for name in ["flipped", "truncated", "stub", "foreign", "newer", "missing"] {
            harness.type(":load \(path(name + ".lrs"))")
        }
        let errors = harness.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        XCTAssertEqual(errors.count, 6, harness.stderr)
        XCTAssertTrue(errors[0].contains("is damaged"), String(errors[0]))
        XCTAssertTrue(errors[1].contains("is truncated"), String(errors[1]))
        XCTAssertTrue(errors[2].contains("is truncated"), String(errors[2]))
        XCTAssertTrue(errors[3].contains("is not a labrun session file"), String(errors[3]))
        XCTAssertTrue(errors[4].contains("session format version 9; this labrun reads version 4"), String(errors[4]))
        XCTAssertTrue(errors[5].contains("no such file"), String(errors[5]))
        XCTAssertTrue(errors.allSatisfy { $0.hasSuffix("the session is unchanged") })
        XCTAssertEqual(harness.global("marker"), "'kept'")
    }

    func testSaveIsAtomicAndReportsUnwritablePaths() throws {
        let harness = try REPLHarness(lab)
        harness.type(":run 1", ":save \(path("s.lrs"))", ":save \(path("no/such/dir/s.lrs"))")
        XCTAssertTrue(harness.stderr.contains("error: cannot write \(path("no/such/dir/s.lrs"))"), harness.stderr)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }
}

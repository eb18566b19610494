import LabScript
import XCTest
@testable import LabNotebook

final class SessionTests: XCTestCase {
    private final class Events: SessionObserver {
        var log: [String] = []
        func session(willRun cell: Cell) { log.append("start \(cell.number)") }
        func session(cell: Cell, wrote text: String, to stream: StreamName) { log.append("\(stream.rawValue) \(text)") }
        func session(cell: Cell, noted text: String) { log.append("note") }
        func session(cell: Cell, displayed bundle: MimeBundle) { log.append("display \(bundle.plainText)") }
        func session(didFinish result: CellResult) { log.append("end \(result.cell.number) \(result.status.rawValue)") }
    }

    private let file = try! CellFile(text: """
        # %% [markdown]
        # Hi
        # %% A
        import sys
        print("out")
        print("err", file=sys.stderr)
        !ls
        print("more")
        [1, "two"]
        # %% B
        x = None
        x
        # %% C
        def f(n):
            return 10 // n
        f(0)
        """, path: "lab.cells")

    func testRunRecordsOutputsInOrderAndTellsTheObserver() {
        let session = Session(filename: file.path)
        let events = Events()
        session.observer = events
        XCTAssertEqual(session.run(file.cells[0]).outputs, [])
        let result = session.run(file.cells[1])
        XCTAssertEqual(result.executionCount, 1)
        XCTAssertEqual(result.outputs, [
            .stream(.stdout, "out\n"), .stream(.stderr, "err\n"),
            .note("skipped: !ls (labs run offline; shell commands are not run)"),
            .stream(.stdout, "more\n"), .result(MimeBundle(plainText: "[1, 'two']")),
        ])
        XCTAssertEqual(result.status, .ok)
        XCTAssertEqual(events.log, ["start 1", "start 2", "stdout out\n", "stderr err\n", "note", "stdout more\n", "end 2 ok"])
        XCTAssertNil(session.run(file.cells[2]).displayed, "None is not displayed")
        XCTAssertEqual(session.executionCount, 2)
    }

    func testAnExceptionBecomesAnErrorWithFrames() throws {
        let session = Session(filename: file.path)
        let result = session.run(file.cells[3])
        XCTAssertEqual(result.status, .error)
        let error = try XCTUnwrap(result.error)
        XCTAssertEqual(error.exceptionLine, "ZeroDivisionError: integer division or modulo by zero")
        XCTAssertEqual(error.frames.map(\.function), ["<module>", "f"])
        XCTAssertEqual(error.frames.map(\.location.line), [16, 15])
        XCTAssertEqual(error.frames[0].location.column, 0)
    }

    func testKeyboardInterruptIsInterrupted() {
        let cell = Cell(number: 1, kind: .code, title: nil, source: "raise KeyboardInterrupt", firstLine: 1, markerLine: nil)
        XCTAssertEqual(Session(filename: "x").run(cell).status, .interrupted)
    }

    func testInjectedParametersBecomeGlobalsAndACell() throws {
        let session = Session(filename: file.path)
        let value = try session.interpreter.literal("{'lr': 0.5}")
        let result = session.inject([(name: "config", value: value)])
        XCTAssertEqual(result.cell.source, "# Parameters\nconfig = {'lr': 0.5}")
        XCTAssertEqual(result.cell.tags, ["injected-parameters"])
        let check = Cell(number: 1, kind: .code, title: nil, source: "config['lr'] * 2", firstLine: 1, markerLine: nil)
        XCTAssertEqual(session.run(check).displayed?.plainText, "1.0")
    }

    func testSeedDecidesRandom() {
        let cell = Cell(number: 1, kind: .code, title: nil, source: "import random\nrandom.random()", firstLine: 1, markerLine: nil)
        let first = Session(filename: "x", seed: 42).run(cell).displayed
        XCTAssertEqual(first?.plainText, "0.6394267984578837", "CPython's random.seed(42); random.random()")
        XCTAssertEqual(Session(filename: "x", seed: 42).run(cell).displayed, first)
        XCTAssertNotEqual(Session(filename: "x", seed: 1).run(cell).displayed, first)
    }

    func testNativeCodeCanShowValuesWhileACellRuns() throws {
        let session = Session(filename: "x")
        let events = Events()
        session.observer = events
        let plot = MimeBundle(plainText: "<Figure>", richer: ["image/svg+xml": "<svg/>"])
        session.show(plot)
        XCTAssertEqual(events.log, [], "nothing is shown outside a cell")
        let cell = Cell(number: 1, kind: .code, title: nil, source: "print('before')", firstLine: 1, markerLine: nil)
        let showing = ShowingObserver(session: session, bundle: plot, events: events)
        session.observer = showing
        let result = session.run(cell)
        XCTAssertEqual(result.outputs, [.stream(.stdout, "before\n"), .display(plot)])
        XCTAssertEqual(events.log, ["start 1", "stdout before\n", "display <Figure>", "end 1 ok"])
    }

    /// Shows a bundle as soon as the cell prints, as a native `plt.show()` would mid-cell.
    private final class ShowingObserver: SessionObserver {
        let session: Session, bundle: MimeBundle, events: Events
        init(session: Session, bundle: MimeBundle, events: Events) {
            self.session = session
            self.bundle = bundle
            self.events = events
        }
        func session(willRun cell: Cell) { events.session(willRun: cell) }
        func session(cell: Cell, wrote text: String, to stream: StreamName) {
            events.session(cell: cell, wrote: text, to: stream)
            session.show(bundle)
        }
        func session(cell: Cell, noted text: String) {}
        func session(cell: Cell, displayed bundle: MimeBundle) { events.session(cell: cell, displayed: bundle) }
        func session(didFinish result: CellResult) { events.session(didFinish: result) }
    }

    func testDisplayFormattersAddRicherViews() {
        let session = Session(filename: "x")
        session.displayFormatters.append { _ in MimeBundle(plainText: "table", richer: ["text/html": "<table/>"]) }
        let cell = Cell(number: 1, kind: .code, title: nil, source: "3", firstLine: 1, markerLine: nil)
        XCTAssertEqual(session.run(cell).displayed?.data["text/html"], "<table/>")
    }
}

extension SessionTests {
    func testATrailingSemicolonHidesTheValue() {
        XCTAssertTrue(endsWithSemicolon("x = 1\nx;"))
        XCTAssertTrue(endsWithSemicolon("x;  # hidden\n# trailing comment\n"))
        XCTAssertFalse(endsWithSemicolon("x"))
        XCTAssertFalse(endsWithSemicolon("s = ';'\ns"))
        XCTAssertFalse(endsWithSemicolon("'a;'  # 'quoted'"))
        let cell = Cell(number: 1, kind: .code, title: nil, source: "x = 2\nx * 3;", firstLine: 1, markerLine: nil)
        XCTAssertNil(Session(filename: "x").run(cell).displayed)
    }
}

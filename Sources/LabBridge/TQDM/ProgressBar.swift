import Foundation
import LabScript

/// A `tqdm` progress bar. It wraps an iterable (or is advanced by `update(n)`) and reports on
/// stderr: redrawn in place at most ten times a second when stderr is a terminal, otherwise one
/// final line when it closes. Timings never reach stdout, so a lab's output stays deterministic.
///
/// A wrapped generator is read lazily; other iterables are read into a list when iteration starts.
final class ProgressBar: NativeObject {
    static let cls = NativeClass("tqdm", module: "tqdm",
        constructor: Function("tqdm", params: ["iterable=None", "desc=None", "total=None", "leave=True", "file=None", "ncols=None",
                                               "mininterval=0.1", "disable=False", "unit='it'", "**kwargs"]) { a in
            .native(try ProgressBar(a))
        },
        methods: [
            Function("update", params: ["n=1"]) { a in
                try a.receiver(as: ProgressBar.self).advance(by: try a.int("n"))
                return .none
            },
            Function("close") { a in
                try a.receiver(as: ProgressBar.self).close()
                return .none
            },
            Function("set_description", params: ["desc=None", "refresh=True"]) { a in
                try a.receiver(as: ProgressBar.self).line.description = a.optional("desc").map { try Convert.text($0, a.interpreter) } ?? ""
                return .none
            },
            Function("set_postfix", params: ["ordered_dict=None", "refresh=True", "**kwargs"]) { _ in .none },
            Function("refresh") { a in
                try a.receiver(as: ProgressBar.self).draw(force: true)
                return .none
            },
        ],
        properties: [Property("n") { v, _ in
            guard case .native(let bar as ProgressBar) = v else { return .none }
            return .int(bar.line.count)
        }],
        staticMethods: [
            TQDMPandas.register,
            Function("write", params: ["s", "file=None", "end='\\n'"]) { a in
                a.interpreter.configuration.stderr(try a.string("s") + (try a.string("end")))
                return .none
            },
        ])

    private let iterable: Value?
    private let interpreter: Interpreter
    private let leave: Bool
    private let disabled: Bool
    private let isTerminal = isatty(2) == 1
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var closed = false
    /// A copy kept by a snapshot: dropping it prints nothing.
    private var isSnapshotCopy = false
    private(set) var line: ProgressLine

    private init(_ a: Args) throws {
        interpreter = a.interpreter
        iterable = a.optional("iterable")
        leave = try a.bool("leave")
        disabled = try a.bool("disable")
        let total = try a.optional("total").map { try Convert.int($0, "total") } ?? iterable.flatMap { try? a.interpreter.length($0) }
        line = ProgressLine(description: try a.optional("desc").map { try Convert.text($0, a.interpreter) } ?? "", count: 0, total: total,
                            elapsed: 0, unit: try a.string("unit"))
    }

    private init(copying bar: ProgressBar, _ copier: DeepCopier) {
        interpreter = bar.interpreter
        iterable = bar.iterable.map(copier.copy)
        leave = bar.leave
        disabled = bar.disabled
        closed = bar.closed
        line = bar.line
        isSnapshotCopy = true
    }

    var pyClass: PyType { ProgressBar.cls.type }

    /// Snapshots keep the bar's count and state, so `:undo` and `:rerun` restore `bar.n`.
    func snapshot(_ copier: DeepCopier) -> NativeObject { ProgressBar(copying: self, copier) }

    var version: Int { line.count &* 2 + (closed ? 1 : 0) }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        guard let iterable else { throw PyException.typeError("'tqdm' object is not iterable") }
        let next = try ProgressBar.elements(of: iterable, interpreter)
        var started = false
        draw(force: true)
        return { [self] in
            if started { try advance(by: 1) }
            started = true
            guard let item = try next() else {
                try close()
                return nil
            }
            return item
        }
    }

    /// Reads a generator lazily (its body runs as the loop advances); other iterables, which have
    /// no side effects when read, are read into a list first.
    private static func elements(of iterable: Value, _ interpreter: Interpreter) throws -> () throws -> Value? {
        if case .object(let o) = iterable, o.pyType === PyType.generator {
            let next = try interpreter.getAttribute(iterable, "__next__")
            return {
                do {
                    return try interpreter.call(next, [])
                } catch let e as PyException where e.cls === PyType.stopIteration {
                    return nil
                }
            }
        }
        guard case .list(let list) = try interpreter.call(.type(PyType.list), [iterable]) else { return { nil } }
        var iterator = list.items.makeIterator()
        return { iterator.next() }
    }

    func length(_ interpreter: Interpreter) throws -> Int? { line.total }

    func enter(_ interpreter: Interpreter) throws -> Value { .native(self) }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        try close()
        return false
    }

    func advance(by n: Int) throws {
        line.count += n
        draw(force: false)
    }

    /// Redraws the live bar on a terminal, at most every 0.1 s unless forced.
    func draw(force: Bool) {
        guard isTerminal, !disabled, !closed else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        line.elapsed = now.timeIntervalSince(start)
        interpreter.configuration.stderr("\r" + line.text())
    }

    /// A bar left behind by a `break` ends when the lab drops it, as CPython's reference counting
    /// closes a tqdm when its loop's frame lets go of it.
    deinit { if !isSnapshotCopy { try? close() } }

    /// Ends the bar: the final line (kept when `leave`), once.
    func close() throws {
        guard !closed else { return }
        closed = true
        guard !disabled else { return }
        line.elapsed = Date().timeIntervalSince(start)
        if isTerminal {
            interpreter.configuration.stderr(leave ? "\r" + line.text() + "\n" : "\r\u{1B}[K")
        } else if leave {
            interpreter.configuration.stderr(line.text() + "\n")
        }
    }
}

/// `traceback`: the report CPython prints for an uncaught exception, as text a program can print
/// or keep (`format_exc`, `print_exc`, `format_exception`, `print_exception`,
/// `format_exception_only`). The host renders frames with their source lines through
/// `tracebackRenderer`; without one, each frame is its `File ..., line N, in f` heading.
extension Interpreter {
    func tracebackModule() -> [(String, Value)] {
        /// The exception of `format_exception(exc)` or of the older `(etype, value, tb)` form.
        func exception(_ a: Signature.Bound) -> PyException? {
            let v = a.values.count > 1 && !a.values[1].isNone ? a.values[1] : a.values[0]
            if case .object(let e as PyException) = v { return e }
            return nil
        }
        func write(_ i: Interpreter, _ text: String, _ file: Value) throws -> Value {
            try i.write(text, to: file.isNone ? try i.getAttribute(.object(try i.importModule("sys")), "stderr") : file)
            return .none
        }
        let handled: (Interpreter) -> PyException? = { $0.handledExceptions.last }
        return [
            ("format_exc", Builtins.function("format_exc", ["limit=None", "chain=True"]) { i, _ in
                .str(i.tracebackEntries(handled(i)).joined())
            }),
            ("print_exc", Builtins.function("print_exc", ["limit=None", "file=None", "chain=True"]) { i, a in
                try write(i, i.tracebackEntries(handled(i)).joined(), a.values[1])
            }),
            ("format_exception", Builtins.function("format_exception", ["exc", "/", "value=None", "tb=None", "limit=None", "chain=True"]) { i, a in
                .list(PyList(i.tracebackEntries(exception(a)).map { .str($0) }))
            }),
            ("print_exception", Builtins.function("print_exception", ["exc", "/", "value=None", "tb=None", "limit=None", "file=None", "chain=True"]) { i, a in
                try write(i, i.tracebackEntries(exception(a)).joined(), a.values[4])
            }),
            ("format_exception_only", Builtins.function("format_exception_only", ["exc", "/", "value=None"]) { i, a in
                .list(PyList(i.exceptionOnlyEntries(exception(a)).map { .str($0) }))
            }),
        ]
    }

    /// `format_exception`'s strings for `e` as caught: one per frame (heading, source line and
    /// carets), the chain sentences with their blank lines, and the exception's own lines.
    func tracebackEntries(_ e: PyException?) -> [String] {
        guard let e else { return ["NoneType: None\n"] }
        let report = scriptException(e, caught: true)
        let lines = tracebackRenderer?(report) ?? ScriptException.plainLines(report)
        var entries: [String] = []
        var k = 0
        while k < lines.count {
            let line = lines[k]
            if line.hasPrefix("  File ") {
                var entry = line + "\n"
                while k + 1 < lines.count, lines[k + 1].hasPrefix("    ") {
                    k += 1
                    entry += lines[k] + "\n"
                }
                entries.append(entry)
            } else if line.isEmpty, k + 2 < lines.count, lines[k + 2].isEmpty {
                entries.append("\n" + lines[k + 1] + "\n\n")
                k += 2
            } else {
                entries.append(line + "\n")
            }
            k += 1
        }
        return entries
    }

    /// `format_exception_only`: the exception's line, then its notes.
    func exceptionOnlyEntries(_ e: PyException?) -> [String] {
        guard let e else { return ["NoneType: None\n"] }
        let report = scriptException(e, caught: true)
        return [report.exceptionLine + "\n"] + report.notes.map { $0 + "\n" }
    }
}

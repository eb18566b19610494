/// What `@contextmanager` functions return: a generator run up to its `yield` on entry and
/// resumed (or thrown into) on exit.
final class GeneratorContextManager: NativeObject {
    static let type = NativeClass("_GeneratorContextManager", module: "contextlib").type
    let generator: Value
    init(generator: Value) { self.generator = generator }
    var pyClass: PyType { GeneratorContextManager.type }

    func enter(_ interpreter: Interpreter) throws -> Value {
        guard let v = try interpreter.nextElement(generator) else { throw PyException.runtimeError("generator didn't yield") }
        return v
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        guard case .object(let g as PyGenerator) = generator else { return false }
        guard let exception else {
            if try g.send(.none) != nil { throw PyException.runtimeError("generator didn't stop") }
            return false
        }
        do {
            if try g.throwIn(exception) != nil { throw PyException.runtimeError("generator didn't stop after throw()") }
            return true
        } catch let raised as PyException {
            if raised === exception { return false }
            if raised.cls.isSubclass(of: .stopIteration) && exception.cls.isSubclass(of: .stopIteration) { return false }
            throw raised
        }
    }
}

/// `contextlib.suppress(*exceptions)`.
final class SuppressContext: NativeObject {
    static let type = NativeClass("suppress", module: "contextlib").type
    let exceptions: [Value]
    init(_ exceptions: [Value]) { self.exceptions = exceptions }
    var pyClass: PyType { SuppressContext.type }
    func enter(_ interpreter: Interpreter) throws -> Value { .none }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        guard let exception else { return false }
        return try interpreter.classMatches(exception.cls, .tuple(exceptions), "issubclass")
    }
}

/// `contextlib.redirect_stdout(target)` / `redirect_stderr`: print() and sys.stdout.write go to
/// `target.write` until the block ends.
final class RedirectContext: NativeObject {
    static let type = NativeClass("redirect_stdout", module: "contextlib").type
    let target: Value
    let isError: Bool
    var saved: [(String) -> Void] = []
    init(target: Value, isError: Bool) {
        self.target = target
        self.isError = isError
    }
    var pyClass: PyType { RedirectContext.type }

    func enter(_ interpreter: Interpreter) throws -> Value {
        let target = self.target
        let redirect: (String) -> Void = { [unowned interpreter] text in
            // A failing write surfaces when the block ends, as the write's own exception would.
            _ = try? interpreter.callMethod(target, "write", [.str(text)], [])
        }
        if isError {
            saved.append(interpreter.configuration.stderr)
            interpreter.configuration.stderr = redirect
        } else {
            saved.append(interpreter.configuration.stdout)
            interpreter.configuration.stdout = redirect
        }
        return target
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        if let previous = saved.popLast() {
            if isError { interpreter.configuration.stderr = previous } else { interpreter.configuration.stdout = previous }
        }
        return false
    }
}

/// `contextlib.nullcontext(enter_result)`.
final class NullContext: NativeObject {
    static let type = NativeClass("nullcontext", module: "contextlib").type
    let result: Value
    init(_ result: Value) { self.result = result }
    var pyClass: PyType { NullContext.type }
    func enter(_ interpreter: Interpreter) throws -> Value { result }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool { false }
}

/// `contextlib.closing(thing)`: calls `thing.close()` on exit.
final class ClosingContext: NativeObject {
    static let type = NativeClass("closing", module: "contextlib").type
    let thing: Value
    init(_ thing: Value) { self.thing = thing }
    var pyClass: PyType { ClosingContext.type }
    func enter(_ interpreter: Interpreter) throws -> Value { thing }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        _ = try interpreter.callMethod(thing, "close", [], [])
        return false
    }
}

/// `contextlib.ExitStack`: callbacks and entered contexts unwound last-in first-out on exit; an
/// exception suppressed by one exit is not seen by the ones after it.
final class ExitStack: NativeObject {
    static let type = NativeClass("ExitStack", module: "contextlib", constructor: Function("ExitStack") { _ in .native(ExitStack()) }, methods: [
        Function("enter_context", params: ["cm", "/"]) { args in
            let stack = try args.receiver(as: ExitStack.self)
            let cm = args["cm"]
            let result = try args.interpreter.enterContext(cm)
            stack.exits.append { i, e in try i.exitContext(cm, e) }
            return result
        },
        Function("callback", params: ["callback", "/", "*args", "**kwds"]) { args in
            let stack = try args.receiver(as: ExitStack.self)
            let (f, positional, keywords) = (args["callback"], args.varargs, args.kwargs)
            stack.exits.append { i, _ in
                _ = try i.call(f, positional, keywords)
                return false
            }
            return f
        },
        Function("push", params: ["exit", "/"]) { args in
            let stack = try args.receiver(as: ExitStack.self)
            let cm = args["exit"]
            stack.exits.append { i, e in try i.exitContext(cm, e) }
            return cm
        },
        Function("close") { args in
            _ = try args.receiver(as: ExitStack.self).unwind(nil, args.interpreter)
            return .none
        },
        Function("pop_all") { args in
            let stack = try args.receiver(as: ExitStack.self)
            let moved = ExitStack()
            moved.exits = stack.exits
            stack.exits = []
            return .native(moved)
        },
    ]).type
    var exits: [(Interpreter, PyException?) throws -> Bool] = []
    var pyClass: PyType { ExitStack.type }

    func enter(_ interpreter: Interpreter) throws -> Value { .native(self) }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        try unwind(exception, interpreter)
    }

    private func unwind(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        var pending = exception
        var suppressed = false
        while let exit = exits.popLast() {
            do {
                if try exit(interpreter, pending) {
                    suppressed = true
                    pending = nil
                }
            } catch let e as PyException {
                if let p = pending, e !== p, e.context == nil { e.context = p }
                pending = e
                suppressed = false
            }
        }
        if let p = pending, p !== exception { throw p }
        return suppressed && exception != nil
    }
}

extension Interpreter {
    /// The `contextlib` module.
    func contextlibModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        return [
            fn("contextmanager", ["func", "/"]) { i, a in
                let function = a.values[0]
                let wrapper = PyBuiltin(name: (try? i.strOf(i.getAttribute(function, "__name__"))) ?? "helper") { i, args, kw in
                    .native(GeneratorContextManager(generator: try i.call(function, args, kw)))
                }
                return try i.updateWrapper(.builtin(wrapper), function)
            },
            fn("suppress", ["*exceptions"]) { _, a in .native(SuppressContext(a.varargs)) },
            fn("redirect_stdout", ["new_target", "/"]) { _, a in .native(RedirectContext(target: a.values[0], isError: false)) },
            fn("redirect_stderr", ["new_target", "/"]) { _, a in .native(RedirectContext(target: a.values[0], isError: true)) },
            fn("nullcontext", ["enter_result=None"]) { _, a in .native(NullContext(a.values[0])) },
            fn("closing", ["thing", "/"]) { _, a in .native(ClosingContext(a.values[0])) },
            ("ExitStack", .type(ExitStack.type)),
        ]
    }
}

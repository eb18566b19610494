import Foundation

/// Runs LabScript (a Python subset) with Python's semantics and printed output. One interpreter
/// is one session: a global namespace shared by every `execute` call.
///
/// How it works: `Compiler` resolves names once (ScopeAnalyzer: locals → frame slots, captured
/// variables → cells, globals → `GlobalVar` references) and turns the AST into a tree of Swift
/// closures; code runs on a thread with a 512 MB stack whose use is checked at every call, so
/// deep recursion ends in RecursionError. Generator functions run on their own threads, handing
/// control back and forth at each `yield`; generator expressions are lazy iterators. Values are
/// `Value`; Swift code plugs in through `NativeObject`, `NativeClass`, `Function` and
/// `NativeModule`.
public final class Interpreter {
    public struct Configuration {
        /// Seeds the `random` module.
        public var seed: UInt64 = 42
        public var argv: [String] = [""]
        /// Receives print() output and sys.stdout.write.
        public var stdout: (String) -> Void
        /// Receives print(file=sys.stderr) and sys.stderr.write.
        public var stderr: (String) -> Void
        /// Called with the text of a `%magic` or `!shell` line when it is reached.
        public var magicHandler: (String) -> Void
        public var recursionLimit: Int = 1000
        /// Lines for input(); nil means there is no stdin (input() raises EOFError).
        public var stdin: (() -> String?)?

        public init(seed: UInt64 = 42, argv: [String] = [""],
                    stdout: @escaping (String) -> Void = { SystemIO.write($0, to: STDOUT_FILENO) },
                    stderr: @escaping (String) -> Void = { SystemIO.write($0, to: STDERR_FILENO) },
                    magicHandler: @escaping (String) -> Void = { _ in },
                    recursionLimit: Int = 1000, stdin: (() -> String?)? = nil) {
            self.seed = seed
            self.argv = argv
            self.stdout = stdout
            self.stderr = stderr
            self.magicHandler = magicHandler
            self.recursionLimit = recursionLimit
            self.stdin = stdin
        }
    }

    public var configuration: Configuration
    /// Describes a native object for `help()` and `__doc__`, given the dotted name it is documented
    /// under (``qualifiedName(of:)``: `torch.Tensor.sum`); a host that adds modules sets it.
    public var documentationProvider: ((_ qualifiedName: String) -> String?)?
    /// The host's rendering of a traceback with its source lines, for the `traceback` module.
    public var tracebackRenderer: ((ScriptException) -> [String])?
    let globals = Globals()
    var builtins: [String: Value] = [:]
    /// Imported modules by full name.
    var modules: [String: PyModule] = [:]
    /// Modules that can be imported, built on first import.
    var moduleFactories: [String: (Interpreter) -> PyModule] = [:]
    /// Modules whose factory is running: a module written in the lab language may import its own
    /// package or submodules while it loads, as Python allows, without loading itself again.
    var modulesLoading: Set<String> = []
    /// State kept outside the global namespace that snapshots capture too (see `SessionState`).
    public internal(set) var sessionStates: [SessionState] = []
    /// How saved native objects are read back, by type name (see `NativePersistable`).
    var nativeDecoders: [String: NativeDecoder] = [:]
    var depth = 0
    var recursionLimit: Int
    /// Set from any thread by `requestInterrupt`; checked at safe points.
    let interruptFlag = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
    /// Exceptions being handled by enclosing `except` blocks (for bare `raise` and `__context__`).
    var handledExceptions: [PyException] = []
    /// The lowest stack address the current thread may use before RecursionError.
    var stackLimit: UInt = 0
    var random: MersenneTwister
    /// Format specs already parsed (see `parsedSpec`).
    var formatSpecs: [String: FormatSpec] = [:]
    /// Containers being printed (to show `[...]` for self-references).
    var reprInProgress = Set<ObjectIdentifier>()
    /// Files opened by the script, flushed and closed by `closeOpenFiles` at the end of a run.
    var openFiles: [WeakFile] = []
    /// `tempfile.TemporaryDirectory` objects, whose trees CPython's finalizers remove at exit.
    var temporaryDirectories: [WeakTemporaryDirectory] = []
    /// CPython 3.11's limit on decimal digits in int/str conversions (`sys.set_int_max_str_digits`; 0: none).
    var intMaxStrDigits = 4300

    static let executionStackSize = 512 << 20

    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
        self.recursionLimit = configuration.recursionLimit
        self.random = MersenneTwister(seed: configuration.seed)
        interruptFlag.initialize(to: false)
        installBuiltins()
        installStandardModules()
    }

    deinit { interruptFlag.deallocate() }

    /// Parses and runs `source` in the session's global namespace. When `displayLastExpression`
    /// is true and the last top-level statement is an expression, returns its value unless None.
    /// - Throws: `SyntaxError`, or `ScriptException` for an uncaught exception.
    public func execute(_ source: String, filename: String, firstLine: Int = 1,
                        displayLastExpression: Bool = false) throws -> Value? {
        let stmts = try Parser.parse(source, filename: filename, firstLine: firstLine)
        return try run(stmts, filename: filename, displayLastExpression: displayLastExpression)
    }

    /// Runs already-parsed statements (see `execute`).
    public func run(_ stmts: [Stmt], filename: String, displayLastExpression: Bool = false) throws -> Value? {
        globals.epoch += 1
        interruptFlag.pointee = false  // a Ctrl-C between runs does not interrupt the next one
        var body = stmts
        var last: Expr? = nil
        if displayLastExpression, let final = stmts.last, case .expr(let e) = final.kind {
            last = e
            body.removeLast()
            body.append(Stmt(.assign(targets: [Expr(.name(Interpreter.displayName), e.location)], value: e), final.location))
        }
        let compiler = Compiler(interpreter: self, module: stmts, filename: filename)
        let code = compiler.compileModule(body)
        let result: Value? = try onExecutionStack {
            let frame = Frame.make(code: code, closure: [])
            do {
                _ = try self.asFrame(code) { try code.body(frame) }
            } catch let e as PyException {
                throw self.scriptException(e)
            }
            guard last != nil else { return nil }
            let v = self.globals.variable(Interpreter.displayName)
            defer { v.value = nil }
            if let value = v.value, !value.isNone { return value }
            return nil
        }
        return result
    }

    static let displayName = "\u{1}display"

    /// The interpreter running script code, for hooks that cannot receive it (dict-key hashing).
    nonisolated(unsafe) static var running: Interpreter?

    /// Converts an uncaught exception for the caller; `depth` counts the exception groups it is in.
    /// - Parameter seen: the exceptions already in the report; a chain stops before repeating one,
    ///   as CPython's does.
    /// - Parameter caught: the exception is being handled, so its traceback ends where it was caught.
    func scriptException(_ e: PyException, depth: Int = 0, seen: [PyException] = [], caught: Bool = false) -> ScriptException {
        var message = (try? exceptionMessage(e)) ?? ""
        if let s = e.suggestion { message += ". Did you mean: '\(s)'?" }
        var notes: [String] = []
        if case .list(let l)? = e.attributes["__notes__"] {
            notes = l.items.compactMap { if case .str(let s) = $0 { return s } else { return nil } }
        }
        var exceptions: [ScriptException]?
        if e.cls.isSubclass(of: .baseExceptionGroup) {
            let members = depth < Interpreter.groupReportDepth ? (try? groupMembers(e)) ?? [] : []
            exceptions = members.compactMap { member in
                guard case .object(let m as PyException) = member else { return nil }
                return scriptException(m, depth: depth + 1)
            }
        }
        let frames = depth == 0 && seen.isEmpty && !caught ? e.frames : e.framesWhereCaught
        return ScriptException(typeName: e.cls.name, message: message, frames: frames,
                               exception: e, notes: notes, exceptions: exceptions, chain: chain(of: e, depth: depth, seen: seen + [e]))
    }

    /// The earlier exception CPython reports before `e`: its `__cause__`, else its `__context__`
    /// unless `__suppress_context__` is set; nil when that is absent or already in the report.
    private func chain(of e: PyException, depth: Int, seen: [PyException]) -> ScriptException.Chain? {
        if let cause = e.cause {
            if seen.contains(where: { $0 === cause }) { return nil }
            return .cause(scriptException(cause, depth: depth, seen: seen))
        }
        guard !e.suppressContext, let context = e.context, !seen.contains(where: { $0 === context }) else { return nil }
        return .context(scriptException(context, depth: depth, seen: seen))
    }

    /// How deep into nested exception groups an uncaught exception is reported: one level more
    /// than CPython prints (its `max_group_depth` is 10), so the report can say it stopped.
    static let groupReportDepth = 12

    /// Runs `body` on a thread with a large stack so deep recursion ends in RecursionError, not a crash.
    func onExecutionStack<T>(_ body: @escaping () throws -> T) throws -> T {
        if stackLimit != 0 { return try body() }
        var result: Result<T, Error>!
        let done = DispatchSemaphore(value: 0)
        // The thread's block outlives the call, so it holds the work only through this box,
        // emptied before returning: nothing of the session stays retained by the thread.
        let job = ThreadJob()
        job.run = { [unowned self] in
            var marker = 0
            let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            self.stackLimit = top - UInt(Interpreter.executionStackSize) + (8 << 20)
            let previous = Interpreter.running
            Interpreter.running = self
            result = Result { try body() }
            Interpreter.running = previous
            self.stackLimit = 0
        }
        let thread = Thread {
            job.run?()
            job.run = nil
            done.signal()
        }
        thread.stackSize = Interpreter.executionStackSize
        thread.start()
        done.wait()
        return try result.get()
    }

    /// Python's repr() of a value, calling natives' and classes' repr.
    public func repr(_ value: Value) -> String {
        (try? reprOf(value)) ?? "<unprintable \(value.typeName) object>"
    }

    public func global(_ name: String) -> Value? { globals.vars[name]?.value }

    public func setGlobal(_ name: String, _ value: Value) { globals.set(name, value) }

    public func deleteGlobal(_ name: String) { globals.vars[name]?.value = nil }

    /// Empties the session: every global and imported module is dropped. Functions defined by
    /// scripts refer back to the interpreter, so call this before discarding an interpreter
    /// whose memory should be reclaimed (e.g. a REPL `:reset`).
    public func reset() {
        globals.removeAll()
        modules.removeAll()
        handledExceptions.removeAll()
    }

    /// Bound global names in insertion order.
    public var globalNames: [String] { globals.names.filter { $0 != Interpreter.displayName } }

    /// Names of globals the last `execute` read before binding them (the values it depended on),
    /// and names it bound.
    public var lastAccess: (reads: Set<String>, binds: Set<String>) {
        var reads = Set<String>(), binds = Set<String>()
        for (name, v) in globals.vars where name != Interpreter.displayName {
            if v.readEpoch == globals.epoch { reads.insert(name) }
            if v.bindEpoch == globals.epoch { binds.insert(name) }
        }
        return (reads, binds)
    }

    /// Thread-safe: the running code raises KeyboardInterrupt at its next safe point.
    public func requestInterrupt() { interruptFlag.pointee = true }

    /// Whether an interrupt is pending; native code that cannot throw from its safe points polls this
    /// and then calls `checkInterrupt()`.
    public var isInterruptRequested: Bool { interruptFlag.pointee }

    /// Raises KeyboardInterrupt if an interrupt was requested. Native code calls this at its own
    /// safe points (per generated token, per minibatch).
    public func checkInterrupt() throws {
        if interruptFlag.pointee {
            interruptFlag.pointee = false
            throw PyException(.keyboardInterrupt, args: [])
        }
    }

    /// For native loops over user-sized data (sorting, min/max, big-int steps): counts `steps` and,
    /// every 65,536 of them, raises KeyboardInterrupt if Ctrl-C was pressed. Between checks it
    /// costs an increment and a mask test.
    @inline(__always)
    func pollInterrupt(_ steps: inout Int, every mask: Int = 0xFFFF) throws {
        steps &+= 1
        if steps & mask == 0, interruptFlag.pointee { try checkInterrupt() }
    }

    /// `checkInterrupt()` at a loop's back edge: the traceback names `location`, the last
    /// statement of the loop's body, as CPython's does.
    func checkInterrupt(at location: SourceLocation?) throws {
        do {
            try checkInterrupt()
        } catch let e as PyException {
            if let location { e.note(location) }
            throw e
        }
    }

    /// Makes a native module importable under its name.
    public func register(module: NativeModule) {
        moduleFactories[module.name] = { _ in PyModule(native: module) }
        modules[module.name] = nil
    }

    /// Makes a module importable, built on first import.
    public func register(moduleNamed name: String, _ factory: @escaping (Interpreter) -> NativeModule) {
        moduleFactories[name] = { interp in PyModule(native: factory(interp)) }
    }

    /// Names of the modules scripts can import.
    public var availableModules: [String] { moduleFactories.keys.sorted() }
}

/// Work handed to a thread, released as soon as it has run.
final class ThreadJob {
    var run: (() -> Void)?
}

import CCoroutine

/// A generator object. Its body runs as a coroutine on the interpreter's own thread: a small stack
/// of its own (allocated on the first `next`), switched to at each resume and away from at each
/// `yield`, so a generator can suspend anywhere in the compiled closures without an OS thread.
/// A generator dropped while suspended is closed (GeneratorExit is raised at its `yield`, running
/// its `finally` blocks).
public final class PyGenerator: PyObject {
    let channel: GeneratorChannel
    let code: CodeObject
    public var name: String { code.name }

    init(frame: Frame, interpreter: Interpreter) {
        channel = GeneratorChannel(frame: frame, interpreter: interpreter)
        code = frame.code
        frame.generator = channel
    }

    deinit { channel.close() }

    public override var pyType: PyType { .generator }

    /// The next yielded value, or nil when the generator is exhausted.
    func next() throws -> Value? { try channel.resume(sending: .none, throwing: nil) }
    func send(_ v: Value) throws -> Value? { try channel.resume(sending: v, throwing: nil) }
    func throwIn(_ e: PyException) throws -> Value? { try channel.resume(sending: .none, throwing: e) }
    var returnValue: Value { channel.returnValue }
}

final class GeneratorChannel {
    enum State { case notStarted, suspended, running, finished }
    enum Outcome { case yielded(Value), returned, failed(Error) }

    /// Virtual size of a generator's stack (as the main execution stack, room for the recursion
    /// limit); only the pages it touches use memory.
    static let stackSize = 16 << 20
    /// Room left below the stack check for native code called from the generator.
    static let stackMargin: UInt = 1 << 20

    /// Unchecked, as in compiled code (see `Compiler`): a generator runs only inside its interpreter.
    private unowned(unsafe) let interpreter: Interpreter
    private var frame: Frame?
    private var coroutine: OpaquePointer?
    private var state = State.notStarted
    private var incoming: Value = .none
    private var incomingError: PyException?
    private var outcome = Outcome.returned
    private var closing = false
    private var stackLimit: UInt = 0
    /// The resumer's call depth and stack limit, restored when control comes back to it.
    private var callerDepth = 0
    private var callerStackLimit: UInt = 0
    private(set) var returnValue: Value = .none
    /// The line of the `yield` the generator waits at; nil before it starts.
    private(set) var suspendedLine: Int?
    /// The iterator a `yield from` is delegating to, while it does (`gi_yieldfrom`).
    var delegate: Value?
    /// The frame object handed out by `gi_frame`, so that it is the same object each time.
    weak var frameObject: PyFrameObject?

    var isRunning: Bool { state == .running }
    var isSuspended: Bool { state == .suspended }
    /// The generator's frame until it finishes.
    var liveFrame: Frame? { state == .finished ? nil : frame }

    init(frame: Frame, interpreter: Interpreter) {
        self.frame = frame
        self.interpreter = interpreter
    }

    deinit {
        if let coroutine { lr_coroutine_destroy(coroutine) }
    }

    func resume(sending value: Value, throwing error: PyException?) throws -> Value? {
        switch state {
        case .finished:
            if let e = error { throw e }
            return nil
        case .running:
            throw PyException.valueError("generator already executing")
        case .notStarted:
            if !value.isNone { throw PyException.typeError("can't send non-None value to a just-started generator") }
            if let e = error {
                finish()
                throw e
            }
            try start()
        case .suspended: break
        }
        incoming = value
        incomingError = error
        switchIn()
        switch outcome {
        case .yielded(let v):
            state = .suspended
            return v
        case .returned:
            finish()
            return nil
        case .failed(let e):
            finish()
            throw e
        }
    }

    private func start() throws {
        let context = Unmanaged.passUnretained(self).toOpaque()
        guard let c = lr_coroutine_create(GeneratorChannel.stackSize, { context in
            Unmanaged<GeneratorChannel>.fromOpaque(context!).takeUnretainedValue().runBody()
        }, context) else { throw PyException(.memoryError, "cannot allocate a generator") }
        coroutine = c
    }

    /// Runs the generator until it yields or ends; the caller's depth and stack limit survive.
    private func switchIn() {
        callerDepth = interpreter.depth
        callerStackLimit = interpreter.stackLimit
        state = .running
        if lr_coroutine_resume(coroutine) != 0 {
            outcome = .failed(PyException(.memoryError, "cannot allocate a generator's stack"))
        }
        interpreter.depth = callerDepth
        interpreter.stackLimit = callerStackLimit
    }

    private func finish() {
        state = .finished
        frame = nil
        if let coroutine, lr_coroutine_finished(coroutine) != 0 || lr_coroutine_stack_low(coroutine) == 0 {
            lr_coroutine_destroy(coroutine)
            self.coroutine = nil
        }
    }

    /// Entered on the generator's own stack.
    private func enterStack() {
        stackLimit = UInt(lr_coroutine_stack_low(coroutine)) + GeneratorChannel.stackMargin
        interpreter.stackLimit = stackLimit
        interpreter.depth = callerDepth + 1
    }

    private func runBody() {
        enterStack()
        guard let frame = frame else { return }
        let code = frame.code
        do {
            if let e = incomingError {
                incomingError = nil
                throw e
            }
            _ = try interpreter.asFrame(code) {
                do { return try code.body(frame) } catch let e as PyException where e.cls.isSubclass(of: .stopIteration) {
                    let error = PyException.runtimeError("generator raised StopIteration")
                    error.cause = e
                    error.pendingLocation = e.pendingLocation
                    throw error
                }
            }
            returnValue = frame.returnValue
            outcome = .returned
        } catch let e as PyException where closing && e.cls === PyType.generatorExit {
            outcome = .returned
        } catch {
            outcome = .failed(error)
        }
    }

    /// Called by `yield` on the generator's stack: hands `value` out and waits to be resumed.
    func yield(_ value: Value, line: Int) throws -> Value {
        if closing { throw PyException(.generatorExit, args: []) }
        suspendedLine = line
        outcome = .yielded(value)
        lr_coroutine_suspend(coroutine)
        interpreter.stackLimit = stackLimit
        interpreter.depth = callerDepth + 1
        if let e = incomingError {
            incomingError = nil
            throw e
        }
        return incoming
    }

    /// Ends a suspended generator by raising GeneratorExit inside it.
    func close() {
        if state == .notStarted { finish() }
        guard state == .suspended else { return }
        closing = true
        incomingError = PyException(.generatorExit, args: [])
        switchIn()
        finish()
    }
}

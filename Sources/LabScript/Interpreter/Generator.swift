import Foundation

/// A generator object. Its body runs on its own thread, handing control back and forth with
/// semaphores, so a generator can suspend anywhere in the tree-walking evaluator. Exactly one
/// side runs at a time. A generator dropped while suspended is closed (GeneratorExit is raised
/// at its `yield`, running its `finally` blocks) and its thread ends.
public final class PyGenerator: PyObject {
    let channel: GeneratorChannel
    public let name: String

    init(frame: Frame, interpreter: Interpreter) {
        channel = GeneratorChannel(frame: frame, interpreter: interpreter)
        name = frame.code.name
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

    static let stackSize = 16 << 20

    private unowned let interpreter: Interpreter
    private var frame: Frame?
    private let resumeSignal = DispatchSemaphore(value: 0)
    private let yieldSignal = DispatchSemaphore(value: 0)
    private var state = State.notStarted
    private var incoming: Value = .none
    private var incomingError: PyException?
    private var outcome = Outcome.returned
    private var closing = false
    private var threadStackLimit: UInt = 0
    private(set) var returnValue: Value = .none

    init(frame: Frame, interpreter: Interpreter) {
        self.frame = frame
        self.interpreter = interpreter
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
                state = .finished
                frame = nil
                throw e
            }
        case .suspended: break
        }
        incoming = value
        incomingError = error
        let savedLimit = interpreter.stackLimit
        let wasStarted = state != .notStarted
        state = .running
        if wasStarted { resumeSignal.signal() } else { startThread() }
        yieldSignal.wait()
        interpreter.stackLimit = savedLimit
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

    private func finish() {
        state = .finished
        frame = nil
    }

    private func startThread() {
        let thread = Thread { [self] in
            var marker = 0
            let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            threadStackLimit = top - UInt(GeneratorChannel.stackSize) + (1 << 20)
            interpreter.stackLimit = threadStackLimit
            runBody()
            yieldSignal.signal()
        }
        thread.stackSize = GeneratorChannel.stackSize
        thread.start()
    }

    private func runBody() {
        guard let frame = frame else { return }
        let code = frame.code
        interpreter.depth += 1
        defer { interpreter.depth -= 1 }
        do {
            _ = try code.body(frame)
            returnValue = frame.returnValue
            outcome = .returned
        } catch let e as PyException {
            if closing && e.cls === PyType.generatorExit {
                outcome = .returned
                return
            }
            var error = e
            if e.cls.isSubclass(of: .stopIteration) {
                error = PyException.runtimeError("generator raised StopIteration")
                error.cause = e
            }
            error.unwoundFrames.append(TracebackFrame(filename: code.filename, function: code.name,
                                                      location: error.pendingLocation ?? code.location))
            error.pendingLocation = nil
            outcome = .failed(error)
        } catch {
            outcome = .failed(error)
        }
    }

    /// Called by `yield` on the generator's thread: hands `value` out and waits to be resumed.
    func yield(_ value: Value) throws -> Value {
        if closing { throw PyException(.generatorExit, args: []) }
        outcome = .yielded(value)
        yieldSignal.signal()
        resumeSignal.wait()
        interpreter.stackLimit = threadStackLimit
        if let e = incomingError {
            incomingError = nil
            throw e
        }
        return incoming
    }

    /// Ends a suspended generator by raising GeneratorExit inside it.
    func close() {
        guard state == .suspended else { return }
        closing = true
        let savedLimit = interpreter.stackLimit
        incomingError = PyException(.generatorExit, args: [])
        state = .running
        resumeSignal.signal()
        yieldSignal.wait()
        interpreter.stackLimit = savedLimit
        finish()
    }
}

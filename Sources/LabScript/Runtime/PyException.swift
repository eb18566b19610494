import Collections

/// A raised Python exception object. It is also the Swift error thrown through the interpreter.
public final class PyException: PyObject, Error {
    public let cls: PyType
    public var args: [Value]
    public var attributes: OrderedDictionary<String, Value> = [:]
    /// Frames the exception has unwound through, innermost first.
    var unwoundFrames: [TracebackFrame] = []
    /// Location of the failing expression in the frame the exception is currently leaving.
    var pendingLocation: SourceLocation?
    /// The frame whose handler caught the exception, until it leaves that frame again: the last
    /// line of its traceback when it is shown inside an exception group.
    var caughtFrame: TracebackFrame?
    /// True for a group that `except*` made from what its clauses raised: as in CPython, its
    /// traceback starts in the caller of the frame that raises it.
    var startsTracebackInCaller = false
    public var cause: PyException?
    public var context: PyException?
    public var suppressContext = false
    /// CPython's "Did you mean" name for NameError and AttributeError, shown when uncaught.
    public var suggestion: String?

    public init(_ cls: PyType, args: [Value]) {
        self.cls = cls
        self.args = args
    }

    public convenience init(_ cls: PyType, _ message: String) {
        self.init(cls, args: [.str(message)])
    }

    public override var pyType: PyType { cls }

    /// Traceback frames, outermost first.
    public var frames: [TracebackFrame] { unwoundFrames.reversed() }

    /// Notes that a handler in the frame of `code` caught the exception.
    func noteCaught(in code: CodeObject) {
        if startsTracebackInCaller { return }
        caughtFrame = TracebackFrame(filename: code.filename, function: code.name, location: pendingLocation ?? code.location)
    }

    /// The traceback as it stood where the exception was last caught, outermost first.
    var framesWhereCaught: [TracebackFrame] { (caughtFrame.map { [$0] } ?? []) + frames }

    /// Gives this exception the traceback of `other`, as `except*` does for the parts of a group.
    func copyTraceback(of other: PyException) {
        unwoundFrames = other.unwoundFrames
        pendingLocation = other.pendingLocation
        caughtFrame = other.caughtFrame
    }

    /// Records where the exception happened in the current frame, unless a more precise
    /// (inner) expression already did.
    @inline(__always) func note(_ location: SourceLocation) {
        if pendingLocation == nil { pendingLocation = location }
    }

    public static func typeError(_ m: String) -> PyException { PyException(.typeError, m) }
    public static func valueError(_ m: String) -> PyException { PyException(.valueError, m) }
    public static func indexError(_ m: String) -> PyException { PyException(.indexError, m) }
    public static func keyError(_ key: Value) -> PyException { PyException(.keyError, args: [key]) }
    public static func attributeError(_ m: String) -> PyException { PyException(.attributeError, m) }
    public static func zeroDivision(_ m: String) -> PyException { PyException(.zeroDivisionError, m) }
    public static func overflow(_ m: String) -> PyException { PyException(.overflowError, m) }
    public static func runtimeError(_ m: String) -> PyException { PyException(.runtimeError, m) }
    public static func nameError(_ m: String) -> PyException { PyException(.nameError, m) }
    public static func memoryError() -> PyException { PyException(.memoryError, args: []) }
    public static func stopIteration(_ value: Value? = nil) -> PyException {
        PyException(.stopIteration, args: value.map { [$0] } ?? [])
    }
}

/// One line of a Python traceback.
public struct TracebackFrame: Sendable {
    public let filename: String
    public let function: String
    public let location: SourceLocation
    public init(filename: String, function: String, location: SourceLocation) {
        self.filename = filename
        self.function = function
        self.location = location
    }
}

/// An exception that escaped `Interpreter.execute`.
public struct ScriptException: Error, CustomStringConvertible {
    public let typeName: String
    public let message: String
    /// Outermost first, as Python prints them.
    public let frames: [TracebackFrame]
    /// The exception object, for callers that want to inspect it.
    public let exception: PyException
    /// Notes added to the exception (`add_note`), printed after the exception line.
    public let notes: [String]
    /// For an exception group, its exceptions, each with the traceback it had where it was
    /// caught (none beyond `Interpreter.groupReportDepth` levels of nesting); nil for others.
    public let exceptions: [ScriptException]?
    /// The exception this one was raised from (`__cause__`) or while handling (`__context__`,
    /// unless `__suppress_context__`), each shown first in CPython's report; nil when neither.
    public let chain: Chain?

    /// An earlier exception in the report and how it led to this one.
    public indirect enum Chain {
        /// `raise ... from earlier`: "The above exception was the direct cause of the following exception:"
        case cause(ScriptException)
        /// Raised while `earlier` was handled: "During handling of the above exception, another exception occurred:"
        case context(ScriptException)
    }

    /// The class as a traceback names it: with its module unless built in (`struct.error`).
    public var qualifiedTypeName: String {
        let module = exception.cls.module
        return module == "builtins" || module == "__main__" ? typeName : "\(module).\(typeName)"
    }

    public var exceptionLine: String { message.isEmpty ? qualifiedTypeName : "\(qualifiedTypeName): \(message)" }
    public var description: String { exceptionLine }

    /// The report without source lines: the chain, each frame's heading, the exception's lines.
    public static func plainLines(_ e: ScriptException) -> [String] {
        var lines: [String] = []
        switch e.chain {
        case .cause(let earlier)?:
            lines = plainLines(earlier) + ["", "The above exception was the direct cause of the following exception:", ""]
        case .context(let earlier)?:
            lines = plainLines(earlier) + ["", "During handling of the above exception, another exception occurred:", ""]
        case nil: break
        }
        if !e.frames.isEmpty {
            lines.append("Traceback (most recent call last):")
            lines += e.frames.map { "  File \"\($0.filename)\", line \($0.location.line), in \($0.function)" }
        }
        return lines + [e.exceptionLine] + e.notes
    }
}

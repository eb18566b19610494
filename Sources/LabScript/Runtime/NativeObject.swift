/// The protocol through which Swift code exposes objects to scripts (tensors, models,
/// tokenizers...). Every requirement has a default, so a type implements only what it supports;
/// a missing capability raises the TypeError or AttributeError Python would.
///
/// Methods and properties are usually declared once on a `NativeClass` (returned by `pyClass`);
/// the interpreter finds them there and binds them to the object before asking `getAttribute`.
///
/// Where a requirement returns `Value?`, nil means "not supported"; return `Value.none` (spelled
/// out: a bare `.none` is Optional's nil there) for Python's None.
public protocol NativeObject: AnyObject {
    /// The object's class: `type(x)`, `isinstance`, and where methods are looked up.
    var pyClass: PyType { get }

    /// An attribute not found among the class's methods and properties; nil means AttributeError.
    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value?
    /// Assigns an attribute; return false to raise AttributeError.
    func setAttribute(_ name: String, _ value: Value, _ interpreter: Interpreter) throws -> Bool
    /// `x[index]`. `index` is exactly what the script wrote: an int, a slice, a tuple of both...
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value?
    /// `x[index] = value`; return false when unsupported.
    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool
    /// `iter(x)`: returns the next element or nil when exhausted; nil when not iterable.
    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)?
    /// `len(x)`, or nil when the object has no length.
    func length(_ interpreter: Interpreter) throws -> Int?
    /// `repr(x)`.
    func repr(_ interpreter: Interpreter) throws -> String
    /// `str(x)`; defaults to `repr`.
    func str(_ interpreter: Interpreter) throws -> String
    /// `self op other` (or `other op self` when `reflected`); nil means NotImplemented.
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value?
    /// `-x`, `+x`, `~x`; nil when unsupported.
    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value?
    /// Rich comparison; nil means NotImplemented (`==` then falls back to identity).
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value?
    /// `bool(x)`; nil uses `len` when available, else True.
    func truthiness(_ interpreter: Interpreter) throws -> Bool?
    /// `x(...)` for callable objects (models, tokenizers); nil when not callable.
    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value?
    var isCallable: Bool { get }
    /// `with x as y:` returns y. The default raises TypeError (not a context manager).
    func enter(_ interpreter: Interpreter) throws -> Value
    /// Leaves a `with` block; `exception` is the active exception, if any. Return true to suppress it.
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool
    /// `hash(x)`; nil hashes by identity.
    func hashValue() -> Int?
    /// Names for `dir(x)` and tab completion, besides the class's methods.
    var attributeNames: [String] { get }
    /// Bumped whenever the object's state changes (the REPL's stale tracking).
    var version: Int { get }
    /// A deep copy for snapshots. Copy-on-write storage makes this cheap; `copier` keeps aliasing
    /// (use `copier.copy(value)` for values the object holds). Defaults to sharing `self`.
    func snapshot(_ copier: DeepCopier) -> NativeObject
}

public extension NativeObject {
    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? { nil }
    func setAttribute(_ name: String, _ value: Value, _ interpreter: Interpreter) throws -> Bool { false }
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? { nil }
    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool { false }
    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? { nil }
    func length(_ interpreter: Interpreter) throws -> Int? { nil }
    func repr(_ interpreter: Interpreter) throws -> String {
        "<\(pyClass.qualifiedName) object at \(Format.address(of: self))>"
    }
    func str(_ interpreter: Interpreter) throws -> String { try repr(interpreter) }
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? { nil }
    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? { nil }
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? { nil }
    func truthiness(_ interpreter: Interpreter) throws -> Bool? { nil }
    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? { nil }
    var isCallable: Bool { false }
    func enter(_ interpreter: Interpreter) throws -> Value {
        throw PyException.typeError("'\(pyClass.name)' object does not support the context manager protocol")
    }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool { false }
    func hashValue() -> Int? { nil }
    var attributeNames: [String] { [] }
    var version: Int { 0 }
    func snapshot(_ copier: DeepCopier) -> NativeObject { self }
}

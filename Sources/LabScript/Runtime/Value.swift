import BigInt

/// A LabScript (Python) value.
///
/// Immutable scalars are stored inline; mutable containers and everything with identity are
/// reference types, so `is`, `id()` and aliasing behave as in Python. Ints stay in `Int` and
/// overflow into `BigInt`; a `.bigint` payload never fits in `Int`.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case bigint(BigInt)
    case float(Double)
    case str(String)
    case tuple([Value])
    case list(PyList)
    case dict(PyDict)
    case set(PySet)
    case function(PyFunction)
    case builtin(PyBuiltin)
    case type(PyType)
    case object(PyObject)
    case native(NativeObject)
}

extension Value {
    /// Makes an int value from a BigInt, using the `Int` fast path when it fits.
    public init(_ big: BigInt) {
        if let small = Int(exactly: big) { self = .int(small) } else { self = .bigint(big) }
    }

    public static let emptyTuple = Value.tuple([])

    /// The value's class.
    public var pyType: PyType {
        switch self {
        case .none: return PyType.noneType
        case .bool: return PyType.bool
        case .int, .bigint: return PyType.int
        case .float: return PyType.float
        case .str: return PyType.str
        case .tuple: return PyType.tuple
        case .list(let l): return l.subtype ?? PyType.list
        case .dict(let d): return d.subtype ?? PyType.dict
        case .set(let s): return s.subtype ?? (s.isFrozen ? PyType.frozenset : PyType.set)
        case .function: return PyType.function
        case .builtin(let b): return b.isMethod && b.boundSelf == nil ? PyType.methodDescriptor : PyType.builtinFunction
        case .type(let t): return t.metaclass ?? PyType.type
        case .object(let o): return o.pyType
        case .native(let n): return n.pyClass
        }
    }

    /// The type's name as CPython's messages give it (`PyType.messageName`).
    public var typeName: String { pyType.messageName }

    public var isNone: Bool { if case .none = self { return true } else { return false } }
    public var isBool: Bool { if case .bool = self { return true } else { return false } }

    /// The object identity used by `is` and `id()`, or nil for inline values.
    var identity: ObjectIdentifier? {
        switch self {
        case .list(let o): return ObjectIdentifier(o)
        case .dict(let o): return ObjectIdentifier(o)
        case .set(let o): return ObjectIdentifier(o)
        case .function(let o): return ObjectIdentifier(o)
        case .builtin(let o): return ObjectIdentifier(o)
        case .type(let o): return ObjectIdentifier(o)
        case .object(let o): return ObjectIdentifier(o)
        case .native(let o): return ObjectIdentifier(o)
        default: return nil
        }
    }

    /// Python's `is`.
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b && a >= -5 && a <= 256
        case (.str(let a), .str(let b)): return a.utf8.count <= 1 && a.hasSameCodePoints(as: b)
        case (.tuple(let a), .tuple(let b)): return a.isEmpty && b.isEmpty
        default:
            if let x = identity, let y = other.identity { return x == y }
            return false
        }
    }

    /// The value as an Int when it is an int or bool that fits.
    var asInt: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyInstance): return o.builtinValue?.asInt
        default: return nil
        }
    }

    /// The value as a BigInt when it is an int or bool.
    var asBigInt: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bigint(let b): return b
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyInstance): return o.builtinValue?.asBigInt
        default: return nil
        }
    }

    /// The value as a Double for int, bool and float.
    var asDouble: Double? {
        switch self {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .bigint(let b): return b.nearestDouble
        case .object(let o as PyInstance): return o.builtinValue?.asDouble
        default: return nil
        }
    }

    var isIntLike: Bool {
        switch self {
        case .int, .bigint, .bool: return true
        default: return false
        }
    }
}

/// Base class of reference objects that are not one of the built-in container cases.
open class PyObject {
    public init() {}
    /// The object's class.
    open var pyType: PyType { PyType.object }
}

/// A mutable cell holding a variable captured by a closure.
public final class Cell {
    public var value: Value?
    public init(_ value: Value? = nil) { self.value = value }
}

import Collections
import Foundation

/// A module: a namespace of attributes.
public final class PyModule: PyObject {
    public let name: String
    public var dict: OrderedDictionary<String, Value> = [:]
    public init(name: String) { self.name = name }
    convenience init(native: NativeModule) {
        self.init(name: native.name)
        for (k, v) in native.members { dict[k] = v }
    }
    public override var pyType: PyType { .module }
}

/// An instance of a class defined by a `class` statement.
public final class PyInstance: PyObject {
    public let cls: PyType
    /// For an instance of a subclass of int, float, str, tuple or bytes: the built-in value it
    /// carries (always of the base type itself, never another such instance).
    public let builtinValue: Value?
    public var dict: OrderedDictionary<String, Value> = [:] {
        didSet {
            version &+= 1
            if hasDictView { dictViewChanged() }
        }
    }
    public private(set) var version = 0
    /// The dict handed out as `obj.__dict__` / `vars(obj)` while it is alive: writes to either
    /// side show in the other.
    private weak var dictView: PyDict?
    private var hasDictView = false
    private var syncing = false
    public init(cls: PyType, builtinValue: Value? = nil) {
        self.cls = cls
        self.builtinValue = builtinValue
    }

    /// `obj.__dict__`: a live dict of the instance's attributes.
    public var dictProxy: PyDict {
        if let view = dictView { return view }
        let view = PyDict()
        for (k, v) in dict { view.storage[HashKey(string: k)] = v }
        view.instanceOwner = self
        dictView = view
        hasDictView = true
        return view
    }

    private func dictViewChanged() {
        guard !syncing else { return }
        guard let view = dictView else {
            hasDictView = false
            return
        }
        syncing = true
        defer { syncing = false }
        var storage = OrderedDictionary<HashKey, Value>()
        for (k, v) in dict { storage[HashKey(string: k)] = v }
        view.storage = storage
    }

    /// Called when the `__dict__` view is written to.
    func viewChanged(_ storage: OrderedDictionary<HashKey, Value>) {
        guard !syncing else { return }
        syncing = true
        defer { syncing = false }
        var attributes = OrderedDictionary<String, Value>()
        for (k, v) in storage { if case .str(let name) = k.value { attributes[name] = v } }
        dict = attributes
    }

    deinit {
        guard dict.values.contains(where: { $0.isContainer }) else { return }
        var values = Array(dict.values)
        dict.removeAll()
        ReleaseQueue.release(&values)
    }
    public override var pyType: PyType { cls }
}

/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(_ start: Int, _ stop: Int, _ step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    public override var pyType: PyType { .range }
    /// The number of elements, computed without overflow (it can exceed Int.max, see `count`).
    public var exactCount: UInt {
        let distance: UInt
        if step > 0 {
            guard start < stop else { return 0 }
            distance = UInt(bitPattern: stop &- start)
        } else {
            guard start > stop else { return 0 }
            distance = UInt(bitPattern: start &- stop)
        }
        return (distance - 1) / step.magnitude + 1
    }
    /// The number of elements; the range constructor refuses ranges longer than Int.max.
    public var count: Int { Int(clamping: exactCount) }
    /// Element `i` (0 <= i < count); wrapping arithmetic, since only the intermediate product can overflow.
    public func element(_ i: Int) -> Int { start &+ i &* step }
}

/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(_ start: Value, _ stop: Value, _ step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    public override var pyType: PyType { .slice }
}

/// A function bound to its instance (`obj.method`).
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value
    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
    public override var pyType: PyType { .method }
}

/// `staticmethod(f)`, `classmethod(f)` and `property(fget, fset)` wrappers in class bodies.
public final class PyDescriptor: PyObject {
    public enum Kind { case staticMethod, classMethod, property }
    public let kind: Kind
    public let function: Value
    public var setter: Value?
    /// A property's `fdel`.
    public var deleter: Value?
    public init(_ kind: Kind, _ function: Value, setter: Value? = nil, deleter: Value? = nil) {
        self.kind = kind
        self.function = function
        self.setter = setter
        self.deleter = deleter
    }
    public override var pyType: PyType {
        switch kind {
        case .staticMethod: return .staticmethod
        case .classMethod: return .classmethod
        case .property: return .property
        }
    }
}

/// `super()` bound to a class and an instance.
public final class PySuper: PyObject {
    public let cls: PyType
    public let receiver: Value
    public init(cls: PyType, receiver: Value) {
        self.cls = cls
        self.receiver = receiver
    }
    public override var pyType: PyType { .superType }
}

/// Singletons without a Value case of their own.
public final class PySingleton: PyObject {
    public let name: String
    private let type: PyType
    init(_ name: String, _ type: PyType) {
        self.name = name
        self.type = type
    }
    public override var pyType: PyType { type }
    public static let ellipsis = PySingleton("Ellipsis", .ellipsis)
    public static let notImplemented = PySingleton("NotImplemented", .notImplementedType)
}

/// An immutable byte string (only what `str.encode` / `bytes.decode` need).
/// A `bytes` or, when `isMutable`, a `bytearray`: one type so the two share every method.
public final class PyBytes: PyObject {
    public internal(set) var bytes: [UInt8]
    /// True for a bytearray (mutable and unhashable).
    public let isMutable: Bool
    /// Live memoryviews over it: a bytearray cannot change size while there are any.
    var exports = 0
    public init(_ bytes: [UInt8], mutable: Bool = false) {
        self.bytes = bytes
        self.isMutable = mutable
    }
    public override var pyType: PyType { isMutable ? .bytearray : .bytes }
}

/// A live view of a dict's keys, values or items.
public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind
    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }
    public override var pyType: PyType {
        switch kind {
        case .keys: return .dictKeys
        case .values: return .dictValues
        case .items: return .dictItems
        }
    }
    func element(_ key: HashKey, _ value: Value) -> Value {
        switch kind {
        case .keys: return key.value
        case .values: return value
        case .items: return .tuple([key.value, value])
        }
    }
}

/// An iterator implemented in Swift: list/str/range iterators, map, zip, enumerate, genexprs...
public final class PyIterator: PyObject {
    private let nextElement: () throws -> Value?
    private let type: PyType
    private var exhausted = false
    public init(type: PyType, _ next: @escaping () throws -> Value?) {
        self.type = type
        self.nextElement = next
    }
    public override var pyType: PyType { type }
    /// Whether `next` has been called (a generator expression refuses a non-None `send` before).
    public private(set) var started = false
    /// Ends the iteration: `close()` or `throw()` on a generator expression.
    public func finish() { exhausted = true }
    /// The next element, or nil once exhausted (and forever after).
    public func next() throws -> Value? {
        started = true
        if exhausted { return nil }
        if let v = try nextElement() { return v }
        exhausted = true
        return nil
    }
    static let listIterator = PyType.builtinType("list_iterator")
    static let tupleIterator = PyType.builtinType("tuple_iterator")
    static let strIterator = PyType.builtinType("str_ascii_iterator")
    static let rangeIterator = PyType.builtinType("range_iterator")
    static let setIterator = PyType.builtinType("set_iterator")
    static let dictKeyIterator = PyType.builtinType("dict_keyiterator")
    static let callableIterator = PyType.builtinType("callable_iterator")
    static let generic = PyType.builtinType("iterator")
}


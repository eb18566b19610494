import Collections

/// Bumped whenever any class's attributes change; per-site caches of class look-ups (see
/// `AttributeSite`) are valid while it stays the same. A class's MRO never changes.
nonisolated(unsafe) var classAttributesEpoch = 0

/// A class: built-in (int, list, ValueError...), defined by a `class` statement, or exposed by
/// native code. Attribute lookup walks `mro`.
public final class PyType {
    public let name: String
    public var module: String
    public private(set) var bases: [PyType]
    public private(set) var mro: [PyType] = []
    /// Class attributes and methods, in definition order.
    public var dict: OrderedDictionary<String, Value> = [:] { didSet { classAttributesEpoch &+= 1 } }
    /// Creates instances when the class is called (`int("3")`, `ValueError("x")`). User classes leave
    /// it nil and are instantiated through `__init__`.
    var constructor: ((Interpreter, [Value], [(String, Value)]) throws -> Value)?
    /// True for classes made by a `class` statement.
    public let isUserDefined: Bool
    public private(set) var isException = false
    /// Computed attributes of native classes.
    var properties: [String: Property] = [:]
    /// A native class's constructor parameters as declared, for `help()`'s signature line.
    public internal(set) var constructorParameters: [String]?
    /// Bumped when a class attribute changes.
    public var version = 0
    /// The attribute names instances may have when every class in the MRO declares `__slots__`;
    /// nil when instances have a `__dict__`.
    public internal(set) var slots: Set<String>?
    var specialMethodsCache: SpecialMethods?
    /// The class's metaclass when it is not `type` (enum's `EnumType`): `iter(cls)`, `len(cls)`,
    /// `cls[k]`, `k in cls`, `cls(...)`, `repr(cls)` and class attributes then go to its methods.
    public internal(set) var metaclass: PyType?
    /// For a native metaclass: filters each name a class body binds (enum's `auto()`), given the
    /// bases; nil leaves the body's names as they are.
    var namespaceFilter: ((Interpreter, [PyType]) -> (String, Value) throws -> Value)?
    /// For a native metaclass: builds a class from its name, bases, body namespace and keywords.
    var classBuilder: ((Interpreter, String, [PyType], [(String, Value)], [(String, Value)]) throws -> PyType)?
    var specialMethodsEpoch = -1
    /// `userGetattribute`'s cache and the classes-attributes epoch it was found at.
    var getattributeCache: Value?
    var getattributeEpoch = -1
    /// For an ABC: the classes `register` made its virtual subclasses.
    var registeredSubclasses: [PyType] = []
    /// For a one-method ABC (`Iterable`): the methods a class must define to count as a subclass.
    var requiredMethods: [String]?
    /// For a native ABC: its abstract methods, which a concrete subclass must override.
    var nativeAbstractMethods: Set<String> = []
    /// See `TypeLink`; made on first use.
    var linkStorage: TypeLink?

    public init(name: String, bases: [PyType], module: String = "builtins", isUserDefined: Bool = false) {
        self.name = name
        self.module = module
        self.bases = bases
        self.isUserDefined = isUserDefined
        self.mro = PyType.linearize(self, bases)
        self.isException = (!isUserDefined && name == "BaseException") || bases.contains { $0.isException }
    }

    deinit { clearLink() }

    /// The name CPython's messages give this class: its C type's `tp_name`. That is the dotted
    /// name for the classes standard modules implement in C ('collections.deque',
    /// 'datetime.date', 'itertools.chain') and the plain name for everything else.
    public var messageName: String {
        guard !isUserDefined, module != "builtins", module != "__main__" else { return name }
        let dotted = module + "." + name
        return module == "itertools" || module == "datetime" || PyType.dottedMessageNames.contains(dotted) ? dotted : name
    }

    /// The C-implemented classes of modules where others are written in Python.
    private static let dottedMessageNames: Set<String> = [
        "collections.deque", "collections.OrderedDict", "collections.defaultdict", "functools.partial",
        "re.Pattern", "re.Match", "_io.StringIO", "_io.BytesIO", "_io.TextIOWrapper", "_io.BufferedReader",
        "_io.BufferedWriter", "_io.BufferedRandom", "_io.FileIO", "decimal.Decimal", "_csv.reader", "_csv.writer",
    ]

    private init(root name: String) {
        self.name = name
        self.module = "builtins"
        self.bases = []
        self.isUserDefined = false
        self.mro = [self]
    }

    /// C3 linearization; falls back to depth-first order for inconsistent hierarchies.
    private static func linearize(_ type: PyType, _ bases: [PyType]) -> [PyType] {
        var sequences = bases.map { $0.mro } + [bases]
        var result: [PyType] = [type]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            guard let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                !sequences.contains { seq in seq.dropFirst().contains { $0 === candidate } }
            }) else {
                for b in bases { for t in b.mro where !result.contains(where: { $0 === t }) { result.append(t) } }
                return result
            }
            result.append(head)
            sequences = sequences.map { $0.first === head ? Array($0.dropFirst()) : $0 }
        }
    }

    /// Finds an attribute along the MRO.
    public func lookup(_ name: String) -> Value? {
        for t in mro { if let v = t.dict[name] { return v } }
        return nil
    }

    /// Finds a native property along the MRO.
    func lookupProperty(_ name: String) -> Property? {
        for t in mro { if let p = t.properties[name] { return p } }
        return nil
    }

    /// `issubclass(self, other)`.
    public func isSubclass(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    public var qualifiedName: String { module == "builtins" ? name : "\(module).\(name)" }
}

extension PyType {
    public static let object = PyType(root: "object")
    fileprivate static let baseExceptionRoot = PyType(name: "BaseException", bases: [object])

    static func builtinType(_ name: String, _ base: PyType = object) -> PyType { PyType(name: name, bases: [base]) }

    public static let type = builtinType("type")
    public static let noneType = builtinType("NoneType")
    public static let int = builtinType("int")
    public static let bool = builtinType("bool", int)
    public static let float = builtinType("float")
    public static let str = builtinType("str")
    public static let bytes = builtinType("bytes")
    public static let bytearray = builtinType("bytearray")
    public static let tuple = builtinType("tuple")
    public static let list = builtinType("list")
    public static let dict = builtinType("dict")
    public static let set = builtinType("set")
    public static let frozenset = builtinType("frozenset")
    public static let range = builtinType("range")
    public static let slice = builtinType("slice")
    public static let function = builtinType("function")
    public static let builtinFunction = builtinType("builtin_function_or_method")
    public static let method = builtinType("method")
    public static let methodDescriptor = builtinType("method_descriptor")
    public static let module = builtinType("module")
    public static let generator = builtinType("generator")
    public static let unionType = PyType(name: "UnionType", bases: [object], module: "types")
    public static let cell = builtinType("cell")
    public static let ellipsis = builtinType("ellipsis")
    public static let notImplementedType = builtinType("NotImplementedType")
    public static let property = builtinType("property")
    public static let staticmethod = builtinType("staticmethod")
    public static let classmethod = builtinType("classmethod")
    public static let superType = builtinType("super")
    public static let textFile = PyType(name: "TextIOWrapper", bases: [textIOBase], module: "_io")
    public static let dictKeys = builtinType("dict_keys")
    public static let dictValues = builtinType("dict_values")
    public static let dictItems = builtinType("dict_items")
    public static let enumerate = builtinType("enumerate")
    public static let zip = builtinType("zip")
    public static let map = builtinType("map")
    public static let filter = builtinType("filter")
    public static let reversed = builtinType("reversed")

    // Exceptions, following CPython's hierarchy.
    public static let baseException = baseExceptionRoot
    public static let exception = builtinType("Exception", baseException)
    public static let systemExit = builtinType("SystemExit", baseException)
    public static let keyboardInterrupt = builtinType("KeyboardInterrupt", baseException)
    public static let generatorExit = builtinType("GeneratorExit", baseException)
    public static let arithmeticError = builtinType("ArithmeticError", exception)
    public static let zeroDivisionError = builtinType("ZeroDivisionError", arithmeticError)
    public static let overflowError = builtinType("OverflowError", arithmeticError)
    public static let floatingPointError = builtinType("FloatingPointError", arithmeticError)
    public static let assertionError = builtinType("AssertionError", exception)
    public static let attributeError = builtinType("AttributeError", exception)
    public static let bufferError = builtinType("BufferError", exception)
    public static let eofError = builtinType("EOFError", exception)
    public static let importError = builtinType("ImportError", exception)
    public static let moduleNotFoundError = builtinType("ModuleNotFoundError", importError)
    public static let lookupError = builtinType("LookupError", exception)
    public static let indexError = builtinType("IndexError", lookupError)
    public static let keyError = builtinType("KeyError", lookupError)
    public static let memoryError = builtinType("MemoryError", exception)
    public static let nameError = builtinType("NameError", exception)
    public static let unboundLocalError = builtinType("UnboundLocalError", nameError)
    public static let osError = builtinType("OSError", exception)
    public static let fileNotFoundError = builtinType("FileNotFoundError", osError)
    public static let fileExistsError = builtinType("FileExistsError", osError)
    public static let isADirectoryError = builtinType("IsADirectoryError", osError)
    public static let notADirectoryError = builtinType("NotADirectoryError", osError)
    public static let permissionError = builtinType("PermissionError", osError)
    public static let timeoutError = builtinType("TimeoutError", osError)
    public static let runtimeError = builtinType("RuntimeError", exception)
    public static let notImplementedError = builtinType("NotImplementedError", runtimeError)
    public static let recursionError = builtinType("RecursionError", runtimeError)
    public static let stopIteration = builtinType("StopIteration", exception)
    public static let stopAsyncIteration = builtinType("StopAsyncIteration", exception)
    public static let syntaxError = builtinType("SyntaxError", exception)
    public static let indentationError = builtinType("IndentationError", syntaxError)
    public static let tabError = builtinType("TabError", indentationError)
    public static let systemError = builtinType("SystemError", exception)
    public static let typeError = builtinType("TypeError", exception)
    public static let valueError = builtinType("ValueError", exception)
    public static let unicodeError = builtinType("UnicodeError", valueError)
    public static let unicodeDecodeError = builtinType("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = builtinType("UnicodeEncodeError", unicodeError)
    public static let referenceError = builtinType("ReferenceError", exception)
    public static let warning = builtinType("Warning", exception)
    public static let userWarning = builtinType("UserWarning", warning)
    public static let deprecationWarning = builtinType("DeprecationWarning", warning)
    public static let runtimeWarning = builtinType("RuntimeWarning", warning)
    public static let futureWarning = builtinType("FutureWarning", warning)

    /// Every built-in exception class, exposed as builtins.
    public static let allExceptions: [PyType] = [
        baseException, exception, systemExit, keyboardInterrupt, generatorExit, arithmeticError,
        zeroDivisionError, overflowError, floatingPointError, assertionError, attributeError, bufferError,
        eofError, importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError,
        nameError, unboundLocalError, osError, fileNotFoundError, fileExistsError, isADirectoryError,
        notADirectoryError, permissionError, timeoutError, runtimeError, notImplementedError,
        recursionError, stopIteration, stopAsyncIteration, syntaxError, indentationError, tabError,
        systemError, typeError, valueError, unicodeError, unicodeDecodeError, unicodeEncodeError,
        referenceError, warning, userWarning, deprecationWarning, runtimeWarning, futureWarning,
        baseExceptionGroup, exceptionGroup,
    ]
}

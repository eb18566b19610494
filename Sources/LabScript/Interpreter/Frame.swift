import Collections

/// Control flow out of a statement.
enum Flow { case normal, breakLoop, continueLoop, returned }

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Flow
typealias Store = (Frame, Value) throws -> Void

/// A compiled function body (or module, class body, comprehension).
final class CodeObject {
    let name: String
    var qualname: String
    let filename: String
    let location: SourceLocation
    let signature: Signature
    /// Names of the local slots; parameters come first in signature order.
    let slotNames: [String]
    /// Cell variables this code creates, then free variables it receives from its closure.
    let cellNames: [String]
    let freeNames: [String]
    /// For each parameter that is a cell variable: (parameter slot, cell index).
    let cellParameters: [(Int, Int)]
    let isGenerator: Bool
    /// The number of arguments a call binds by position alone, straight into the first slots:
    /// the parameter count when every parameter is positional (no `*args`, `**kwargs` or
    /// keyword-only ones), else -1.
    let positionalArity: Int
    var docstring: Value = .none
    /// `co_firstlineno`: the line of the first decorator, else of the definition.
    lazy var firstLineNumber = location.line
    var body: Exec = { _ in .normal }

    init(name: String, qualname: String, filename: String, location: SourceLocation, signature: Signature,
         slotNames: [String], cellNames: [String], freeNames: [String], cellParameters: [(Int, Int)], isGenerator: Bool) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.location = location
        self.signature = signature
        self.slotNames = slotNames
        self.cellNames = cellNames
        self.freeNames = freeNames
        self.cellParameters = cellParameters
        self.isGenerator = isGenerator
        let simple = signature.varargs == nil && signature.kwargs == nil && signature.positionalCount == signature.names.count
        self.positionalArity = simple ? signature.names.count : -1
    }
}

/// The fields of one activation record; its local slots are tail-allocated after them.
struct FrameFields {
    let code: CodeObject
    let slotCount: Int
    var cells: [Cell]
    var returnValue: Value = .none
    /// The running function (for zero-argument `super()`).
    var function: PyFunction?
    /// The namespace of a class body being executed.
    var classNamespace: OrderedDictionary<String, Value>?
    /// What a native metaclass makes of each name the class body binds (see `PyType.namespaceFilter`).
    var classNamespaceFilter: ((String, Value) throws -> Value)?
    /// The generator this frame runs in, if any.
    var generator: GeneratorChannel?
}

/// The activation record of one call: its fields, then `slotCount` local slots (nil = unbound),
/// in one allocation.
final class Frame: ManagedBuffer<FrameFields, Value?> {
    /// A frame for running `code`, with fresh cells for its cell variables followed by `closure`.
    static func make(code: CodeObject, closure: [Cell]) -> Frame {
        let count = code.slotNames.count
        let cells = code.cellNames.isEmpty ? closure : code.cellNames.map { _ in Cell() } + closure
        let frame = unsafeDowncast(create(minimumCapacity: max(count, 1)) { _ in
            FrameFields(code: code, slotCount: count, cells: cells)
        }, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: count) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { fields, slots in _ = slots.deinitialize(count: fields.pointee.slotCount) }
    }

    /// The local slots; valid while the frame lives.
    var slots: UnsafeMutablePointer<Value?> { withUnsafeMutablePointerToElements { $0 } }
    var code: CodeObject { header.code }
    var slotCount: Int { header.slotCount }
    var cells: [Cell] {
        get { header.cells }
        set { header.cells = newValue }
    }
    var returnValue: Value {
        get { header.returnValue }
        set { header.returnValue = newValue }
    }
    var function: PyFunction? {
        get { header.function }
        set { header.function = newValue }
    }
    var classNamespace: OrderedDictionary<String, Value>? {
        get { header.classNamespace }
        _modify { yield &header.classNamespace }
    }
    var classNamespaceFilter: ((String, Value) throws -> Value)? {
        get { header.classNamespaceFilter }
        set { header.classNamespaceFilter = newValue }
    }
    var generator: GeneratorChannel? {
        get { header.generator }
        set { header.generator = newValue }
    }
}

/// A function defined by `def` or `lambda`.
public final class PyFunction {
    let code: CodeObject
    /// One default per signature name (nil = required).
    var defaults: [Value?]
    let closure: [Cell]
    public var attributes: OrderedDictionary<String, Value> = [:]
    /// The class whose body defined this function (for `super()`), not kept alive by it.
    var definingClass: PyType? {
        get { definingClassLink?.type }
        set { definingClassLink = newValue?.link }
    }
    private var definingClassLink: TypeLink?

    init(code: CodeObject, defaults: [Value?], closure: [Cell]) {
        self.code = code
        self.defaults = defaults
        self.closure = closure
    }

    public var name: String { code.name }
    public var qualname: String { code.qualname }
}

/// One global variable of the session. Compiled code holds these directly, so a global access
/// is a pointer dereference, not a dictionary lookup.
final class GlobalVar {
    let name: String
    var value: Value? {
        didSet {
            guard let g = globals else { return }
            bindEpoch = g.epoch
            if oldValue == nil && value != nil { order = g.takeOrder() }
        }
    }
    var readEpoch = -1
    var bindEpoch = -1
    /// Set when the name is bound in insertion order (Python dict order of globals()).
    var order = 0
    unowned(unsafe) var globals: Globals?
    init(name: String) { self.name = name }
}

/// The session's global namespace.
final class Globals {
    private(set) var vars: [String: GlobalVar] = [:]
    var epoch = 0
    private var nextOrder = 0

    func variable(_ name: String) -> GlobalVar {
        if let v = vars[name] { return v }
        let v = GlobalVar(name: name)
        v.globals = self
        vars[name] = v
        return v
    }

    func set(_ name: String, _ value: Value?) { variable(name).value = value }

    /// Unbinds every global (compiled code keeps its GlobalVar references valid).
    func removeAll() {
        for v in vars.values { v.value = nil }
    }

    func takeOrder() -> Int {
        nextOrder += 1
        return nextOrder
    }

    /// Bound names in the order they were first bound.
    var names: [String] {
        vars.values.filter { $0.value != nil }.sorted { $0.order < $1.order }.map { $0.name }
    }
}

import Foundation

/// A computed attribute of a native class (`tensor.shape`), optionally settable.
public struct Property {
    public let name: String
    let get: (Value, Interpreter) throws -> Value
    let set: ((Value, Value, Interpreter) throws -> Void)?

    public init(_ name: String, get: @escaping (Value, Interpreter) throws -> Value,
                set: ((Value, Value, Interpreter) throws -> Void)? = nil) {
        self.name = name
        self.get = get
        self.set = set
    }
}

/// A class implemented in Swift. Calling it runs `constructor`; its methods, properties and
/// static functions are found by attribute lookup on instances and on the class.
public final class NativeClass {
    public let type: PyType

    public init(_ name: String, module: String, base: PyType = .object, constructor: Function? = nil,
                methods: [Function] = [], properties: [Property] = [], staticMethods: [Function] = [],
                attributes: [String: Value] = [:]) {
        type = PyType(name: name, bases: [base], module: module)
        for p in properties { type.properties[p.name] = p }
        for m in methods { type.dict[m.name] = .builtin(m.makeBuiltin(owner: name, isMethod: true, module: module)) }
        for f in staticMethods { type.dict[f.name] = .builtin(f.makeBuiltin(owner: name, isMethod: false, module: module)) }
        for (k, v) in attributes { type.dict[k] = v }
        NativeClass.register(type)
        if let c = constructor {
            type.constructorParameters = c.params
            let builtin = c.makeBuiltin(owner: nil, isMethod: false)
            type.constructor = { interp, args, kw in try builtin.call(interp, args, kw) }
        }
    }

    public var value: Value { .type(type) }

    /// Every native class made so far, in order: what a documentation check walks besides the
    /// modules, since many classes are reached only through values (a loaded tokenizer's class).
    public static var all: [PyType] {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return registry.types
    }

    private final class Registry {
        let lock = NSLock()
        var types: [PyType] = []
    }
    private static let registry = Registry()

    private static func register(_ type: PyType) {
        registry.lock.lock()
        registry.types.append(type)
        registry.lock.unlock()
    }
}

/// A module implemented in Swift, registered with `Interpreter.register(module:)` and imported
/// by name (dotted names such as `torch.nn.functional` are supported).
public struct NativeModule {
    public let name: String
    public var members: [(String, Value)]

    public init(_ name: String, functions: [Function] = [], classes: [NativeClass] = [],
                constants: [(String, Value)] = [], submodules: [NativeModule] = []) {
        self.name = name
        members = functions.map { ($0.name, .builtin($0.makeBuiltin(owner: nil, isMethod: false, module: name))) }
        members += classes.map { ($0.type.name, $0.value) }
        members += constants
        // A function given as a constant (`Function(...).value`) belongs to this module too.
        for case (_, .builtin(let b)) in constants where b.module == nil && b.boundSelf == nil { b.module = name }
        for sub in submodules {
            let short = sub.name.split(separator: ".").last.map(String.init) ?? sub.name
            members.append((short, .object(PyModule(native: sub))))
        }
    }
}

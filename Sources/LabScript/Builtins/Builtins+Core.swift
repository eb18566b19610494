import Foundation

extension Interpreter {
    func installBuiltins() {
        _ = Interpreter.methodsInstalled
        installNumberBuiltins()
        installIterationBuiltins()
        installObjectBuiltins()
        installIOBuiltins()
        installTypeConstructors()
        installEvalBuiltins()
        installHelp()
        let types: [PyType] = [.int, .float, .str, .bool, .list, .tuple, .dict, .set, .frozenset, .range, .slice,
                               .type, .object, .bytes, .bytearray, .enumerate, .zip, .map, .filter, .reversed, .property,
                               .staticmethod, .classmethod, .superType]
        for t in types { builtins[t.name] = .type(t) }
        builtins["complex"] = .type(ComplexValue.type)
        builtins["memoryview"] = .type(MemoryView.type)
        for e in PyType.allExceptions {
            builtins[e.name] = .type(e)
            e.constructor = e.isSubclass(of: .baseExceptionGroup) ? { i, args, kw in try i.makeExceptionGroup(e, args, kw) }
                : { _, args, _ in .object(PyException(e, args: args)) }
        }
        builtins["EnvironmentError"] = .type(.osError)
        builtins["IOError"] = .type(.osError)
        builtins["None"] = Value.none
        builtins["True"] = .bool(true)
        builtins["False"] = .bool(false)
        builtins["Ellipsis"] = .object(PySingleton.ellipsis)
        builtins["NotImplemented"] = .object(PySingleton.notImplemented)
        builtins["__name__"] = .str("__main__")
        for name in ["exit", "quit"] {
            builtins[name] = Builtins.function(name, ["code=None"]) { _, a in
                throw PyException(.systemExit, args: a.values[0].isNone ? [] : [a.values[0]])
            }
        }
        for case .builtin(let b) in builtins.values where b.module == nil { b.module = "builtins" }
    }

    /// Methods of built-in types live on the shared type objects; install them once per process.
    static let methodsInstalled: Void = {
        installStringMethods()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installTupleMethods()
        installNumberMethods()
        installMiscMethods()
        installBytesMethods()
        installSliceMethods()
    }()

    /// Writes `text` to a file-like value: sys.stdout/stderr, an open file, or anything with `write`.
    func write(_ text: String, to file: Value) throws {
        switch file {
        case .none:
            // print() writes to whatever sys.stdout now is (a lab may assign it; None drops the text).
            guard let current = modules["sys"]?.dict["stdout"] else { return configuration.stdout(text) }
            if current.isNone { return }
            if case .object(let s as PyStream) = current { return s.write(text, self) }
            try write(text, to: current)
        case .object(let s as PyStream): s.write(text, self)
        case .object(let f as PyFile): try fileWrite(f, text)
        default: _ = try callMethod(file, "write", [.str(text)], [])
        }
    }

    private func installIOBuiltins() {
        builtins["print"] = Builtins.function("print", ["*args", "sep=None", "end=None", "file=None", "flush=False"]) { i, a in
            func text(_ v: Value, _ name: String, _ def: String) throws -> String {
                if v.isNone { return def }
                guard case .str(let s) = v else { throw PyException.typeError("\(name) must be None or a string, not \(v.typeName)") }
                return s
            }
            let sep = try text(a.values[0], "sep", " "), end = try text(a.values[1], "end", "\n")
            let text = try a.varargs.map { try i.strOf($0) }.joined(separator: sep) + end
            try i.write(text, to: a.values[2])
            return .none
        }
        builtins["input"] = Builtins.function("input", ["prompt=''", "/"]) { i, a in
            let prompt = try i.strOf(a.values[0])
            if !prompt.isEmpty { i.configuration.stdout(prompt) }
            guard let line = i.configuration.stdin?() else { throw PyException(.eofError, "EOF when reading a line") }
            return .str(line.hasSuffix("\n") ? String(line.dropLast()) : line)
        }
        builtins["open"] = Builtins.function("open", ["file", "mode='r'", "buffering=-1", "encoding=None", "errors=None", "newline=None"]) { i, a in
            try i.openFile(try i.openPath(a.values[0]), mode: try a.values[1].string("open() argument 'mode'"),
                           newline: a.values[5], encoding: a.values[3], errors: a.values[4])
        }
    }

    private func installObjectBuiltins() {
        builtins["len"] = Builtins.function("len", ["obj", "/"]) { i, a in .int(try i.length(a.values[0])) }
        builtins["repr"] = Builtins.function("repr", ["obj", "/"]) { i, a in .str(try i.reprOf(a.values[0])) }
        builtins["ascii"] = Builtins.function("ascii", ["obj", "/"]) { i, a in .str(Format.asciiEscaped(try i.reprOf(a.values[0]))) }
        builtins["format"] = Builtins.function("format", ["value", "format_spec=''", "/"]) { i, a in
            .str(try i.format(a.values[0], try a.values[1].string("format() argument 2")))
        }
        builtins["isinstance"] = Builtins.function("isinstance", ["obj", "class_or_tuple", "/"]) { i, a in
            .bool(try i.isInstance(a.values[0], a.values[1], "isinstance"))
        }
        builtins["issubclass"] = Builtins.function("issubclass", ["cls", "class_or_tuple", "/"]) { i, a in
            guard case .type(let t) = a.values[0] else { throw PyException.typeError("issubclass() arg 1 must be a class") }
            return .bool(try i.classMatches(t, a.values[1], "issubclass"))
        }
        builtins["hasattr"] = Builtins.function("hasattr", ["obj", "name", "/"]) { i, a in
            let name = try a.values[1].string("attribute name")
            do { return .bool(try i.lookupAttribute(a.values[0], name) != nil) } catch let e as PyException where e.cls.isSubclass(of: .attributeError) { return .bool(false) }
        }
        builtins["getattr"] = Builtins.function("getattr", ["obj", "name", "default=None", "/"]) { i, a in
            let name = try a.values[1].string("attribute name")
            // With a default, an AttributeError from `__getattr__` gives the default too.
            do {
                if let v = try i.lookupAttribute(a.values[0], name) { return v }
            } catch let e as PyException where e.cls.isSubclass(of: .attributeError) && a.wasPassed(2) {
                return a.values[2]
            }
            if a.values[2].isNone && !a.wasPassed(2) { throw i.attributeError(a.values[0], name) }
            return a.values[2]
        }
        builtins["setattr"] = Builtins.function("setattr", ["obj", "name", "value", "/"]) { i, a in
            try i.setAttribute(a.values[0], try a.values[1].string("attribute name"), a.values[2])
            return .none
        }
        builtins["delattr"] = Builtins.function("delattr", ["obj", "name", "/"]) { i, a in
            try i.deleteAttribute(a.values[0], try a.values[1].string("attribute name"))
            return .none
        }
        builtins["id"] = Builtins.function("id", ["obj", "/"]) { i, a in .int(i.identityNumber(a.values[0])) }
        builtins["hash"] = Builtins.function("hash", ["obj", "/"]) { i, a in .int(try i.hashOf(a.values[0])) }
        builtins["callable"] = Builtins.function("callable", ["obj", "/"]) { i, a in .bool(i.isCallableValue(a.values[0])) }
        builtins["dir"] = Builtins.function("dir", ["obj=None", "/"]) { i, a in
            if a.values[0].isNone && !a.wasPassed(0) { return .list(PyList(i.globalNames.sorted().map { .str($0) })) }
            let obj = a.values[0]
            var custom: Value?
            if case .object(let inst as PyInstance) = obj { custom = inst.cls.lookup("__dir__") }
            if case .type(let t) = obj { custom = t.metaclass?.lookup("__dir__") }
            if let custom {
                return .list(PyList(try i.iterateToArray(i.callMethodValue(custom, receiver: obj, [])).sorted { try i.lessThan($0, $1) }))
            }
            return .list(PyList(i.attributeNames(obj).map { .str($0) }))
        }
        builtins["vars"] = Builtins.function("vars", ["obj=None", "/"]) { i, a in
            if a.values[0].isNone && !a.wasPassed(0) { return i.globalsDict() }
            guard let d = try i.lookupAttribute(a.values[0], "__dict__") else {
                throw PyException.typeError("vars() argument must have __dict__ attribute")
            }
            return d
        }
        builtins["globals"] = Builtins.function("globals", []) { i, _ in i.globalsDict() }
        builtins["locals"] = Builtins.function("locals", []) { i, _ in i.globalsDict() }
    }

    func globalsDict() -> Value {
        let d = PyDict()
        for name in globalNames { d[string: name] = global(name) }
        return .dict(d)
    }

    /// A stable number for `id()`.
    func identityNumber(_ v: Value) -> Int {
        if let id = v.identity { return Int(bitPattern: UInt(bitPattern: id.hashValue)) & 0x7FFF_FFFF_FFFF }
        return ((try? Hashing.hash(v)) ?? 0) & 0x7FFF_FFFF_FFFF | 0x1000_0000
    }

    func hashOf(_ v: Value) throws -> Int {
        if case .object(let inst as PyInstance) = v {
            if let m = inst.cls.lookup("__hash__") {
                if m.isNone { throw PyException.typeError("unhashable type: '\(inst.cls.name)'") }
                return try intArgument(callMethodValue(m, receiver: v, []))
            }
            if inst.cls.lookup("__eq__") != nil { throw PyException.typeError("unhashable type: '\(inst.cls.name)'") }
        }
        return try Hashing.hash(v)
    }

    func isInstance(_ obj: Value, _ spec: Value, _ fn: String) throws -> Bool {
        return try classMatches(obj.isBool ? .bool : obj.pyType, spec, fn, instance: obj)
    }

    /// - Parameter instance: the object `isinstance` asks about (a protocol looks at its attributes).
    func classMatches(_ t: PyType, _ spec: Value, _ fn: String, instance: Value? = nil) throws -> Bool {
        switch spec {
        case .type(let c):
            if let stand = try typingCheckClass(c, fn) { return try classMatches(t, .type(stand), fn, instance: instance) }
            if let answer = try protocolCheck(c, cls: t, instance: instance) { return answer }
            if t.isSubclass(of: c) { return true }
            if let check = c.metaclass?.lookup("__subclasscheck__") { return try truthy(callMethodValue(check, receiver: spec, [.type(t)])) }
            return t.isSubclass(of: c)
        case .object(let u as PyUnion): return u.members.contains { t.isSubclass(of: $0) }
        case .native(let alias as GenericAlias): throw parameterizedGenericCheckError(alias, fn)
        case .tuple(let items):
            for item in items where try classMatches(t, item, fn, instance: instance) { return true }
            return false
        default:
            throw PyException.typeError("\(fn)() arg 2 must be a type, a tuple of types, or a union")
        }
    }
}

extension Interpreter {
    /// `callable(v)`.
    func isCallableValue(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .type: return true
        case .object(let o as PyInstance): return o.cls.lookup("__call__") != nil
        case .object(let o): return o is PyBoundMethod
        case .native(let n): return n.isCallable || n.pyClass.lookup("__call__") != nil
        default: return false
        }
    }
}

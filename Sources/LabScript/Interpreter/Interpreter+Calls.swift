import Foundation

extension Interpreter {
    /// Calls any callable value.
    public func call(_ callee: Value, _ args: [Value], _ keywords: [(String, Value)] = []) throws -> Value {
        switch callee {
        case .function(let f): return try callFunction(f, args, keywords)
        case .builtin(let b):
            if b.boundSelf == nil, let owner = b.ownerType { try checkDescriptorReceiver(b, owner, args) }
            return try callBuiltin(b, args, keywords)
        case .type(let t):
            if let meta = t.metaclass, let m = meta.lookup("__call__") { return try call(bindAttribute(m, to: callee, cls: meta), args, keywords) }
            return try instantiate(t, args, keywords)
        case .native(let n):
            if let r = try n.call(args, keywords, self) { return r }
            if case .builtin(let b)? = n.pyClass.lookup("__call__") { return try callBuiltin(b, [callee] + args, keywords) }
        case .object(let m as PyBoundMethod):
            if case .function(let f) = m.function { return try callFunction(f, [m.receiver] + args, keywords) }
            return try call(m.function, [m.receiver] + args, keywords)
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__call__") {
                return try call(bindAttribute(m, to: callee, cls: inst.cls), args, keywords)
            }
        case .object(let d as PyDescriptor) where d.kind == .staticMethod:
            return try call(d.function, args, keywords)
        default: break
        }
        throw PyException.typeError("'\(callee.typeName)' object is not callable")
    }

    /// `str.upper(x)`: a built-in type's method called unbound needs an instance of that type
    /// first, with CPython's messages.
    private func checkDescriptorReceiver(_ b: PyBuiltin, _ owner: PyType, _ args: [Value]) throws {
        guard let receiver = args.first else {
            throw PyException.typeError("unbound method \(b.qualname)() needs an argument")
        }
        let type = receiver.pyType
        if type === owner || type.isSubclass(of: owner) { return }
        throw PyException.typeError("descriptor '\(b.name)' for '\(owner.name)' objects doesn't apply to a '\(type.name)' object")
    }

    /// Calls Swift code, turning stray Swift errors into RuntimeError.
    func callBuiltin(_ b: PyBuiltin, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        do {
            return try b.call(self, args, keywords)
        } catch let e as PyException {
            throw e
        } catch let e as ScriptException {
            throw e.exception
        } catch {
            throw PyException.runtimeError("\(error)")
        }
    }

    /// Raises RecursionError when the Swift stack is nearly used up.
    @inline(__always) func checkStack() throws {
        var marker = 0
        let sp = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if sp < stackLimit { throw PyException(.recursionError, "maximum recursion depth exceeded") }
    }

    /// Calls a script-defined function.
    func callFunction(_ f: PyFunction, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        if interruptFlag.pointee { try checkInterrupt() }
        if depth >= recursionLimit { throw PyException(.recursionError, "maximum recursion depth exceeded") }
        try checkStack()
        let code = f.code
        let frame = Frame.make(code: code, closure: f.closure)
        frame.function = f
        try bindArguments(f, frame, args, keywords)
        return try run(f, frame)
    }

    /// Calls `f` with `count` positional arguments that `argument(slots, i)` evaluates straight
    /// into slot i of its new frame, without an argument array; `count` must equal
    /// `f.code.positionalArity`. Errors from the arguments propagate unchanged; the call's own
    /// pass through `note`, as a call site notes them.
    @inline(__always)
    func callFunctionDirect(_ f: PyFunction, count: Int, note: (PyException) -> Void,
                            _ argument: (UnsafeMutablePointer<Value?>, Int) throws -> Void) throws -> Value {
        let code = f.code
        let frame = Frame.make(code: code, closure: f.closure)
        let slots = frame.slots
        for i in 0..<count { try argument(slots, i) }
        do {
            if interruptFlag.pointee { try checkInterrupt() }
            if depth >= recursionLimit { throw PyException(.recursionError, "maximum recursion depth exceeded") }
            try checkStack()
            frame.function = f
            for (slot, cell) in code.cellParameters {
                frame.cells[cell].value = slots[slot]
                slots[slot] = nil
            }
            return try run(f, frame)
        } catch let e as PyException {
            note(e)
            throw e
        }
    }

    /// Runs `f`'s body in `frame`, whose arguments are bound (or makes its generator).
    private func run(_ f: PyFunction, _ frame: Frame) throws -> Value {
        let code = f.code
        if code.isGenerator { return .object(PyGenerator(frame: frame, interpreter: self)) }
        depth += 1
        defer { depth -= 1 }
        _ = try asFrame(code) { try code.body(frame) }
        return frame.returnValue
    }

    private func bindArguments(_ f: PyFunction, _ frame: Frame, _ args: [Value], _ keywords: [(String, Value)]) throws {
        let code = f.code
        let sig = code.signature
        let slots = frame.slots
        if keywords.isEmpty && sig.varargs == nil && sig.kwargs == nil && sig.positionalCount == sig.names.count && args.count <= sig.names.count {
            for i in 0..<args.count { slots[i] = args[i] }
            if args.count < sig.names.count {
                for i in args.count..<sig.names.count {
                    guard let d = f.defaults[i] else {
                        _ = try sig.bind(args, keywords, defaults: f.defaults, function: code.qualname)
                        return
                    }
                    slots[i] = d
                }
            }
        } else {
            let bound = try sig.bind(args, keywords, defaults: f.defaults, function: code.qualname)
            for (i, v) in bound.values.enumerated() { slots[i] = v }
            var next = sig.names.count
            if sig.varargs != nil {
                slots[next] = .tuple(bound.varargs)
                next += 1
            }
            if sig.kwargs != nil { slots[next] = .dict(PyDict(bound.kwargs)) }
        }
        for (slot, cell) in code.cellParameters {
            frame.cells[cell].value = slots[slot]
            slots[slot] = nil
        }
    }

    /// An instance of a class deriving from list or dict: the container itself, tagged with the
    /// class, so every list/dict operation works on it and the class adds methods.
    private func instantiateContainerSubclass(_ t: PyType, base: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        let obj: Value
        if base === PyType.list {
            let l = PyList()
            l.subtype = t
            l.attributes = [:]
            obj = .list(l)
        } else if base.isSubclass(of: .dict) {
            let d = PyDict()
            d.subtype = t
            d.attributes = [:]
            obj = .dict(d)
        } else {
            let s = PySet(frozen: base === PyType.frozenset)
            s.subtype = t
            s.attributes = [:]
            obj = .set(s)
        }
        if case .function? = t.lookup("__init__") {
            let r = try call(bindAttribute(t.lookup("__init__")!, to: obj, cls: t), args, keywords)
            if !r.isNone { throw PyException.typeError("__init__() should return None, not '\(r.typeName)'") }
        } else {
            try initializeContainer(obj, args, keywords)
        }
        return obj
    }

    /// `list.__init__` / `dict.__init__` on an existing container.
    func initializeContainer(_ obj: Value, _ args: [Value], _ keywords: [(String, Value)]) throws {
        switch obj {
        case .list(let l):
            l.items = try args.first.map { try iterateToArray($0) } ?? []
        case .dict(let d) where isCounter(d):
            if args.count > 1 { throw PyException.typeError("expected at most 1 argument, got \(args.count)") }
            if let source = args.first { try counterUpdate(d, source, sign: 1) }
            if !keywords.isEmpty {
                let counts = PyDict()
                for (k, v) in keywords { counts[string: k] = v }
                try counterUpdate(d, .dict(counts), sign: 1)
            }
        case .dict(let d):
            var args = args[...]
            if d.subtype?.isSubclass(of: Interpreter.defaultdictType) == true, let factory = args.popFirst() {
                try setDefaultFactory(d, factory)
            }
            if let source = args.first { try updateDict(d, source) }
            for (k, v) in keywords { d[string: k] = v }
        case .set(let s):
            if let source = args.first { for item in try iterateToArray(source) { try s.add(item) } }
        default: break
        }
    }

    /// Calls a class: built-in constructors, native classes, and `class` statements (`__init__`).
    func instantiate(_ t: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        if !t.isUserDefined {
            guard let make = t.constructor else {
                // Exception classes of the standard modules (StatisticsError, FrozenInstanceError…).
                if t.isException { return .object(PyException(t, args: args)) }
                throw PyException.typeError("cannot create '\(t.qualifiedName)' instances")
            }
            do { return try make(self, args, keywords) } catch let e as PyException { throw e } catch { throw PyException.runtimeError("\(error)") }
        }
        if t.isSubclass(of: .type) { return try instantiateMetaclass(t, args, keywords) }
        try checkInstantiable(t)
        if let created = try callUserNew(t, args, keywords) {
            // As in CPython, __init__ runs only when __new__ returns an instance of the class.
            guard created.pyType.isSubclass(of: t) else { return created }
            return try initialize(created, t, args, keywords)
        }
        let obj: Value
        if t.isException {
            obj = .object(PyException(t, args: args))
        } else if let base = t.mro.first(where: { !$0.isUserDefined && $0 !== PyType.object }), base.constructor != nil,
                  !(base === PyType.tuple && t.lookup("_fields") != nil) {
            if base.isValueBase { return try instantiateValueSubclass(t, base: base, args, keywords) }
            guard base === PyType.list || base === PyType.dict || base === PyType.set || base === PyType.frozenset
                    || Interpreter.dictSubclassesOfCollections.contains(where: { $0 === base }) else {
                throw PyException.typeError("subclassing built-in type '\(base.name)' is not supported yet")
            }
            return try instantiateContainerSubclass(t, base: base, args, keywords)
        } else {
            obj = .object(PyInstance(cls: t))
        }
        return try initialize(obj, t, args, keywords)
    }

    /// Runs `__init__` on a new instance of `t`.
    private func initialize(_ obj: Value, _ t: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        if let initializer = t.specialMethods.initializer {
            let r: Value
            if case .function(let f) = initializer {
                r = try callFunction(f, [obj] + args, keywords)
            } else {
                r = try call(bindAttribute(initializer, to: obj, cls: t), args, keywords)
            }
            if !r.isNone { throw PyException.typeError("__init__() should return None, not '\(r.typeName)'") }
        } else if !t.isException && (!args.isEmpty || !keywords.isEmpty) && t.specialMethods.userNew == nil {
            throw PyException.typeError("\(t.name)() takes no arguments")
        }
        return obj
    }
}

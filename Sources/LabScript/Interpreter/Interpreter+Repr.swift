import Foundation

extension Interpreter {
    /// `repr(v)`.
    func reprOf(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigint(let b): return try decimalString(b)
        case .float(let d): return Format.floatRepr(d)
        case .str(let s): return Format.stringRepr(s)
        case .tuple(let t):
            if t.count == 1 { return "(" + (try reprOf(t[0])) + ",)" }
            return "(" + (try t.map(reprOf).joined(separator: ", ")) + ")"
        case .list(let l):
            if let t = l.subtype, t.isUserDefined, let m = t.lookup("__repr__") {
                return try stringResult(callMethodValue(m, receiver: v, []), "__repr__")
            }
            return try guarded(l, "[...]") {
                let body = "[" + (try l.items.map(reprOf).joined(separator: ", ")) + "]"
                guard l.isDeque, let t = l.subtype else { return body }
                return "\(t.name)(\(body)" + (l.maxLength.map { ", maxlen=\($0))" } ?? ")")
            }
        case .dict(let d):
            if let t = d.subtype, t.isUserDefined, let m = t.userOverride("__repr__") {
                return try stringResult(callMethodValue(m, receiver: v, []), "__repr__")
            }
            if let t = d.subtype { return try guarded(d, "{...}") { try dictSubtypeRepr(d, t) } }
            return try guarded(d, "{...}") {
                "{" + (try d.storage.map { "\(try reprOf($0.key.value)): \(try reprOf($0.value))" }.joined(separator: ", ")) + "}"
            }
        case .set(let s):
            if let t = s.subtype, let m = t.lookup("__repr__"), case .function = m {
                return try stringResult(callMethodValue(m, receiver: v, []), "__repr__")
            }
            if let t = s.subtype {
                return try guarded(s, "\(t.name)(...)") { s.count == 0 ? "\(t.name)()" : "\(t.name)({" + (try s.items.map(reprOf).joined(separator: ", ")) + "})" }
            }
            let name = s.isFrozen ? "frozenset" : "set"
            if s.count == 0 { return name + "()" }
            let body = "{" + (try s.items.map(reprOf).joined(separator: ", ")) + "}"
            return s.isFrozen ? "frozenset(\(body))" : body
        case .function(let f): return "<function \(f.qualname) at \(Format.address(of: f))>"
        case .builtin(let b):
            if let s = b.boundSelf {
                if case .object(let m as PyModule) = s { return "<built-in function \(b.name)>" + (m.name.isEmpty ? "" : "") }
                return "<built-in method \(b.name) of \(s.typeName) object at \(addressOf(s))>"
            }
            if b.isMethod, let dot = b.qualname.firstIndex(of: ".") {
                return "<method '\(b.name)' of '\(b.qualname[..<dot])' objects>"
            }
            return "<built-in function \(b.name)>"
        case .type(let t):
            if let m = t.metaclass?.lookup("__repr__") { return try stringResult(callMethodValue(m, receiver: v, []), "__repr__") }
            return typeRepr(t)
        case .native(let n): return try n.repr(self)
        case .object(let o): return try objectRepr(o, v)
        }
    }

    func addressOf(_ v: Value) -> String {
        switch v {
        case .list(let o): return Format.address(of: o)
        case .dict(let o): return Format.address(of: o)
        case .set(let o): return Format.address(of: o)
        case .object(let o): return Format.address(of: o)
        case .native(let o): return Format.address(of: o)
        case .function(let o): return Format.address(of: o)
        default: return "0x7f0000000000"
        }
    }

    private func objectRepr(_ o: PyObject, _ v: Value) throws -> String {
        switch o {
        case let m as PyModule: return "<module '\(m.name)' (built-in)>"
        case let inst as PyInstance:
            if let m = inst.cls.lookup("__repr__") { return try stringResult(callMethodValue(m, receiver: v, []), "__repr__") }
            if let payload = inst.builtinValue { return try reprOf(payload) }
            return defaultRepr(v)
        case let e as PyException:
            if let m = e.cls.lookup("__repr__") { return try stringResult(callMethodValue(m, receiver: v, []), "__repr__") }
            if e.args.count == 1 { return "\(e.cls.name)(\(try reprOf(e.args[0])))" }
            return e.cls.name + (try reprOf(.tuple(e.args)))
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice: return "slice(\(try reprOf(s.start)), \(try reprOf(s.stop)), \(try reprOf(s.step)))"
        case let view as PyDictView:
            let name = view.kind == .keys ? "dict_keys" : view.kind == .values ? "dict_values" : "dict_items"
            return "\(name)(\(try reprOf(.list(PyList(iterateToArray(v))))))"
        case let b as PyBytes: return b.isMutable ? "bytearray(\(Format.bytesRepr(b.bytes, escapingSingleQuotes: true)))" : Format.bytesRepr(b.bytes)
        case let u as PyUnion: return u.description
        case let g as PyGenerator: return "<generator object \(g.code.qualname) at \(Format.address(of: g))>"
        case let c as PyCode: return c.repr
        case let frame as PyFrameObject: return try frame.repr()
        case let cell as PyCellObject: return cell.repr(self)
        case let f as PyFile: return "<_io.TextIOWrapper name='\(f.path)' mode='\(f.mode)' encoding='UTF-8'>"
        case let m as PyBoundMethod:
            let fname: String
            switch m.function {
            case .function(let f): fname = f.qualname
            case .builtin(let b): fname = b.qualname
            default: fname = "?"
            }
            return "<bound method \(fname) of \(try reprOf(m.receiver))>"
        case let s as PySingleton: return s.name
        case let d as PyDescriptor:
            switch d.kind {
            case .property: return "<property object at \(Format.address(of: d))>"
            case .staticMethod: return "<staticmethod(\(try reprOf(d.function)))>"
            case .classMethod: return "<classmethod(\(try reprOf(d.function)))>"
            }
        case let s as PySuper: return "<super: <class '\(s.cls.name)'>, <\(s.receiver.typeName) object>>"
        default:
            return "<\(o.pyType.qualifiedName) object at \(Format.address(of: o))>"
        }
    }

    private func stringResult(_ v: Value, _ method: String) throws -> String {
        guard case .str(let s) = v else { throw PyException.typeError("\(method) returned non-string (type \(v.typeName))") }
        return s
    }

    /// Guards against infinite recursion when printing self-referential containers.
    private func guarded(_ object: AnyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(object)
        if reprInProgress.contains(id) { return placeholder }
        if depth >= recursionLimit {
            throw PyException(.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        reprInProgress.insert(id)
        depth += 1
        defer {
            reprInProgress.remove(id)
            depth -= 1
        }
        try checkStack()
        return try body()
    }

    /// `str(v)`.
    func strOf(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s
        case .native(let n): return try n.str(self)
        case .list(let l) where l.subtype?.isUserDefined == true:
            if let m = l.subtype?.lookup("__str__") { return try stringResult(callMethodValue(m, receiver: v, []), "__str__") }
            return try reprOf(v)
        case .dict(let d) where d.subtype?.isUserDefined == true:
            if let m = d.subtype?.lookup("__str__") { return try stringResult(callMethodValue(m, receiver: v, []), "__str__") }
            return try reprOf(v)
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__str__") { return try stringResult(callMethodValue(m, receiver: v, []), "__str__") }
            if inst.builtinValue != nil { return try valueSubclassStr(inst, v) }
            return try reprOf(v)
        case .object(let e as PyException): return try exceptionMessage(e)
        default: return try reprOf(v)
        }
    }

    /// `str(exception)`.
    func exceptionMessage(_ e: PyException) throws -> String {
        if let m = e.cls.lookup("__str__") { return try stringResult(callMethodValue(m, receiver: .object(e), []), "__str__") }
        if e.cls.isSubclass(of: .osError), e.args.count == 2, case .int(let errno) = e.args[0], case .str(let text) = e.args[1] {
            if case .str(let path)? = e.attributes["filename"] {
                let second = e.attributes["filename2"].flatMap { v -> String? in if case .str(let s) = v { return " -> " + Format.stringRepr(s) } else { return nil } }
                return "[Errno \(errno)] \(text): \(Format.stringRepr(path))\(second ?? "")"
            }
            return "[Errno \(errno)] \(text)"
        }
        switch e.args.count {
        case 0: return ""
        case 1:
            if e.cls.isSubclass(of: .keyError) { return try reprOf(e.args[0]) }
            return try strOf(e.args[0])
        default: return try reprOf(.tuple(e.args))
        }
    }
}

extension Interpreter {
    /// `<class 'module.qualname'>`: a class statement's `__module__` and `__qualname__` (which its
    /// body may set), builtins without their module.
    func typeRepr(_ t: PyType) -> String {
        if !t.isUserDefined && t.module == "typing" && TypingForms.specialNames.contains(t.name) { return "typing.\(t.name)" }
        guard t.isUserDefined else { return "<class '\(t.module == "builtins" ? "" : t.module + ".")\(t.name)'>" }
        var module = t.module, qualname = t.name
        if case .str(let text)? = t.dict["__module__"] { module = text }
        if case .str(let text)? = t.dict["__qualname__"] { qualname = text }
        return "<class '\(module).\(qualname)'>"
    }
}

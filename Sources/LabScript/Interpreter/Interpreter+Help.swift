import Foundation

/// `help(obj)` as CPython 3.11's pydoc prints it to a pipe: "Help on …:", a blank line, the
/// document (``pydocText(_:name:)``), and a closing blank line. Docstrings of script code are its
/// own; built-ins carry a one-line summary (``BuiltinDocs``), and native objects a host adds are
/// described by ``Interpreter/documentationProvider``.
extension Interpreter {
    func installHelp() {
        builtins["help"] = Builtins.function("help", ["*args", "**kwds"]) { i, a in
            var requests = a.varargs
            for (key, value) in a.kwargs {
                let name = key.value.isNone ? "" : (try? key.value.string("")) ?? ""
                guard name == "request" else { throw PyException.typeError("Helper.__call__() got an unexpected keyword argument '\(name)'") }
                guard requests.isEmpty else { throw PyException.typeError("Helper.__call__() got multiple values for argument 'request'") }
                requests.append(value)
            }
            switch requests.count {
            case 0: i.configuration.stdout(Interpreter.interactiveHelpMessage)
            case 1: i.configuration.stdout(try i.helpText(for: requests[0]))
            default:
                throw PyException.typeError("Helper.__call__() takes from 1 to 2 positional arguments but \(requests.count + 1) were given")
            }
            return .none
        }
    }

    /// What `help()` prints instead of starting pydoc's interactive loop, which labrun has not.
    static let interactiveHelpMessage = """
        labrun has no interactive help utility. Call help(object) for help on a particular object,
        or help('name') for a name such as help('len') or help('math.sqrt').

        """

    /// The text `help(request)` prints: documentation for an object, or for a dotted name such as
    /// `'len'` or `'math.sqrt'`, which is resolved as pydoc does (modules, then builtins).
    public func helpText(for request: Value) throws -> String {
        var object = request
        var name: String?
        if case .str(let text) = request {
            let path = text.trimmingCharacters(in: .whitespaces)
            if path.isEmpty { return try helpText(for: .type(.str)) }
            if ["True", "False", "None"].contains(path) {
                return try helpText(for: builtins[path] ?? .none)
            }
            if Interpreter.helpTopics.contains(path) || path.hasPrefix("modules ") {
                throw PyException(.notImplementedError, "help('\(path)'): pydoc's keyword, symbol and topic pages are not available in labrun; call help(object) instead")
            }
            guard let found = try locate(path) else {
                return "No Python documentation found for \(try reprOf(.str(path))).\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n\n"
            }
            object = found
            name = path
        } else if case .str(let n)? = try? lookupAttribute(request, "__name__") {
            name = n
        }
        // pydoc documents these through their metaclass (the enum's call signature, EnumType's
        // methods), which its pages here do not follow yet.
        let owner: PyType
        if case .type(let t) = object { owner = t } else { owner = object.pyType }
        if EnumTypes.isEnum(owner) {
            throw PyException(.notImplementedError, "help() on enum classes and members is not supported yet")
        }
        if owner.metaclass === TypingClasses.typedDictMeta || owner.metaclass === TypingClasses.namedTupleMeta {
            throw PyException(.notImplementedError, "help() on typing.TypedDict and typing.NamedTuple classes is not supported yet")
        }
        var description = describe(object)
        if let name, let dot = name.lastIndex(of: ".") {
            description += " in " + name[..<dot]
        } else if !isModule(object), let module = moduleName(of: object) {
            description += " in module " + module
        }
        if !(isModule(object) || isClass(object) || isRoutine(object) || isDataDescriptor(object)) {
            object = .type(object.pyType)
            description += " object"
        }
        return "Help on \(description):\n\n" + (try pydocText(object, name: name)) + "\n"
    }

    /// The names pydoc answers with a page from its topic index (keywords, operators, topics).
    static let helpTopics: Set<String> = [
        "keywords", "symbols", "topics", "modules",
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "+", "-", "*", "**", "/", "//", "%", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==", "!=",
        "<>", ".", "...", ":", "@", "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "`", ",", "_", "__",
        "b'", "b\"", "r'", "r\"", "f'", "f\"", "u'", "u\"", "j", "J", "->", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", "<<=", ">>=", "**=", "//=", "@=", ":=", "#",
    ]

    /// pydoc's `locate`: the longest importable module prefix of `path`, then attributes; without
    /// a module, the builtins. Nil when any part is missing.
    func locate(_ path: String) throws -> Value? {
        let parts = path.split(separator: ".").map(String.init)
        var object: Value?
        var used = 0
        while used < parts.count {
            let candidate = parts[...used].joined(separator: ".")
            guard modules[candidate] != nil || moduleFactories[candidate] != nil,
                  let module = try? importModule(candidate) else { break }
            object = .object(module)
            used += 1
        }
        guard var current = object ?? (parts.isEmpty ? nil : builtins[parts[0]]) else { return nil }
        if object == nil { used = 1 }
        for part in parts[used...] {
            guard let next = try? lookupAttribute(current, part) else { return nil }
            current = next
        }
        return current
    }

    /// pydoc's `describe`: "function f", "class C", "built-in function len", "module m", or the
    /// type's name.
    func describe(_ v: Value) -> String {
        switch v {
        case .object(let m as PyModule): return "module " + m.name
        case .builtin(let b) where !(b.isMethod && b.boundSelf == nil): return "built-in function " + b.name
        case .type(let t): return "class " + t.name
        case .function(let f): return "function " + f.name
        case .object(let m as PyBoundMethod): return "method " + routineName(m.function)
        default: return v.typeName
        }
    }

    /// `inspect.getmodule(v).__name__`, or nil where CPython finds no module (method descriptors,
    /// bound built-in methods, values of built-in types).
    func moduleName(of v: Value) -> String? {
        switch v {
        case .function(let f):
            if case .str(let m)? = f.attributes["__module__"] { return m }
            return "__main__"
        case .builtin(let b): return b.boundSelf == nil && !b.isMethod ? b.module : nil
        case .type(let t): return typeModule(t)
        case .object(let m as PyBoundMethod): return moduleName(of: m.function)
        case .object(let i as PyInstance): return typeModule(i.cls)
        case .native(let n): return typeModule(n.pyClass)
        default: return nil
        }
    }

    /// A class's `__module__`.
    func typeModule(_ t: PyType) -> String {
        if case .str(let m)? = t.dict["__module__"] { return m }
        return t.module
    }

    func isModule(_ v: Value) -> Bool { if case .object(is PyModule) = v { return true } else { return false } }
    func isClass(_ v: Value) -> Bool { if case .type = v { return true } else { return false } }
    func isRoutine(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .object(is PyBoundMethod): return true
        default: return false
        }
    }
    func isDataDescriptor(_ v: Value) -> Bool {
        if case .object(let d as PyDescriptor) = v, d.kind == .property { return true }
        return false
    }

    /// A routine's `__name__`.
    func routineName(_ v: Value) -> String {
        switch v {
        case .function(let f): return f.name
        case .builtin(let b): return b.name
        case .object(let m as PyBoundMethod): return routineName(m.function)
        default: return v.typeName
        }
    }
}

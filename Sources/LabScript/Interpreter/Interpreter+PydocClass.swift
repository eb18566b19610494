import Foundation

/// pydoc's class and module pages (`TextDoc.docclass`, `TextDoc.docmodule`).
extension Interpreter {
    /// One attribute as `inspect.classify_class_attrs` sorts it, with the class that defines it.
    private struct ClassAttribute {
        enum Kind { case method, classMethod, staticMethod, readonlyProperty, dataDescriptor, data }
        let name: String
        let kind: Kind
        let home: PyType
        let value: Value
    }

    /// pydoc's `docclass`: title, signature, docstring, method resolution order, then the
    /// attributes each class of the MRO defines, grouped by kind and sorted by name.
    func classDoc(_ t: PyType, name: String?) throws -> String {
        let module = typeModule(t)
        let realname = t.name
        let name = name ?? realname
        var title = name == realname ? "class " + realname : name + " = class " + realname
        if !t.bases.isEmpty { title += "(" + t.bases.map { className($0, relativeTo: module) }.joined(separator: ", ") + ")" }

        var contents: [String] = []
        if let signature = try classSignature(t), signature != "()" { contents.append(name + signature + "\n") }
        let doc = documentation(of: .type(t))
        if !doc.isEmpty { contents.append(doc + "\n") }
        if t.mro.count > 2 {
            contents.append("Method resolution order:")
            contents += t.mro.map { "    " + className($0, relativeTo: module) }
            contents.append("")
        }

        var needsRule = false
        func spill(_ heading: String, _ attributes: [ClassAttribute], _ render: (ClassAttribute) throws -> String) rethrows {
            guard !attributes.isEmpty else { return }
            if needsRule { contents.append(String(repeating: "-", count: 70)) }
            needsRule = true
            contents.append(heading)
            for a in attributes { contents.append(try render(a)) }
        }
        let attributes = classAttributes(t)
        for home in t.mro where home !== PyType.object || t === PyType.object {
            let own = attributes.filter { $0.home === home }
            let tag = home === t ? "defined here" : "inherited from " + className(home, relativeTo: module)
            func of(_ kind: ClassAttribute.Kind) -> [ClassAttribute] { own.filter { $0.kind == kind } }
            try spill("Methods \(tag):\n", of(.method)) { try routineDoc(try classMember(t, $0), name: $0.name, module: module, owner: t) }
            try spill("Class methods \(tag):\n", of(.classMethod)) { try routineDoc(try classMember(t, $0), name: $0.name, module: module, owner: t) }
            try spill("Static methods \(tag):\n", of(.staticMethod)) { try routineDoc(try classMember(t, $0), name: $0.name, module: module, owner: t) }
            spill("Readonly properties \(tag):\n", of(.readonlyProperty)) { dataDoc($0.name, descriptorDoc($0)) }
            spill("Data descriptors \(tag):\n", of(.dataDescriptor)) { dataDoc($0.name, descriptorDoc($0)) }
            try spill("Data and other attributes \(tag):\n", of(.data)) { try otherDoc($0.value, name: $0.name, maxLength: 70) + "\n" }
        }
        let body = rstrip(contents.joined(separator: "\n"))
        if body.isEmpty { return title + "\n" }
        return title + "\n" + indent(body, " |  ") + "\n"
    }

    /// `getattr(cls, name)` for a method-like attribute: functions as they are, class methods bound
    /// to the class, static methods unwrapped.
    private func classMember(_ t: PyType, _ a: ClassAttribute) throws -> Value {
        if case .object(let d as PyDescriptor) = a.value {
            switch d.kind {
            case .classMethod: return .object(PyBoundMethod(receiver: .type(t), function: d.function))
            case .staticMethod: return d.function
            case .property: return a.value
            }
        }
        return a.value
    }

    private func descriptorDoc(_ a: ClassAttribute) -> String {
        switch a.name {
        case "__dict__" where a.value.isNone: return "dictionary for instance variables"
        case "__weakref__" where a.value.isNone: return "list of weak references to the object"
        default: break
        }
        if case .object(let d as PyDescriptor) = a.value { return documentation(of: .object(d)) }
        if !a.home.isUserDefined, let text = documentationProvider?(typeModule(a.home) + "." + a.home.name + "." + a.name) {
            return Interpreter.cleanDocstring(text)
        }
        return ""
    }

    /// The signature pydoc shows under a class's title: its `__init__`'s without `self`, or a
    /// native class's constructor parameters.
    private func classSignature(_ t: PyType) throws -> String? {
        for c in t.mro {
            if let params = c.constructorParameters { return "(" + params.joined(separator: ", ") + ")" }
            if c.isUserDefined, case .function(let f)? = c.dict["__init__"] {
                return try signatureText(of: .object(PyBoundMethod(receiver: .type(t), function: .function(f))))
            }
        }
        return nil
    }

    /// Every visible attribute of `t` and its bases, with the class that defines it (first in the
    /// MRO), sorted by name as `dir()` sorts.
    private func classAttributes(_ t: PyType) -> [ClassAttribute] {
        var seen = Set<String>()
        var result: [ClassAttribute] = []
        func add(_ name: String, _ kind: ClassAttribute.Kind, _ home: PyType, _ value: Value) {
            guard Interpreter.isVisibleName(name), seen.insert(name).inserted else { return }
            result.append(ClassAttribute(name: name, kind: kind, home: home, value: value))
        }
        let instanceDictHome = t.mro.last { $0.isUserDefined && $0.dict["__slots__"] == nil }
        for c in t.mro {
            for (name, value) in c.dict {
                switch value {
                case .function: add(name, .method, c, value)
                case .builtin(let b): add(name, b.isMethod ? .method : .staticMethod, c, value)
                case .object(let d as PyDescriptor):
                    switch d.kind {
                    case .classMethod: add(name, .classMethod, c, value)
                    case .staticMethod: add(name, .staticMethod, c, value)
                    case .property: add(name, d.setter == nil ? .readonlyProperty : .dataDescriptor, c, value)
                    }
                default:
                    if name == "__slots__" { continue }
                    add(name, .data, c, value)
                }
            }
            for name in c.properties.keys.sorted() { add(name, .dataDescriptor, c, .str(name)) }
            if c.isUserDefined {
                if c.dict["__eq__"] != nil && c.dict["__hash__"] == nil { add("__hash__", .data, c, .none) }
                for slot in declaredSlots(c) { add(slot, .dataDescriptor, c, .str(slot)) }
            }
            if c === instanceDictHome {
                let exceptionBase = t.mro.contains { !$0.isUserDefined && $0.isException }
                if !exceptionBase { add("__dict__", .dataDescriptor, c, .none) }
                add("__weakref__", .dataDescriptor, c, .none)
            }
        }
        return result.sorted { $0.name < $1.name }
    }

    private func declaredSlots(_ c: PyType) -> [String] {
        switch c.dict["__slots__"] {
        case .str(let s)?: return [s]
        case .tuple(let items)?: return items.compactMap { if case .str(let s) = $0 { return s } else { return nil } }
        case .list(let l)?: return l.items.compactMap { if case .str(let s) = $0 { return s } else { return nil } }
        default: return []
        }
    }

    /// pydoc's `visiblename` without `__all__`: special names shown, private and bookkeeping ones not.
    static func isVisibleName(_ name: String) -> Bool {
        if hiddenNames.contains(name) { return false }
        if name.hasPrefix("__") && name.hasSuffix("__") { return true }
        return !name.hasPrefix("_")
    }

    static let hiddenNames: Set<String> = [
        "__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__", "__file__", "__spec__",
        "__loader__", "__module__", "__name__", "__package__", "__path__", "__qualname__", "__slots__", "__version__",
    ]

    // MARK: Modules

    /// pydoc's `docmodule`: NAME, DESCRIPTION, SUBMODULES, CLASSES (a tree, then each class),
    /// FUNCTIONS, DATA, VERSION and FILE.
    func moduleDoc(_ m: PyModule) throws -> String {
        let doc = documentation(of: .object(m))
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        var synopsis = "", description = doc
        if lines.count == 1 { synopsis = doc; description = "" } else if lines.count >= 2, lines[1].allSatisfy(\.isWhitespace) {
            synopsis = String(lines[0]); description = lines.dropFirst(2).joined(separator: "\n")
        }
        var result = section("NAME", m.name + (synopsis.isEmpty ? "" : " - " + synopsis))
        if !description.isEmpty { result += section("DESCRIPTION", description) }

        let members = m.dict.sorted { $0.key < $1.key }
        var classes: [(String, PyType)] = [], functions: [(String, Value)] = [], data: [(String, Value)] = [], submodules: [String] = []
        for (key, value) in members {
            switch value {
            case .type(let t):
                if typeModule(t) == m.name && Interpreter.isVisibleName(key) { classes.append((key, t)) }
            case .object(let sub as PyModule):
                if sub.name.hasPrefix(m.name + ".") { submodules.append(key) }
            case .builtin, .function, .object(is PyBoundMethod):
                let builtin: Bool = { if case .builtin = value { return true } else { return false } }()
                if (builtin || moduleName(of: value) == m.name) && Interpreter.isVisibleName(key) { functions.append((key, value)) }
            default:
                if Interpreter.isVisibleName(key) { data.append((key, value)) }
            }
        }
        if !submodules.isEmpty { result += section("SUBMODULES", submodules.joined(separator: "\n")) }
        if !classes.isEmpty {
            var contents = [classTree(classes.map(\.1), module: m.name)]
            for (key, t) in classes { contents.append(try classDoc(t, name: key)) }
            result += section("CLASSES", contents.joined(separator: "\n"))
        }
        if !functions.isEmpty {
            result += section("FUNCTIONS", try functions.map { try pydocText($0.1, name: $0.0, module: m.name) }.joined(separator: "\n"))
        }
        if !data.isEmpty {
            result += section("DATA", try data.map { try otherDoc($0.1, name: $0.0, maxLength: 70) }.joined(separator: "\n"))
        }
        if let version = m.dict["__version__"] { result += section("VERSION", try strOf(version)) }
        if case .str(let file)? = m.dict["__file__"] { result += section("FILE", file) } else { result += section("FILE", "(built-in)") }
        return result
    }

    /// pydoc's `formattree` over `inspect.getclasstree(classes, unique=True)`.
    private func classTree(_ classes: [PyType], module: String) -> String {
        var children: [ObjectIdentifier: [PyType]] = [:]
        var roots: [PyType] = []
        for c in classes {
            if c.bases.isEmpty { if !roots.contains(where: { $0 === c }) { roots.append(c) }; continue }
            for parent in c.bases {
                if !(children[ObjectIdentifier(parent)]?.contains { $0 === c } ?? false) { children[ObjectIdentifier(parent), default: []].append(c) }
                if classes.contains(where: { $0 === parent }) { break }
            }
        }
        var parents: [PyType] = []
        for c in classes { for p in c.bases where children[ObjectIdentifier(p)] != nil && !parents.contains(where: { $0 === p }) { parents.append(p) } }
        for p in parents where !classes.contains(where: { $0 === p }) { roots.append(p) }
        func walk(_ level: [PyType], parent: PyType?, prefix: String) -> String {
            var text = ""
            for c in level.sorted(by: { (typeModule($0), $0.name) < (typeModule($1), $1.name) }) {
                text += prefix + className(c, relativeTo: module)
                if !c.bases.isEmpty && !(c.bases.count == 1 && c.bases[0] === parent) {
                    text += "(" + c.bases.map { className($0, relativeTo: module) }.joined(separator: ", ") + ")"
                }
                text += "\n"
                if let kids = children[ObjectIdentifier(c)] { text += walk(kids, parent: c, prefix: prefix + "    ") }
            }
            return text
        }
        return walk(roots, parent: nil, prefix: "")
    }
}

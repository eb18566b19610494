import Foundation

/// pydoc's plain-text renderer (`TextDoc` without bold): one document per kind of object, laid out
/// as CPython 3.11 lays it out.
extension Interpreter {
    /// pydoc's `TextDoc.document`: the module, class, routine, descriptor or data page of `v`.
    func pydocText(_ v: Value, name: String? = nil, module: String? = nil, owner: PyType? = nil) throws -> String {
        switch v {
        case .object(let m as PyModule): return try moduleDoc(m)
        case .type(let t): return try classDoc(t, name: name)
        case _ where isRoutine(v): return try routineDoc(v, name: name, module: module, owner: owner)
        case _ where isDataDescriptor(v): return dataDoc(name, documentation(of: v))
        default: return try otherDoc(v, name: name)
        }
    }

    // MARK: Docstrings

    /// pydoc's `getdoc`: the object's docstring, cleaned as `inspect.cleandoc` does; "" when none.
    public func documentation(of v: Value) -> String {
        guard let raw = rawDocstring(of: v) else { return "" }
        return Interpreter.cleanDocstring(raw)
    }

    /// The `__doc__` a routine, class or property has, before cleaning.
    func rawDocstring(of v: Value) -> String? {
        switch v {
        case .function(let f):
            if let assigned = f.attributes["__doc__"] { if case .str(let s) = assigned { return s } else { return nil } }
            if case .str(let s) = f.code.docstring { return s }
            return inheritedMethodDoc(f) ?? qualifiedName(of: v).flatMap { documentationProvider?($0) }
        case .object(let m as PyBoundMethod): return rawDocstring(of: m.function)
        case .object(let d as PyDescriptor): return rawDocstring(of: d.function)
        case .type(let t) where t.isUserDefined:
            if case .str(let s)? = t.dict["__doc__"] { return s }
            return qualifiedName(of: v).flatMap { documentationProvider?($0) }
        case .builtin(let b):
            return BuiltinDocs.summary(of: b) ?? qualifiedName(of: v).flatMap { documentationProvider?($0) }
        case .type, .object(is PyModule):
            return qualifiedName(of: v).flatMap { documentationProvider?($0) }
        default: return nil
        }
    }

    /// The dotted name an object of a module is documented under: `torch.tensor`, `torch.Tensor`,
    /// `torch.Tensor.sum`, `torch.nn.Module.parameters`, `transformers` (methods are named after
    /// their class). Nil for the script's own (`__main__`) code and for other values.
    public func qualifiedName(of v: Value) -> String? {
        let name: String?
        switch v {
        case .builtin(let b): name = b.module.map { $0 + "." + b.qualname }
        case .type(let t): name = typeModule(t) + "." + t.name
        case .function(let f):
            // A module written in the lab language runs as the function `<module>`.
            let qualname = f.qualname.hasPrefix("<module>.<locals>.") ? String(f.qualname.dropFirst(18)) : f.qualname
            name = moduleName(of: v).map { $0 + "." + qualname }
        case .object(let m as PyBoundMethod): return qualifiedName(of: m.function)
        case .object(let d as PyDescriptor): return qualifiedName(of: d.function)
        case .object(let m as PyModule): return m.name
        default: return nil
        }
        return name?.hasPrefix("__main__.") == true ? nil : name
    }

    /// pydoc's `_finddoc` for a method without a docstring: the docstring of the method it
    /// overrides, which for script classes is one of `object`'s.
    private func inheritedMethodDoc(_ f: PyFunction) -> String? {
        guard let cls = f.definingClass, cls.dict[f.name].map({ if case .function(let g) = $0 { return g === f } else { return false } }) == true else { return nil }
        for base in cls.mro.dropFirst() {
            if base === PyType.object { return BuiltinDocs.objectMethods[f.name] }
            if case .function(let g)? = base.dict[f.name], let s = rawDocstring(of: .function(g)) { return s }
        }
        return nil
    }

    /// `inspect.cleandoc` followed by pydoc's trimming: tabs expanded, the first line's leading
    /// blanks and the common indentation of the others removed, blank lines at both ends dropped.
    static func cleanDocstring(_ doc: String) -> String {
        let lines = doc.replacingOccurrences(of: "\t", with: "        ").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indents = lines.dropFirst().compactMap { line -> Int? in
            let content = line.drop { $0 == " " }
            return content.isEmpty ? nil : line.count - content.count
        }
        let margin = indents.min() ?? 0
        var cleaned = [String(lines[0].drop { $0 == " " })] + lines.dropFirst().map { String($0.dropFirst(min(margin, $0.count))) }
        while let first = cleaned.first, first.allSatisfy({ $0 == " " }) { cleaned.removeFirst() }
        while let last = cleaned.last, last.allSatisfy({ $0 == " " }) { cleaned.removeLast() }
        var text = cleaned.joined(separator: "\n")
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    // MARK: Signatures

    /// `str(inspect.signature(v))`, without the bound receiver for bound methods; nil when unknown.
    func signatureText(of v: Value) throws -> String? {
        switch v {
        case .function(let f): return try functionSignature(f, dropFirst: false)
        case .object(let m as PyBoundMethod):
            if case .function(let f) = m.function { return try functionSignature(f, dropFirst: true) }
            return try signatureText(of: m.function)
        case .builtin(let b):
            guard var params = BuiltinDocs.parameters(of: b) ?? b.parameters else { return nil }
            if b.boundSelf != nil, params.first == "self" {
                params.removeFirst()
                if params.first == "/" { params.removeFirst() }
            }
            return "(" + params.joined(separator: ", ") + ")"
        default: return nil
        }
    }

    private func functionSignature(_ f: PyFunction, dropFirst: Bool) throws -> String {
        let sig = f.code.signature
        var annotations: [String: Value] = [:]
        if case .dict(let dict)? = f.attributes["__annotations__"] {
            for (key, value) in dict.storage { if case .str(let name) = key.value { annotations[name] = value } }
        }
        func annotated(_ name: String) throws -> String {
            try annotations[name].map { name + ": " + (try annotationText($0)) } ?? name
        }
        var parts: [String] = []
        func parameter(_ i: Int) throws -> String {
            let name = try annotated(sig.names[i])
            guard let d = f.defaults[i] else { return name }
            // inspect spaces the `=` of an annotated parameter.
            return name + (annotations[sig.names[i]] == nil ? "=" : " = ") + (try reprOf(d))
        }
        let first = dropFirst && sig.positionalCount > 0 ? 1 : 0
        for i in first..<sig.positionalCount {
            parts.append(try parameter(i))
            if i == sig.positionalOnlyCount - 1 { parts.append("/") }
        }
        if let v = sig.varargs { parts.append("*" + (try annotated(v))) } else if sig.keywordOnlyCount > 0 { parts.append("*") }
        for i in sig.positionalCount..<sig.names.count { parts.append(try parameter(i)) }
        if let k = sig.kwargs { parts.append("**" + (try annotated(k))) }
        let returns = try annotations["return"].map { " -> " + (try annotationText($0)) } ?? ""
        return "(" + parts.joined(separator: ", ") + ")" + returns
    }

    /// inspect's `formatannotation`: a class by its qualified name (builtins' without a module),
    /// a `typing` form by its repr without `typing.`, anything else by its repr.
    private func annotationText(_ annotation: Value) throws -> String {
        if case .type(let t) = annotation {
            var module = t.module, qualname = t.name
            if case .str(let text)? = t.dict["__module__"] { module = text }
            if case .str(let text)? = t.dict["__qualname__"] { qualname = text }
            return module == "builtins" ? qualname : module + "." + qualname
        }
        let text = try reprOf(annotation)
        return text.replacingOccurrences(of: "typing.", with: "")
    }

    // MARK: Documents

    /// pydoc's `docroutine`.
    func routineDoc(_ v: Value, name: String?, module: String?, owner: PyType?) throws -> String {
        let realname = routineName(v)
        let name = name ?? realname
        var note = ""
        if let receiver = boundReceiver(v) {
            let receiverClass = receiver.pyType
            if let owner {
                if receiverClass !== owner { note = " from " + className(receiverClass, relativeTo: module) }
            } else {
                note = " method of \(className(receiverClass, relativeTo: module)) instance"
            }
        }
        var title = realname
        var skipDocs = false
        if name != realname {
            if let owner, let same = owner.lookup(realname), sameObject(same, v) { skipDocs = true }
            title = name + " = " + realname
        }
        var argspec = try signatureText(of: v)
        if realname == "<lambda>", let spec = argspec {
            title = name + " lambda "
            argspec = String(spec.dropFirst().dropLast())
        }
        let declaration = title + (argspec ?? "(...)") + note
        if skipDocs { return declaration + "\n" }
        let doc = documentation(of: v)
        return declaration + "\n" + (doc.isEmpty ? "" : rstrip(indent(doc)) + "\n")
    }

    /// The receiver of a bound method (Python or built-in); nil for unbound routines.
    private func boundReceiver(_ v: Value) -> Value? {
        switch v {
        case .object(let m as PyBoundMethod): return m.receiver
        case .builtin(let b): return b.boundSelf
        default: return nil
        }
    }

    private func sameObject(_ a: Value, _ b: Value) -> Bool {
        if a.isIdentical(to: b) { return true }
        if case .object(let d as PyDescriptor) = a, d.kind == .staticMethod { return d.function.isIdentical(to: b) }
        return false
    }

    /// pydoc's `docdata`: a descriptor's name and docstring.
    func dataDoc(_ name: String?, _ doc: String) -> String {
        var result = ""
        if let name { result += name + "\n" }
        if !doc.isEmpty { result += indent(doc) + "\n" }
        return result
    }

    /// pydoc's `docother`: `name = repr`, the repr cut to fit `maxLength` characters.
    func otherDoc(_ v: Value, name: String?, maxLength: Int? = nil) throws -> String {
        var text = try pydocRepr(v)
        if let maxLength {
            let line = (name.map { $0 + " = " } ?? "") + text
            let chop = maxLength - line.count
            if chop < 0 { text = String(text.dropLast(-chop)) + "..." }
        }
        return (name.map { $0 + " = " } ?? "") + text
    }

    /// pydoc's `TextRepr`: strings cut to 100 characters around an ellipsis, other reprs likewise
    /// and without their `at 0x…` address.
    func pydocRepr(_ v: Value) throws -> String {
        if case .str(let s) = v {
            let test = Interpreter.cram(s, 100)
            let quoted = try reprOf(.str(test))
            if test.contains("\\") && !quoted.replacingOccurrences(of: "\\\\", with: "").contains("\\") {
                return "r" + String(quoted.first!) + test + String(quoted.first!)
            }
            return quoted
        }
        var text = try reprOf(v)
        if let range = text.range(of: #" at 0x[0-9a-fA-F]{6,16}(>+)$"#, options: .regularExpression) {
            let closing = text[range].drop { $0 != ">" }
            text.replaceSubrange(range, with: closing)
        }
        return Interpreter.cram(text, 100)
    }

    static func cram(_ text: String, _ maxLength: Int) -> String {
        guard text.count > maxLength else { return text }
        let pre = max(0, (maxLength - 3) / 2), post = max(0, maxLength - 3 - pre)
        return String(text.prefix(pre)) + "..." + String(text.suffix(post))
    }

    /// pydoc's `classname`: qualified with its module unless that is `module`.
    func className(_ t: PyType, relativeTo module: String?) -> String {
        let m = typeModule(t)
        return m == module ? t.name : m + "." + t.name
    }

    // MARK: Text helpers

    func indent(_ text: String, _ prefix: String = "    ") -> String {
        guard !text.isEmpty else { return "" }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }
        lines[lines.count - 1] = rstrip(lines[lines.count - 1])
        return lines.joined(separator: "\n")
    }

    func rstrip(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// pydoc's `section`: a heading over indented contents.
    func section(_ title: String, _ contents: String) -> String {
        title + "\n" + rstrip(indent(contents)) + "\n\n"
    }
}

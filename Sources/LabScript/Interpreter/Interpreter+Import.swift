extension Interpreter {
    /// `import name` without binding a name: the module, imported once per session.
    public func importModule(named name: String) throws -> Value {
        .object(try importModule(name))
    }

    /// Imports a module by (possibly dotted) name.
    func importModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        if let factory = moduleFactories[name] {
            modulesLoading.insert(name)
            let m = factory(self)
            modulesLoading.remove(name)
            modules[name] = m
            for child in moduleFactories.keys where child.hasPrefix(name + ".") && !child.dropFirst(name.count + 1).contains(".")
                && !modulesLoading.contains(child) {
                m.dict[String(child.dropFirst(name.count + 1))] = .object(try importModule(child))
            }
            if let dot = name.lastIndex(of: "."), !modulesLoading.contains(String(name[..<dot])) {
                let parent = try importModule(String(name[..<dot]))
                parent.dict[String(name[name.index(after: dot)...])] = .object(m)
            }
            return m
        }
        if let dot = name.lastIndex(of: ".") {
            let parent = try importModule(String(name[..<dot]))
            if case .object(let sub as PyModule)? = parent.dict[String(name[name.index(after: dot)...])] {
                modules[name] = sub
                return sub
            }
        }
        let e = PyException(.moduleNotFoundError, "No module named '\(name)'")
        e.attributes["name"] = .str(name)
        let available = availableModules.filter { !$0.contains(".") }.joined(separator: ", ")
        e.attributes["__notes__"] = .list(PyList([.str("labrun provides these modules: \(available)")]))
        throw e
    }

    /// Registers a module built in Swift by the interpreter itself.
    func registerStandard(_ name: String, _ build: @escaping (Interpreter) -> [(String, Value)]) {
        moduleFactories[name] = { interp in
            let m = PyModule(name: name)
            for (k, v) in build(interp) {
                if case .builtin(let b) = v, b.module == nil, b.boundSelf == nil { b.module = name }
                m.dict[k] = v
            }
            return m
        }
    }
}

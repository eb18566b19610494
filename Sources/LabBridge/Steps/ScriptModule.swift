import LabScript

/// A module written in the lab language and shipped as source inside the bridge.
///
/// Its top-level statements become the body of one function, `<module>`, that returns its local
/// names; the module's namespace is that function's locals. So the module's names never enter the
/// lab's globals, its functions see the module's imports as their enclosing scope, and tracebacks
/// name `filename` with the source's own line numbers. The function is compiled once when the
/// bridge is installed and runs on first import.
///
/// Two differences from a Python module remain. The interpreter has one global namespace, so a
/// builtin the source uses (`len`, `enumerate`) is looked up in the lab's globals first, and a lab
/// that rebinds it changes it here too. And compiled code holds its interpreter, so the function
/// kept for the import makes `Interpreter.reset()` no longer enough to free the interpreter.
/// Compiling at import instead would start a new run in the middle of a cell and lose the cell's
/// record of the globals it read and bound before the import.
struct ScriptModule {
    /// The dotted import name; its parent package is made importable too.
    let name: String
    /// The file name tracebacks show.
    let filename: String
    let source: String

    /// Makes the module (and its parent package, unless already importable) importable in `interpreter`.
    func register(in interpreter: Interpreter) {
        let body = compile(in: interpreter)
        if let dot = name.lastIndex(of: "."), !interpreter.availableModules.contains(String(name[..<dot])) {
            let package = String(name[..<dot])
            interpreter.register(moduleNamed: package) { _ in NativeModule(package) }
        }
        interpreter.register(moduleNamed: name) { interpreter in load(body, in: interpreter) }
    }

    /// The `<module>` function, defined without running its body. The shipped source parses and
    /// compiles (the tests import it), so a failure here is a defect of the bridge itself.
    private func compile(in interpreter: Interpreter) -> Value {
        let statements: [Stmt]
        do {
            statements = try Parser.parse(source, filename: filename)
        } catch {
            fatalError("\(filename) does not parse: \(error)")
        }
        let end = statements.last?.location ?? SourceLocation(line: 1, column: 0, endLine: 1, endColumn: 0)
        let names = Self.boundNames(statements)
        let namespace = Expr(.dict(keys: names.map { Expr(.constant(.str($0)), end) },
                                   values: names.map { Expr(.name($0), end) }), end)
        let function = Stmt(.functionDef(name: Self.bodyName, args: Arguments(),
                                         body: statements + [Stmt(.return(namespace), end)],
                                         decorators: [], returns: nil), end)
        let reference = Stmt(.expr(Expr(.name(Self.bodyName), end)), end)
        defer { interpreter.deleteGlobal(Self.bodyName) }
        do {
            guard let value = try interpreter.run([function, reference], filename: filename, displayLastExpression: true) else {
                fatalError("\(filename): defining its body gave no function")
            }
            return value
        } catch {
            fatalError("\(filename) does not compile: \(error)")
        }
    }

    /// Runs the module's body and wraps its names as the module. The import machinery cannot fail
    /// a native module, so a Ctrl-C pending at the import is held back until the body has run (it
    /// then stops the cell at its next safe point), and any other exception (RecursionError when
    /// imported at the recursion limit) is reported on stderr and leaves the module empty.
    private func load(_ body: Value, in interpreter: Interpreter) -> NativeModule {
        let file: (String, Value) = ("__file__", .str(filename))
        let interrupted = interpreter.isInterruptRequested
        if interrupted { try? interpreter.checkInterrupt() }  // clears the request
        defer { if interrupted { interpreter.requestInterrupt() } }
        do {
            guard case .dict(let names) = try interpreter.call(body, []) else { return NativeModule(name, constants: [file]) }
            let members = names.storage.compactMap { entry -> (String, Value)? in
                guard case .str(let key) = entry.key.value else { return nil }
                return (key, entry.value)
            }
            for (_, value) in members { Self.adopt(value, module: name) }
            return NativeModule(name, constants: [file] + members)
        } catch {
            interpreter.configuration.stderr("\(name) failed to load: \(error)\n")
            return NativeModule(name, constants: [file])
        }
    }

    /// Makes a class or function this module's source defines name the module (`__module__`),
    /// as a Python module's own do, so `help()` and the description table see `torch.nn.modules.linear.Linear`.
    private static func adopt(_ value: Value, module: String) {
        switch value {
        case .function(let f) where f.attributes["__module__"] == nil:
            f.attributes["__module__"] = .str(module)
        case .type(let t) where t.isUserDefined && t.module == "__main__":
            // A class may name the submodule the library defines it in (`torch.nn.modules.linear`).
            if case .str(let own)? = t.dict["__module__"], own != "__main__" {
                t.module = own
            } else {
                t.module = module
                t.dict["__module__"] = .str(module)
            }
            for (_, member) in t.dict {
                switch member {
                case .function: adopt(member, module: t.module)
                case .object(let d as PyDescriptor): adopt(d.function, module: t.module)
                default: continue
                }
            }
        default: return
        }
    }

    /// The function name the body runs under: the frame name Python shows for module code.
    static let bodyName = "<module>"

    /// Names the top-level statements bind: definitions, imports and assignments to names.
    static func boundNames(_ statements: [Stmt]) -> [String] {
        var names: [String] = []
        for statement in statements {
            switch statement.kind {
            case .functionDef(let name, _, _, _, _), .classDef(let name, _, _, _, _):
                names.append(name)
            case .import(let aliases):
                names += aliases.map { $0.asname ?? String($0.name.prefix { $0 != "." }) }
            case .importFrom(_, let aliases, _):
                names += aliases.filter { $0.name != "*" }.map { $0.asname ?? $0.name }
            case .assign(let targets, _):
                names += targets.flatMap(targetNames)
            default:
                continue
            }
        }
        return names.reduce(into: []) { unique, name in if !unique.contains(name) { unique.append(name) } }
    }

    /// The names an assignment target binds: `a`, and those inside `a, (b, *c)`.
    private static func targetNames(_ target: Expr) -> [String] {
        switch target.kind {
        case .name(let name): return [name]
        case .tuple(let items), .list(let items): return items.flatMap(targetNames)
        case .starred(let item): return targetNames(item)
        default: return []
        }
    }
}

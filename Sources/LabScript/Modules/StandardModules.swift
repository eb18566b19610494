import Foundation

extension Interpreter {
    /// Registers the standard modules scripts can import.
    func installStandardModules() {
        registerStandard("math") { $0.mathModule() }
        registerStandard("random") { $0.randomModule() }
        registerStandard("json") { $0.jsonModule() }
        registerStandard("sys") { $0.sysModule() }
        registerStandard("time") { $0.timeModule() }
        registerStandard("itertools") { $0.itertoolsModule() }
        registerStandard("collections") { $0.collectionsModule() }
        registerStandard("functools") { $0.functoolsModule() }
        registerStandard("string") { _ in Interpreter.stringModule() }
        registerStandard("copy") { $0.copyModule() }
        registerStandard("statistics") { $0.statisticsModule() }
        registerStandard("os") { $0.osModule() }
        registerStandard("os.path") { $0.osPathModule() }
        registerStandard("typing") { _ in Interpreter.typingModule() }
        registerStandard("warnings") { _ in
            [("filterwarnings", Builtins.function("filterwarnings", ["*args", "**kwargs"]) { _, _ in .none }),
             ("simplefilter", Builtins.function("simplefilter", ["*args", "**kwargs"]) { _, _ in .none }),
             ("warn", Builtins.function("warn", ["message", "category=None", "stacklevel=1"]) { i, a in
                 let category = a.values[1].isNone ? "UserWarning" : (a.values[1].pyType === PyType.type ? (try? i.getAttribute(a.values[1], "__name__")).flatMap { v -> String? in if case .str(let s) = v { return s } else { return nil } } ?? "UserWarning" : "UserWarning")
                 i.configuration.stderr("<string>: \(category): \(try i.strOf(a.values[0]))\n")
                 return .none
             })]
        }
    }

    func sysModule() -> [(String, Value)] {
        [
            ("argv", .list(PyList(configuration.argv.map { .str($0) }))),
            ("stdout", .object(PyStream(name: "<stdout>", isError: false))),
            ("stderr", .object(PyStream(name: "<stderr>", isError: true))),
            ("version", .str("3.11.7 (labrun)")),
            ("version_info", .tuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])),
            ("platform", .str("linux")),
            ("maxsize", .int(Int.max)),
            ("executable", .str("labrun")),
            ("path", .list(PyList())),
            ("byteorder", .str("little")),
            ("getrecursionlimit", Builtins.function("getrecursionlimit", []) { i, _ in .int(i.recursionLimit) }),
            ("setrecursionlimit", Builtins.function("setrecursionlimit", ["limit", "/"]) { i, a in
                let n = try i.intArgument(a.values[0])
                if n < 1 { throw PyException.valueError("recursion limit must be greater or equal than 1") }
                i.recursionLimit = n
                return .none
            }),
            ("exit", Builtins.function("exit", ["status=None", "/"]) { _, a in
                throw PyException(.systemExit, args: a.values[0].isNone ? [] : [a.values[0]])
            }),
            ("getsizeof", Builtins.function("getsizeof", ["obj", "/"]) { i, a in .int(64 + 8 * ((try? i.length(a.values[0])) ?? 0)) }),
        ]
    }

    func timeModule() -> [(String, Value)] {
        func clock(_ name: String, _ body: @escaping () -> Double) -> (String, Value) {
            (name, Builtins.function(name, []) { _, _ in .float(body()) })
        }
        return [
            clock("time") { Date().timeIntervalSince1970 },
            clock("perf_counter") { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
            clock("monotonic") { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
            clock("process_time") { Double(clock_t(Foundation.clock())) / Double(CLOCKS_PER_SEC) },
            ("perf_counter_ns", Builtins.function("perf_counter_ns", []) { _, _ in .int(Int(DispatchTime.now().uptimeNanoseconds)) }),
            ("time_ns", Builtins.function("time_ns", []) { _, _ in .int(Int(Date().timeIntervalSince1970 * 1e9)) }),
            ("sleep", Builtins.function("sleep", ["secs", "/"]) { i, a in
                let seconds = try i.floatArgument(a.values[0])
                if seconds < 0 { throw PyException.valueError("sleep length must be non-negative") }
                let end = Date().addingTimeInterval(seconds)
                while Date() < end {
                    try i.checkInterrupt()
                    Thread.sleep(forTimeInterval: min(0.05, end.timeIntervalSinceNow))
                }
                try i.checkInterrupt()
                return .none
            }),
        ]
    }

    static func stringModule() -> [(String, Value)] {
        let lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.uppercased(), digits = "0123456789"
        let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", whitespace = " \t\n\r\u{0B}\u{0C}"
        return [
            ("ascii_lowercase", .str(lower)), ("ascii_uppercase", .str(upper)), ("ascii_letters", .str(lower + upper)),
            ("digits", .str(digits)), ("hexdigits", .str(digits + "abcdefABCDEF")), ("octdigits", .str("01234567")),
            ("punctuation", .str(punctuation)), ("whitespace", .str(whitespace)),
            ("printable", .str(digits + lower + upper + punctuation + whitespace)),
        ]
    }

    static func typingModule() -> [(String, Value)] {
        let names = ["Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable", "Iterable",
                     "Iterator", "Sequence", "Mapping", "Generator", "Type", "TypeVar", "Literal", "Final", "ClassVar"]
        return names.map { name in
            let t = PyType(name: name, bases: [.object], module: "typing")
            t.dict["__class_getitem__"] = Builtins.function("__class_getitem__", ["item"]) { _, _ in .type(t) }
            t.constructor = { _, _, _ in .type(t) }
            return (name, .type(t))
        }
    }

    func copyModule() -> [(String, Value)] {
        [
            ("copy", Builtins.function("copy", ["x", "/"]) { i, a in try i.shallowCopy(a.values[0]) }),
            ("deepcopy", Builtins.function("deepcopy", ["x", "memo=None", "/"]) { _, a in DeepCopier().copy(a.values[0]) }),
        ]
    }

    func shallowCopy(_ v: Value) throws -> Value {
        switch v {
        case .list(let l): return .list(PyList(l.items))
        case .dict(let d):
            let r = PyDict(d.storage)
            r.subtype = d.subtype
            r.defaultFactory = d.defaultFactory
            return .dict(r)
        case .set(let s): return .set(s.copy())
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__copy__") { return try callMethodValue(m, receiver: v, []) }
            let r = PyInstance(cls: inst.cls)
            r.dict = inst.dict
            return .object(r)
        default: return v
        }
    }

    func osModule() -> [(String, Value)] {
        let env = PyDict()
        for (k, v) in ProcessInfo.processInfo.environment { env[string: k] = .str(v) }
        return [
            ("environ", .dict(env)),
            ("sep", .str("/")),
            ("getcwd", Builtins.function("getcwd", []) { _, _ in .str(FileManager.default.currentDirectoryPath) }),
            ("listdir", Builtins.function("listdir", ["path='.'"]) { i, a in
                let path = try a.values[0].string("listdir() argument")
                guard let items = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw i.osError(.fileNotFoundError, 2, "No such file or directory", path)
                }
                return .list(PyList(items.sorted().map { .str($0) }))
            }),
            ("makedirs", Builtins.function("makedirs", ["name", "mode=511", "exist_ok=False"]) { i, a in
                let path = try a.values[0].string("makedirs() argument")
                if FileManager.default.fileExists(atPath: path) {
                    if try i.truthy(a.values[2]) { return .none }
                    throw i.osError(.fileExistsError, 17, "File exists", path)
                }
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                return .none
            }),
            ("remove", Builtins.function("remove", ["path"]) { i, a in
                let path = try a.values[0].string("remove() argument")
                do { try FileManager.default.removeItem(atPath: path) } catch { throw i.osError(.fileNotFoundError, 2, "No such file or directory", path) }
                return .none
            }),
            ("getenv", Builtins.function("getenv", ["key", "default=None"]) { _, a in
                env[string: try a.values[0].string("getenv() argument")] ?? a.values[1]
            }),
        ]
    }

    func osPathModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        return [
            fn("join", ["a", "*p"]) { _, a in
                var path = try a.values[0].string("join() argument")
                for part in a.varargs {
                    let p = try part.string("join() argument")
                    if p.hasPrefix("/") { path = p } else if path.isEmpty || path.hasSuffix("/") { path += p } else { path += "/" + p }
                }
                return .str(path)
            },
            fn("exists", ["path"]) { _, a in .bool(FileManager.default.fileExists(atPath: try a.values[0].string("path"))) },
            fn("isfile", ["path"]) { _, a in
                var dir: ObjCBool = false
                return .bool(FileManager.default.fileExists(atPath: try a.values[0].string("path"), isDirectory: &dir) && !dir.boolValue)
            },
            fn("isdir", ["path"]) { _, a in
                var dir: ObjCBool = false
                return .bool(FileManager.default.fileExists(atPath: try a.values[0].string("path"), isDirectory: &dir) && dir.boolValue)
            },
            fn("basename", ["p"]) { _, a in
                let p = try a.values[0].string("path")
                return .str(p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? p)
            },
            fn("dirname", ["p"]) { _, a in
                let p = try a.values[0].string("path")
                guard let slash = p.lastIndex(of: "/") else { return .str("") }
                let head = String(p[..<slash])
                return .str(head.isEmpty ? "/" : head)
            },
            fn("splitext", ["p"]) { _, a in
                let p = try a.values[0].string("path")
                let base = p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? p
                guard let dot = base.lastIndex(of: "."), dot != base.startIndex, base[..<dot].contains(where: { $0 != "." }) else {
                    return .tuple([.str(p), .str("")])
                }
                let ext = String(base[dot...])
                return .tuple([.str(String(p.dropLast(ext.count))), .str(ext)])
            },
            fn("abspath", ["path"]) { _, a in
                let p = try a.values[0].string("path")
                return .str(p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p)
            },
        ]
    }
}

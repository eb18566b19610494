import Foundation

extension Interpreter {
    /// The parts of `os` notebooks use: environ, getcwd, listdir, makedirs, remove, getenv.
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

    /// `os.path`: string operations on paths plus existence checks.
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
            fn("getsize", ["filename"]) { i, a in
                let path = try a.values[0].string("getsize() argument")
                guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else {
                    throw i.osError(.fileNotFoundError, 2, "No such file or directory", path)
                }
                return .int(size.intValue)
            },
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

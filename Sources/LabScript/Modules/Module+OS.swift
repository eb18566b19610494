import Foundation

extension Interpreter {
    /// The parts of `os` notebooks use: environ, getcwd, listdir, mkdir, makedirs, remove, unlink,
    /// rmdir, getenv. Each is the one system call CPython makes, so `remove` never deletes a directory
    /// and `rmdir` only an empty one; a failure raises the errno's OSError subclass.
    func osModule() -> [(String, Value)] {
        let env = PyDict()
        for (k, v) in ProcessInfo.processInfo.environment { env[string: k] = .str(v) }
        return [
            ("environ", .dict(env)),
            ("sep", .str("/")),
            ("getcwd", Builtins.function("getcwd", []) { _, _ in .str(FileManager.default.currentDirectoryPath) }),
            ("listdir", Builtins.function("listdir", ["path='.'"]) { i, a in
                let path = try a.values[0].string("listdir() argument")
                guard let dir = opendir(path) else { throw i.osError(errno: errno, path) }
                defer { closedir(dir) }
                var names: [String] = []
                while let entry = readdir(dir) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                    if name != "." && name != ".." { names.append(name) }
                }
                return .list(PyList(names.sorted().map { .str($0) }))
            }),
            ("mkdir", Builtins.function("mkdir", ["path", "mode=511"]) { i, a in
                let path = try a.values[0].string("mkdir() argument")
                if Glibc.mkdir(path, mode_t(try i.intArgument(a.values[1]) & 0o7777)) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("makedirs", Builtins.function("makedirs", ["name", "mode=511", "exist_ok=False"]) { i, a in
                let path = try a.values[0].string("makedirs() argument")
                try i.makeDirectories(path, mode: mode_t(try i.intArgument(a.values[1]) & 0o7777), existOK: try i.truthy(a.values[2]))
                return .none
            }),
            ("remove", Builtins.function("remove", ["path"]) { i, a in
                let path = try a.values[0].string("remove() argument")
                if Glibc.unlink(path) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("unlink", Builtins.function("unlink", ["path"]) { i, a in
                let path = try a.values[0].string("unlink() argument")
                if Glibc.unlink(path) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("rmdir", Builtins.function("rmdir", ["path"]) { i, a in
                let path = try a.values[0].string("rmdir() argument")
                if Glibc.rmdir(path) != 0 { throw i.osError(errno: errno, path) }
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

extension Interpreter {
    /// `os.makedirs`: creates each missing parent, then the leaf. An existing leaf is an error
    /// unless `existOK` and it is a directory, as in CPython.
    func makeDirectories(_ path: String, mode: mode_t, existOK: Bool) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if existOK && isDirectory.boolValue { return }
            throw osError(errno: EEXIST, path)
        }
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if let slash = trimmed.lastIndex(of: "/"), slash != trimmed.startIndex {
            let parent = String(trimmed[..<slash])
            if !FileManager.default.fileExists(atPath: parent) {
                try makeDirectories(parent, mode: 0o777, existOK: true)
            }
        }
        if Glibc.mkdir(path, mode) != 0 {
            let code = errno
            if code == EEXIST && existOK && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue { return }
            throw osError(errno: code, path)
        }
    }

    /// The OSError subclass CPython raises for a system call's errno, with its text and filename.
    func osError(errno code: Int32, _ path: String) -> PyException { Interpreter.osError(errno: code, path) }

    /// The same, for code that runs without an interpreter (a finalizer).
    static func osError(errno code: Int32, _ path: String) -> PyException {
        let type: PyType
        switch code {
        case ENOENT: type = .fileNotFoundError
        case EEXIST: type = .fileExistsError
        case EISDIR: type = .isADirectoryError
        case ENOTDIR: type = .notADirectoryError
        case EACCES, EPERM: type = .permissionError
        case ETIMEDOUT: type = .timeoutError
        default: type = .osError
        }
        let text = String(cString: strerror(code))
        let e = PyException(type, args: [.int(Int(code)), .str(text)])
        e.attributes["filename"] = .str(path)
        e.attributes["errno"] = .int(Int(code))
        e.attributes["strerror"] = .str(text)
        return e
    }
}

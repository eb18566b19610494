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
                let path = try fsPath(a.values[0])
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
                let path = try fsPath(a.values[0])
                if Glibc.mkdir(path, mode_t(try i.intArgument(a.values[1]) & 0o7777)) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("makedirs", Builtins.function("makedirs", ["name", "mode=511", "exist_ok=False"]) { i, a in
                let path = try fsPath(a.values[0])
                try i.makeDirectories(path, mode: mode_t(try i.intArgument(a.values[1]) & 0o7777), existOK: try i.truthy(a.values[2]))
                return .none
            }),
            ("remove", Builtins.function("remove", ["path"]) { i, a in
                let path = try fsPath(a.values[0])
                if Glibc.unlink(path) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("unlink", Builtins.function("unlink", ["path"]) { i, a in
                let path = try fsPath(a.values[0])
                if Glibc.unlink(path) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("rmdir", Builtins.function("rmdir", ["path"]) { i, a in
                let path = try fsPath(a.values[0])
                if Glibc.rmdir(path) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("rename", Builtins.function("rename", ["src", "dst"]) { i, a in
                let (from, to) = (try fsPath(a.values[0]), try fsPath(a.values[1]))
                if Glibc.rename(from, to) != 0 { throw i.osError(errno: errno, from, to) }
                return .none
            }),
            ("replace", Builtins.function("replace", ["src", "dst"]) { i, a in
                let (from, to) = (try fsPath(a.values[0]), try fsPath(a.values[1]))
                if Glibc.rename(from, to) != 0 { throw i.osError(errno: errno, from, to) }
                return .none
            }),
            ("symlink", Builtins.function("symlink", ["src", "dst", "target_is_directory=False"]) { i, a in
                let (target, link) = (try fsPath(a.values[0]), try fsPath(a.values[1]))
                if Glibc.symlink(target, link) != 0 { throw i.osError(errno: errno, target, link) }
                return .none
            }),
            ("readlink", Builtins.function("readlink", ["path"]) { i, a in .str(try i.readLink(try fsPath(a.values[0]))) }),
            ("chmod", Builtins.function("chmod", ["path", "mode"]) { i, a in
                let path = try fsPath(a.values[0])
                if Glibc.chmod(path, mode_t(truncatingIfNeeded: try i.intArgument(a.values[1]))) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("access", Builtins.function("access", ["path", "mode"]) { i, a in
                .bool(Glibc.access(try fsPath(a.values[0]), Int32(truncatingIfNeeded: try i.intArgument(a.values[1]))) == 0)
            }),
            ("utime", Builtins.function("utime", ["path", "times=None", "*", "ns=None"]) { i, a in
                let path = try fsPath(a.values[0])
                var times = try i.fileTimes(a.values[1], ns: a.values[2])
                if utimensat(AT_FDCWD, path, &times, 0) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("close", Builtins.function("close", ["fd"]) { i, a in
                let fd = Int32(truncatingIfNeeded: try i.intArgument(a.values[0]))
                guard TempfileSupport.release(fd) else { throw Interpreter.foreignDescriptor("close") }
                if Glibc.close(fd) != 0 {
                    let code = errno
                    throw PyException(.osError, args: [.int(Int(code)), .str(String(cString: strerror(code)))])
                }
                return .none
            }),
            ("fdopen", Builtins.function("fdopen", ["fd", "mode='r'", "buffering=-1", "encoding=None", "errors=None", "newline=None"]) { i, a in
                let fd = Int32(truncatingIfNeeded: try i.intArgument(a.values[0]))
                let mode = try a.values[1].string("fdopen() argument 'mode'")
                _ = try Interpreter.openFlags(mode)
                let newline = try i.newlineMode(a.values[5])
                guard TempfileSupport.release(fd) else { throw Interpreter.foreignDescriptor("fdopen") }
                let file = i.wrapDescriptor(fd, path: String(fd), mode: mode, newline: newline)
                file.nameValue = .int(Int(fd))
                return .object(file)
            }),
            ("F_OK", .int(Int(F_OK))), ("R_OK", .int(Int(R_OK))), ("W_OK", .int(Int(W_OK))), ("X_OK", .int(Int(X_OK))),
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
                var path = try fsPath(a.values[0])
                for part in a.varargs {
                    let p = try fsPath(part)
                    if p.hasPrefix("/") { path = p } else if path.isEmpty || path.hasSuffix("/") { path += p } else { path += "/" + p }
                }
                return .str(path)
            },
            fn("exists", ["path"]) { _, a in .bool(FileManager.default.fileExists(atPath: try fsPath(a.values[0]))) },
            fn("getsize", ["filename"]) { i, a in
                let path = try fsPath(a.values[0])
                guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else {
                    throw i.osError(.fileNotFoundError, 2, "No such file or directory", path)
                }
                return .int(size.intValue)
            },
            fn("isfile", ["path"]) { _, a in
                var dir: ObjCBool = false
                return .bool(FileManager.default.fileExists(atPath: try fsPath(a.values[0]), isDirectory: &dir) && !dir.boolValue)
            },
            fn("isdir", ["path"]) { _, a in
                var dir: ObjCBool = false
                return .bool(FileManager.default.fileExists(atPath: try fsPath(a.values[0]), isDirectory: &dir) && dir.boolValue)
            },
            fn("getmtime", ["filename"]) { i, a in
                let path = try fsPath(a.values[0])
                var info = stat()
                if stat(path, &info) != 0 { throw i.osError(errno: errno, path) }
                return .float(Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) * 1e-9)
            },
            fn("isabs", ["s"]) { _, a in .bool(try fsPath(a.values[0]).hasPrefix("/")) },
            fn("islink", ["path"]) { _, a in
                var info = stat()
                return .bool(lstat(try fsPath(a.values[0]), &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
            },
            fn("lexists", ["path"]) { _, a in
                var info = stat()
                return .bool(lstat(try fsPath(a.values[0]), &info) == 0)
            },
            fn("basename", ["p"]) { _, a in
                let p = try fsPath(a.values[0])
                return .str(p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? p)
            },
            fn("dirname", ["p"]) { _, a in
                let p = try fsPath(a.values[0])
                guard let slash = p.lastIndex(of: "/") else { return .str("") }
                let head = String(p[..<slash])
                return .str(head.isEmpty ? "/" : head)
            },
            fn("splitext", ["p"]) { _, a in
                let p = try fsPath(a.values[0])
                let base = p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? p
                guard let dot = base.lastIndex(of: "."), dot != base.startIndex, base[..<dot].contains(where: { $0 != "." }) else {
                    return .tuple([.str(p), .str("")])
                }
                let ext = String(base[dot...])
                return .tuple([.str(String(p.dropLast(ext.count))), .str(ext)])
            },
            fn("abspath", ["path"]) { _, a in
                let p = try fsPath(a.values[0])
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

    /// `os.utime`'s times: now (`UTIME_NOW`), `times=(atime, mtime)` in seconds (floats
    /// rounded down to the nanosecond) or `ns=(atime_ns, mtime_ns)`.
    func fileTimes(_ times: Value, ns: Value) throws -> [timespec] {
        func pair(_ v: Value, _ what: String) throws -> [Value] {
            guard case .tuple(let items) = v, items.count == 2 else {
                throw PyException.typeError("utime: '\(what)' must be a tuple of two \(what == "ns" ? "ints" : "numbers")")
            }
            return items
        }
        if !times.isNone && !ns.isNone { throw PyException.valueError("utime: you may specify either 'times' or 'ns' but not both") }
        if !ns.isNone {
            return try pair(ns, "ns").map { v in
                let n = try intArgument(v)
                let (q, r) = n.quotientAndRemainder(dividingBy: 1_000_000_000)
                return r < 0 ? timespec(tv_sec: q - 1, tv_nsec: r + 1_000_000_000) : timespec(tv_sec: q, tv_nsec: r)
            }
        }
        let now = (1 << 30) - 1  // Linux UTIME_NOW, which Swift does not import
        if times.isNone { return [timespec(tv_sec: 0, tv_nsec: now), timespec(tv_sec: 0, tv_nsec: now)] }
        return try pair(times, "times").map { v in
            if case .float(let x) = v {
                let seconds = x.rounded(.down)
                return timespec(tv_sec: Int(seconds), tv_nsec: min(Int(((x - seconds) * 1e9).rounded(.down)), 999_999_999))
            }
            return timespec(tv_sec: try intArgument(v), tv_nsec: 0)
        }
    }

    /// labrun's descriptors are its own: a lab may close or wrap only what `tempfile.mkstemp` gave it.
    static func foreignDescriptor(_ function: String) -> PyException {
        PyException(.notImplementedError, "os.\(function) of a descriptor that tempfile.mkstemp did not return is not supported by labrun")
    }

    /// `os.readlink`: the text of a symbolic link.
    func readLink(_ path: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = Glibc.readlink(path, &buffer, buffer.count - 1)
        if n < 0 { throw osError(errno: errno, path) }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The OSError of a call on two paths (`rename`, `symlink`): "[Errno 17] File exists: 'a' -> 'b'".
    func osError(errno code: Int32, _ path: String, _ path2: String) -> PyException {
        let e = Interpreter.osError(errno: code, path)
        e.attributes["filename2"] = .str(path2)
        return e
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

/// A path argument as `os.fspath` gives it: a str or a `pathlib` path.
func fsPath(_ v: Value) throws -> String {
    if let s = PathTypes.pathText(v) { return s }
    throw PyException.typeError("expected str, bytes or os.PathLike object, not \(v.typeName)")
}

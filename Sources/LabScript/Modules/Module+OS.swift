import Foundation

extension Interpreter {
    /// The parts of `os` notebooks use. Each file operation is the one system call CPython makes,
    /// so `remove` never deletes a directory, `rmdir` only an empty one, and `rename`/`replace`
    /// are rename(2); a failure raises the errno's OSError subclass. Paths may be str or
    /// path-like (pathlib paths, `os.DirEntry`, objects with `__fspath__`).
    func osModule() -> [(String, Value)] {
        let env = PyDict()
        for (k, v) in ProcessInfo.processInfo.environment { env[string: k] = .str(v) }
        /// A function of one path that makes one system call.
        func call(_ name: String, _ params: [String] = ["path"], _ body: @escaping (Interpreter, String, Signature.Bound) throws -> Int32) -> (String, Value) {
            (name, Builtins.function(name, params) { i, a in
                let path = try i.pathArgument(a.values[0], name)
                if try body(i, path, a) != 0 { throw i.osError(errno: errno, path) }
                return .none
            })
        }
        /// rename(2), for `rename` and `replace`: both replace an existing file, as on POSIX.
        func rename(_ name: String) -> (String, Value) {
            (name, Builtins.function(name, ["src", "dst"]) { i, a in
                let src = try i.pathArgument(a.values[0], name, "src"), dst = try i.pathArgument(a.values[1], name, "dst")
                if Glibc.rename(src, dst) != 0 { throw i.osError(errno: errno, src, dst) }
                return .none
            })
        }
        return [
            ("environ", .dict(env)),
            ("name", .str("posix")), ("sep", .str("/")), ("altsep", .none), ("curdir", .str(".")), ("pardir", .str("..")),
            ("extsep", .str(".")), ("pathsep", .str(":")), ("linesep", .str("\n")), ("devnull", .str("/dev/null")),
            ("SEEK_SET", .int(0)), ("SEEK_CUR", .int(1)), ("SEEK_END", .int(2)),
            ("getcwd", Builtins.function("getcwd", []) { _, _ in .str(FileManager.default.currentDirectoryPath) }),
            ("fspath", Builtins.function("fspath", ["path"]) { i, a in .str(try i.fspath(a.values[0])) }),
            ("listdir", Builtins.function("listdir", ["path=None"]) { i, a in
                let path = a.values[0].isNone ? "." : try i.pathArgument(a.values[0], "listdir", accepts: "string, bytes, os.PathLike, integer or None")
                return .list(PyList(try DirectoryListing.names(path).map { .str($0) }))
            }),
            call("mkdir", ["path", "mode=511"]) { i, path, a in Glibc.mkdir(path, mode_t(try i.intArgument(a.values[1]) & 0o7777)) },
            ("makedirs", Builtins.function("makedirs", ["name", "mode=511", "exist_ok=False"]) { i, a in
                let path = try i.pathArgument(a.values[0], "makedirs", "name")
                try i.makeDirectories(path, mode: mode_t(try i.intArgument(a.values[1]) & 0o7777), existOK: try i.truthy(a.values[2]))
                return .none
            }),
            call("remove") { _, path, _ in Glibc.unlink(path) },
            call("unlink") { _, path, _ in Glibc.unlink(path) },
            call("rmdir") { _, path, _ in Glibc.rmdir(path) },
            rename("rename"), rename("replace"),
            ("symlink", Builtins.function("symlink", ["src", "dst", "target_is_directory=False"]) { i, a in
                let src = try i.pathArgument(a.values[0], "symlink", "src"), dst = try i.pathArgument(a.values[1], "symlink", "dst")
                if Glibc.symlink(src, dst) != 0 { throw i.osError(errno: errno, src, dst) }
                return .none
            }),
            ("readlink", Builtins.function("readlink", ["path"]) { i, a in .str(try i.readLink(try i.pathArgument(a.values[0], "readlink"))) }),
            ("chmod", Builtins.function("chmod", ["path", "mode"]) { i, a in
                let path = try i.pathArgument(a.values[0], "chmod")
                if Glibc.chmod(path, mode_t(truncatingIfNeeded: try i.intArgument(a.values[1]))) != 0 { throw i.osError(errno: errno, path) }
                return .none
            }),
            ("access", Builtins.function("access", ["path", "mode"]) { i, a in
                .bool(Glibc.access(try i.pathArgument(a.values[0], "access"), Int32(truncatingIfNeeded: try i.intArgument(a.values[1]))) == 0)
            }),
            ("utime", Builtins.function("utime", ["path", "times=None", "*", "ns=None"]) { i, a in
                let path = try i.pathArgument(a.values[0], "utime")
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
                let parsed = try OpenMode(mode)
                if parsed.binary {
                    guard TempfileSupport.release(fd) else { throw Interpreter.foreignDescriptor("fdopen") }
                    let file = try BinaryFile(path: String(fd), mode: parsed, descriptor: fd)
                    file.nameValue = .int(Int(fd))
                    return .native(file)
                }
                try i.checkTextEncoding(a.values[3], a.values[4])
                let newline = try i.newlineMode(a.values[5])
                guard TempfileSupport.release(fd) else { throw Interpreter.foreignDescriptor("fdopen") }
                let file = i.wrapDescriptor(fd, path: String(fd), mode: mode, newline: newline)
                file.nameValue = .int(Int(fd))
                return .object(file)
            }),
            ("F_OK", .int(Int(F_OK))), ("R_OK", .int(Int(R_OK))), ("W_OK", .int(Int(W_OK))), ("X_OK", .int(Int(X_OK))),
        ] + statFunctions() + walkFunctions()
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

/// A path argument as `os.fspath` gives it (str, pathlib path, or an object with `__fspath__`),
/// for helpers that are not handed the interpreter.
func fsPath(_ v: Value) throws -> String {
    if let s = PathTypes.pathText(v) { return s }
    guard let interpreter = Interpreter.running else {
        throw PyException.typeError("expected str, bytes or os.PathLike object, not \(v.typeName)")
    }
    return try interpreter.fspath(v)
}

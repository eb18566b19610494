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
                if Glibc.rename(src, dst) != 0 {
                    let e = i.osError(errno: errno, src)
                    e.attributes["filename2"] = .str(dst)
                    throw e
                }
                return .none
            })
        }
        return [
            ("environ", .dict(env)),
            ("name", .str("posix")), ("sep", .str("/")), ("altsep", .none), ("curdir", .str(".")), ("pardir", .str("..")),
            ("extsep", .str(".")), ("pathsep", .str(":")), ("linesep", .str("\n")), ("devnull", .str("/dev/null")),
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
                if Glibc.symlink(src, dst) != 0 {
                    let e = i.osError(errno: errno, src)
                    e.attributes["filename2"] = .str(dst)
                    throw e
                }
                return .none
            }),
            ("readlink", Builtins.function("readlink", ["path"]) { i, a in
                let path = try i.pathArgument(a.values[0], "readlink")
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let n = Glibc.readlink(path, &buffer, buffer.count - 1)
                guard n >= 0 else { throw i.osError(errno: errno, path) }
                let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                return .str(target)
            }),
            ("getenv", Builtins.function("getenv", ["key", "default=None"]) { _, a in
                env[string: try a.values[0].string("getenv() argument")] ?? a.values[1]
            }),
            ("cpu_count", Builtins.function("cpu_count", []) { _, _ in .int(ProcessInfo.processInfo.activeProcessorCount) }),
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

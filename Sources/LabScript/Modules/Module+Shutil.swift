import Foundation

extension PyType {
    /// `shutil.Error`, raised by `copytree` (with its list of `(src, dst, why)`) and `move`.
    public static let shutilError = PyType(name: "Error", bases: [.osError], module: "shutil")
    public static let sameFileError = PyType(name: "SameFileError", bases: [shutilError], module: "shutil")
    public static let specialFileError = PyType(name: "SpecialFileError", bases: [.osError], module: "shutil")
}

extension Interpreter {
    /// `shutil`: copying files and trees (`copyfile`, `copy`, `copy2`, `copymode`, `copystat`,
    /// `copytree`, `copyfileobj`), `move`, `rmtree` and `disk_usage`. Archives, `which`, `chown`
    /// and `get_terminal_size` raise NotImplementedError naming themselves.
    func shutilModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        func unsupported(_ name: String, _ why: String) -> (String, Value) {
            fn(name, ["*args", "**kwargs"]) { _, _ in
                throw PyException(.notImplementedError, "shutil.\(name) is not supported yet: \(why)")
            }
        }
        let archives = "labrun reads and writes no archives"
        let copy2 = Builtins.function("copy2", ["src", "dst", "*", "follow_symlinks=True"]) { i, a in
            try i.copyFileAndMetadata(a.values[0], a.values[1], followSymlinks: try i.truthy(a.values[2]), metadata: .all)
        }
        let rmtree = Builtins.function("rmtree", ["path", "ignore_errors=False", "onerror=None", "*", "dir_fd=None"]) { i, a in
            if !a.values[3].isNone { throw PyException(.notImplementedError, "shutil.rmtree's dir_fd= is not supported yet") }
            try i.removeTree(a.values[0], ignoreErrors: try i.truthy(a.values[1]), onError: a.values[2])
            return .none
        }
        return [
            ("Error", .type(.shutilError)),
            ("SameFileError", .type(.sameFileError)),
            ("SpecialFileError", .type(.specialFileError)),
            ("COPY_BUFSIZE", .int(Interpreter.copyBufferSize)),
            fn("copyfileobj", ["fsrc", "fdst", "length=0"]) { i, a in
                let length = try i.intArgument(a.values[2])
                let read = try i.getAttribute(a.values[0], "read"), write = try i.getAttribute(a.values[1], "write")
                let size = Value.int(length > 0 ? length : Interpreter.copyBufferSize)
                while case let chunk = try i.call(read, [size]), try i.truthy(chunk) {
                    _ = try i.call(write, [chunk])
                }
                return .none
            },
            fn("copyfile", ["src", "dst", "*", "follow_symlinks=True"]) { i, a in
                try i.copyFile(a.values[0], a.values[1], followSymlinks: try i.truthy(a.values[2]))
            },
            fn("copymode", ["src", "dst", "*", "follow_symlinks=True"]) { i, a in
                try i.copyMode(a.values[0], a.values[1], followSymlinks: try i.truthy(a.values[2]))
                return .none
            },
            fn("copystat", ["src", "dst", "*", "follow_symlinks=True"]) { i, a in
                try i.copyStat(a.values[0], a.values[1], followSymlinks: try i.truthy(a.values[2]))
                return .none
            },
            fn("copy", ["src", "dst", "*", "follow_symlinks=True"]) { i, a in
                try i.copyFileAndMetadata(a.values[0], a.values[1], followSymlinks: try i.truthy(a.values[2]), metadata: .mode)
            },
            ("copy2", copy2),
            fn("copytree", ["src", "dst", "symlinks=False", "ignore=None", "copy_function=None", "ignore_dangling_symlinks=False",
                            "dirs_exist_ok=False"]) { i, a in
                let options = TreeCopyOptions(symlinks: try i.truthy(a.values[2]), ignore: a.values[3],
                                              copyFunction: a.wasPassed(4) ? a.values[4] : copy2,
                                              ignoreDanglingSymlinks: try i.truthy(a.values[5]), dirsExistOK: try i.truthy(a.values[6]))
                return try i.copyTree(a.values[0], a.values[1], options)
            },
            fn("ignore_patterns", ["*patterns"]) { _, a in
                let patterns = try a.varargs.map { try $0.string("ignore_patterns() argument") }
                return Builtins.function("_ignore_patterns", ["path", "names"]) { i, b in
                    let names = try i.iterateToArray(b.values[1]).map { try fsPath($0) }
                    let ignored = PySet()
                    for pattern in patterns {
                        for name in names where Wildcard.matches(pattern, name) { try ignored.add(.str(name)) }
                    }
                    return .set(ignored)
                }
            },
            fn("move", ["src", "dst", "copy_function=None"]) { i, a in
                try i.move(a.values[0], a.values[1], copyFunction: a.wasPassed(2) ? a.values[2] : copy2)
            },
            ("rmtree", rmtree),
            fn("disk_usage", ["path"]) { i, a in
                let path = try fsPath(a.values[0])
                var info = statvfs()
                if statvfs(path, &info) != 0 { throw i.osError(errno: errno, path) }
                let unit = Int(info.f_frsize)
                let usage = try i.makeNamedTuple("usage", .str("total used free"), defaults: .none)
                return try i.call(usage, [.int(Int(info.f_blocks) * unit), .int(Int(info.f_blocks - info.f_bfree) * unit),
                                          .int(Int(info.f_bavail) * unit)])
            },
            unsupported("make_archive", archives),
            unsupported("unpack_archive", archives),
            unsupported("get_archive_formats", archives),
            unsupported("get_unpack_formats", archives),
            unsupported("register_archive_format", archives),
            unsupported("unregister_archive_format", archives),
            unsupported("register_unpack_format", archives),
            unsupported("unregister_unpack_format", archives),
            unsupported("which", "labrun runs no programs"),
            unsupported("chown", "labrun does not change owners"),
            unsupported("get_terminal_size", "labrun's output is not a terminal"),
        ]
    }

    /// `shutil.rmtree(path, ignore_errors, onerror)`: removes the tree through `TreeRemoval`.
    /// `onerror(function, path, exc_info)` gets the failing `os` function, the path and
    /// `(type, exception, None)` (labrun has no traceback objects).
    func removeTree(_ pathValue: Value, ignoreErrors: Bool, onError: Value) throws {
        func report(_ failure: TreeRemoval.Failure, _ reported: Value) throws {
            if ignoreErrors { return }
            guard !onError.isNone else { throw failure.error }
            let info = Value.tuple([.type(failure.error.cls), .object(failure.error), .none])
            _ = try call(onError, [try osFunction(failure.function), reported, info])
        }
        guard let path = PathTypes.pathText(pathValue) else {
            let error = PyException.typeError("lstat: path should be string, bytes or os.PathLike, not \(pathValue.typeName)")
            return try report(TreeRemoval.Failure(function: "lstat", path: "", error: error), pathValue)
        }
        try TreeRemoval.remove(path, onError: { failure in
            try report(failure, failure.path == path ? pathValue : .str(failure.path))
        }, poll: { try checkInterrupt() })
    }

    /// The `os` function a failure of `rmtree` names (`os.unlink`, `os.path.islink`, ...).
    private func osFunction(_ name: String) throws -> Value {
        if name == "islink", let f = try importModule("os.path").dict["islink"] { return f }
        if let f = try importModule("os").dict[name] { return f }
        // os.lstat, os.open and os.scandir are not in labrun's os: a function of that name that says so.
        return Builtins.function(name, ["*args", "**kwargs"]) { _, _ in
            throw PyException(.notImplementedError, "os.\(name) is not supported yet")
        }
    }
}

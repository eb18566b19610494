import Foundation

/// POSIX path strings as CPython's `posixpath` treats them: pure text operations, no file system.
enum PosixPath {
    static func isAbsolute(_ p: String) -> Bool { p.hasPrefix("/") }

    /// `join(a, *p)`: an absolute part restarts the path.
    static func join(_ first: String, _ rest: [String]) -> String {
        var path = first
        for part in rest {
            if part.hasPrefix("/") { path = part } else if path.isEmpty || path.hasSuffix("/") { path += part } else { path += "/" + part }
        }
        return path
    }

    /// `split(p)`: (head, tail), the head without trailing slashes unless it is all slashes.
    static func split(_ p: String) -> (String, String) {
        let chars = Array(p.unicodeScalars)
        let cut = (chars.lastIndex(of: "/") ?? -1) + 1
        var head = String(String.UnicodeScalarView(chars[..<cut]))
        let tail = String(String.UnicodeScalarView(chars[cut...]))
        if !head.isEmpty, head.contains(where: { $0 != "/" }) {
            while head.hasSuffix("/") { head.removeLast() }
        }
        return (head, tail)
    }

    /// `basename(p)`: what follows the last slash.
    static func basename(_ p: String) -> String { split(p).1 }

    /// `splitext(p)`: the extension starts at the last dot of the last component, unless that
    /// component is only leading dots before it (".bashrc" has none).
    static func splitext(_ p: String) -> (String, String) {
        let chars = Array(p.unicodeScalars)
        let sep = chars.lastIndex(of: "/") ?? -1
        guard let dot = chars.lastIndex(of: "."), dot > sep else { return (p, "") }
        guard chars[(sep + 1)..<dot].contains(where: { $0 != "." }) else { return (p, "") }
        return (String(String.UnicodeScalarView(chars[..<dot])), String(String.UnicodeScalarView(chars[dot...])))
    }

    /// `normpath(p)`: collapses repeated separators, `.` and `a/..`; keeps two leading slashes.
    static func normalize(_ p: String) -> String {
        if p.isEmpty { return "." }
        var leading = p.hasPrefix("/") ? 1 : 0
        if p.hasPrefix("//") && !p.hasPrefix("///") { leading = 2 }
        var parts: [Substring] = []
        for comp in p.split(separator: "/", omittingEmptySubsequences: false) where !comp.isEmpty && comp != "." {
            if comp != ".." || (leading == 0 && parts.isEmpty) || parts.last == ".." {
                parts.append(comp)
            } else if !parts.isEmpty {
                parts.removeLast()
            }
        }
        let joined = String(repeating: "/", count: leading) + parts.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    static func absolute(_ p: String) -> String {
        normalize(isAbsolute(p) ? p : join(FileManager.default.currentDirectoryPath, [p]))
    }

    /// `relpath(path, start)`.
    static func relative(_ path: String, to start: String) throws -> String {
        guard !path.isEmpty else { throw PyException.valueError("no path specified") }
        let from = absolute(start).split(separator: "/").map(String.init)
        let to = absolute(path).split(separator: "/").map(String.init)
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.isEmpty ? "." : join(parts[0], Array(parts.dropFirst()))
    }

    /// `commonpath(paths)`: the longest common sub-path.
    static func commonPath(_ paths: [String]) throws -> String {
        guard !paths.isEmpty else { throw PyException.valueError("commonpath() arg is an empty sequence") }
        let absolute = paths.map(isAbsolute)
        guard Set(absolute).count == 1 else { throw PyException.valueError("Can't mix absolute and relative paths") }
        let split = paths.map { $0.split(separator: "/").filter { $0 != "." } }
        let shortest = split.min { $0.lexicographicallyPrecedes($1) }!, longest = split.max { $0.lexicographicallyPrecedes($1) }!
        var n = 0
        while n < shortest.count && n < longest.count && shortest[n] == longest[n] { n += 1 }
        return (absolute[0] ? "/" : "") + shortest[..<n].joined(separator: "/")
    }

    /// `expanduser(p)`: `~` is $HOME (or the password database's entry), `~name` that user's home.
    static func expandUser(_ p: String) -> String {
        guard p.hasPrefix("~") else { return p }
        let chars = Array(p.unicodeScalars)
        let end = chars[1...].firstIndex(of: "/") ?? chars.count
        var home: String
        if end == 1 {
            if let h = ProcessInfo.processInfo.environment["HOME"] { home = h } else {
                guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return p }
                home = String(cString: dir)
            }
        } else {
            let name = String(String.UnicodeScalarView(chars[1..<end]))
            guard let entry = getpwnam(name), let dir = entry.pointee.pw_dir else { return p }
            home = String(cString: dir)
        }
        while home.hasSuffix("/") { home.removeLast() }
        let result = home + String(String.UnicodeScalarView(chars[end...]))
        return result.isEmpty ? "/" : result
    }

    /// `expandvars(p)`: `$name` and `${name}` of set variables replaced; others left as written.
    static func expandVariables(_ p: String, _ environment: (String) -> String?) -> String {
        let chars = Array(p.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_") }
        while i < chars.count {
            guard chars[i] == "$", i + 1 < chars.count else { out.append(chars[i]); i += 1; continue }
            var j = i + 1
            let name: String
            if chars[j] == "{" {
                guard let close = chars[(j + 1)...].firstIndex(of: "}"), close > j + 1 else { out.append(chars[i]); i += 1; continue }
                name = String(String.UnicodeScalarView(chars[(j + 1)..<close]))
                j = close + 1
            } else {
                while j < chars.count && isWord(chars[j]) { j += 1 }
                guard j > i + 1 else { out.append(chars[i]); i += 1; continue }
                name = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
            }
            if let value = environment(name) { out.append(contentsOf: value.unicodeScalars) } else { out.append(contentsOf: chars[i..<j]) }
            i = j
        }
        return String(out)
    }

    /// `realpath(p)`: absolute, with every symbolic link that exists resolved; the part past the
    /// last existing directory is kept as written (normalised), as CPython's non-strict mode does.
    static func real(_ p: String) -> String {
        var existing = absolute(p)
        var rest: [String] = []
        while true {
            if let resolved = Glibc.realpath(existing, nil) {
                defer { free(resolved) }
                return normalize(join(String(cString: resolved), rest))
            }
            let (head, tail) = split(existing)
            if tail.isEmpty { return absolute(p) }
            rest.insert(tail, at: 0)
            existing = head
        }
    }
}

extension Interpreter {
    /// `os.fspath(value)`: a str, or what the object's `__fspath__` returns (a pathlib path).
    func fspath(_ value: Value) throws -> String {
        switch value {
        case .str(let s): return s
        case .native(let p as PathValue): return p.text
        case .object(let b as PyBytes) where !b.isMutable:
            throw PyException(.notImplementedError, "bytes paths are not supported by labrun; decode the path to str")
        default:
            if let method = value.pyType.lookup("__fspath__") {
                let result = try callMethodValue(method, receiver: value, [])
                if case .str(let s) = result { return s }
                throw PyException.typeError("expected \(value.typeName).__fspath__() to return str or bytes, not \(result.typeName)")
            }
            throw PyException.typeError("expected str, bytes or os.PathLike object, not \(value.typeName)")
        }
    }

    /// A path argument of an `os` function: str or path-like; anything else is the TypeError
    /// CPython's argument converter gives.
    /// `accepts` lists what the parameter takes in CPython's message (`stat` also takes a file
    /// descriptor, which labrun refuses by name).
    func pathArgument(_ value: Value, _ function: String, _ parameter: String = "path",
                      accepts: String = "string, bytes or os.PathLike") throws -> String {
        if case .int = value, accepts.contains("integer") {
            throw PyException(.notImplementedError, "\(function)() of a file descriptor is not supported by labrun; pass a path")
        }
        do { return try fspath(value) } catch let e as PyException where e.cls === PyType.typeError && value.pyType.lookup("__fspath__") == nil {
            throw PyException.typeError("\(function): \(parameter) should be \(accepts), not \(value.typeName)")
        }
    }

    /// `open()`'s file argument: a str or path-like; a file descriptor is refused by name.
    func openPath(_ value: Value) throws -> String {
        if case .int = value {
            throw PyException(.notImplementedError, "open() of a file descriptor is not supported by labrun; pass a path")
        }
        do { return try fspath(value) } catch let e as PyException where e.cls === PyType.typeError && value.pyType.lookup("__fspath__") == nil {
            throw PyException.typeError("expected str, bytes or os.PathLike object, not \(value.typeName)")
        }
    }

    /// `os.path`: CPython's posixpath.
    func osPathModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        func text(_ name: String, _ params: [String] = ["p"], _ body: @escaping (String) throws -> Value) -> (String, Value) {
            fn(name, params) { i, a in try body(try i.fspath(a.values[0])) }
        }
        /// A query on the file a path names; false when it does not exist, as CPython's are.
        func query(_ name: String, follow: Bool = true, _ test: @escaping (stat) -> Bool) -> (String, Value) {
            fn(name, ["path"]) { i, a in
                guard case .some(let path) = try? i.fspath(a.values[0]) else { return .bool(false) }
                return .bool(FileStatus.of(path, follow: follow).map(test) ?? false)
            }
        }
        func time(_ name: String, _ field: @escaping (StatResult) -> Value) -> (String, Value) {
            fn(name, ["filename"]) { i, a in field(try StatResult.of(try i.fspath(a.values[0]), follow: true, function: "stat")) }
        }
        return [
            ("sep", .str("/")), ("curdir", .str(".")), ("pardir", .str("..")), ("extsep", .str(".")),
            ("altsep", .none), ("pathsep", .str(":")), ("defpath", .str("/bin:/usr/bin")), ("devnull", .str("/dev/null")),
            fn("join", ["a", "*p"]) { i, a in
                let first = try i.fspath(a.values[0])
                do {
                    return .str(PosixPath.join(first, try a.varargs.map { try i.fspath($0) }))
                } catch let e as PyException where e.cls === PyType.typeError {
                    let bad = a.varargs.first { (try? i.fspath($0)) == nil } ?? a.values[0]
                    throw PyException.typeError("join() argument must be str, bytes, or os.PathLike object, not '\(bad.typeName)'")
                }
            },
            text("split") { p in let (h, t) = PosixPath.split(p); return .tuple([.str(h), .str(t)]) },
            text("basename") { p in .str(PosixPath.basename(p)) },
            text("dirname") { p in .str(PosixPath.split(p).0) },
            text("splitext") { p in let (root, ext) = PosixPath.splitext(p); return .tuple([.str(root), .str(ext)]) },
            text("splitdrive") { p in .tuple([.str(""), .str(p)]) },
            text("normpath", ["path"]) { .str(PosixPath.normalize($0)) },
            text("abspath", ["path"]) { .str(PosixPath.absolute($0)) },
            text("isabs", ["s"]) { .bool(PosixPath.isAbsolute($0)) },
            text("normcase", ["s"]) { .str($0) },
            text("expanduser", ["path"]) { .str(PosixPath.expandUser($0)) },
            fn("expandvars", ["path"]) { i, a in
                let environment = try i.importModule("os").dict["environ"]
                return .str(PosixPath.expandVariables(try i.fspath(a.values[0])) { name in
                    guard case .dict(let env)? = environment, case .str(let v)? = env[string: name] else { return nil }
                    return v
                })
            },
            fn("realpath", ["filename", "*", "strict=False"]) { i, a in
                guard !(try i.truthy(a.values[1])) else { throw PyException(.notImplementedError, "realpath(strict=True) is not supported by labrun") }
                return .str(PosixPath.real(try i.fspath(a.values[0])))
            },
            fn("relpath", ["path", "start=None"]) { i, a in
                .str(try PosixPath.relative(try i.fspath(a.values[0]), to: a.values[1].isNone ? "." : try i.fspath(a.values[1])))
            },
            fn("commonpath", ["paths"]) { i, a in .str(try PosixPath.commonPath(try i.iterateToArray(a.values[0]).map { try i.fspath($0) })) },
            fn("commonprefix", ["m"]) { i, a in
                let items = try i.iterateToArray(a.values[0])
                guard !items.isEmpty else { return .str("") }
                let sequences = items.allSatisfy { if case .list = $0 { return true }; return $0.isTupleLike }
                let values = sequences ? items : try items.map { Value.str(try i.fspath($0)) }
                let low = try i.call(i.builtins["min"]!, [.list(PyList(values))]), high = try i.call(i.builtins["max"]!, [.list(PyList(values))])
                let lowItems = try i.iterateToArray(low), highItems = try i.iterateToArray(high)
                var n = 0
                while n < lowItems.count, n < highItems.count, try i.equals(lowItems[n], highItems[n]) { n += 1 }
                return try i.getItem(low, .object(PySlice(.none, .int(n), .none)))
            },
            query("exists") { _ in true },
            query("lexists", follow: false) { _ in true },
            query("isfile") { $0.st_mode & S_IFMT == S_IFREG },
            query("isdir") { $0.st_mode & S_IFMT == S_IFDIR },
            query("islink", follow: false) { $0.st_mode & S_IFMT == S_IFLNK },
            time("getsize") { .int(Int($0.info.st_size)) },
            time("getmtime") { .float($0.seconds(\.st_mtim)) },
            time("getatime") { .float($0.seconds(\.st_atim)) },
            time("getctime") { .float($0.seconds(\.st_ctim)) },
            fn("samefile", ["f1", "f2"]) { i, a in
                let s1 = try StatResult.of(try i.fspath(a.values[0]), follow: true, function: "stat")
                let s2 = try StatResult.of(try i.fspath(a.values[1]), follow: true, function: "stat")
                return .bool(s1.info.st_ino == s2.info.st_ino && s1.info.st_dev == s2.info.st_dev)
            },
        ]
    }
}

import Foundation

/// The file operations of `pathlib.Path`. Each makes the system call CPython makes (`unlink` never
/// removes a directory, `rmdir` only an empty one), and a failure raises the errno's OSError.
extension PathTypes {
    static func installConcreteMethods(_ t: PyType) {
        func method(_ name: String, _ params: [String] = [], _ body: @escaping (Args, PathValue) throws -> Value) {
            t.dict[name] = .builtin(Function(name, params: params) { a in try body(a, try a.receiver(as: PathValue.self)) }
                .makeBuiltin(owner: t.name, isMethod: true))
        }
        method("exists") { _, p in .bool(FileStatus.of(p.text, follow: true) != nil) }
        method("is_file") { _, p in .bool(FileStatus.of(p.text, follow: true).map { $0.st_mode & S_IFMT == S_IFREG } ?? false) }
        method("is_dir") { _, p in .bool(FileStatus.of(p.text, follow: true).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false) }
        method("read_text", ["encoding=None", "errors=None"]) { a, p in
            let file = try a.interpreter.openFile(p.text, mode: "r", encoding: a["encoding"], errors: a["errors"])
            defer { _ = try? a.interpreter.callMethod(file, "close", [], []) }
            return try a.interpreter.callMethod(file, "read", [], [])
        }
        method("write_text", ["data", "encoding=None", "errors=None", "newline=None"]) { a, p in
            guard case .str = a["data"] else { throw PyException.typeError("data must be str, not \(a["data"].typeName)") }
            let file = try a.interpreter.openFile(p.text, mode: "w", newline: a["newline"], encoding: a["encoding"], errors: a["errors"])
            defer { _ = try? a.interpreter.callMethod(file, "close", [], []) }
            return try a.interpreter.callMethod(file, "write", [a["data"]], [])
        }
        method("read_bytes") { a, p in .object(PyBytes(try readBytes(p.text, a.interpreter))) }
        method("write_bytes", ["data"]) { a, p in
            guard case .object(let b as PyBytes) = a["data"] else {
                throw PyException.typeError("memoryview: a bytes-like object is required, not '\(a["data"].typeName)'")
            }
            try writeBytes(b.bytes, p.text, a.interpreter)
            return .int(b.bytes.count)
        }
        method("open", ["mode='r'", "buffering=-1", "encoding=None", "errors=None", "newline=None"]) { a, p in
            try a.interpreter.openFile(p.text, mode: try a["mode"].string("open() argument 'mode'"), newline: a["newline"],
                                       encoding: a["encoding"], errors: a["errors"])
        }
        method("mkdir", ["mode=511", "parents=False", "exist_ok=False"]) { a, p in
            let mode = mode_t(try a.int("mode") & 0o7777)
            let existOK = try a.interpreter.truthy(a["exist_ok"])
            if try a.interpreter.truthy(a["parents"]) {
                try a.interpreter.makeDirectories(p.text, mode: mode, existOK: existOK)
                return .none
            }
            if Glibc.mkdir(p.text, mode) != 0 {
                let code = errno
                if code == EEXIST && existOK, let info = FileStatus.of(p.text, follow: true), info.st_mode & S_IFMT == S_IFDIR { return .none }
                throw a.interpreter.osError(errno: code, p.text)
            }
            return .none
        }
        method("unlink", ["missing_ok=False"]) { a, p in
            if Glibc.unlink(p.text) != 0 {
                let code = errno
                if code == ENOENT, try a.interpreter.truthy(a["missing_ok"]) { return .none }
                throw a.interpreter.osError(errno: code, p.text)
            }
            return .none
        }
        method("rmdir") { a, p in
            if Glibc.rmdir(p.text) != 0 { throw a.interpreter.osError(errno: errno, p.text) }
            return .none
        }
        method("iterdir") { a, p in
            let names = try DirectoryListing.names(p.text)
            return .list(PyList(names.map { .native(p.joining($0)) }))
        }
        method("glob", ["pattern"]) { a, p in
            .list(PyList(try glob(p, try a["pattern"].string("glob() argument"), a.interpreter).map { .native($0) }))
        }
        method("rglob", ["pattern"]) { a, p in
            .list(PyList(try glob(p, "**/" + (try a["pattern"].string("rglob() argument")), a.interpreter).map { .native($0) }))
        }
        method("absolute") { _, p in .native(absolute(p)) }
        method("resolve", ["strict=False"]) { a, p in
            if try a.bool("strict") { _ = try StatResult.of(p.text, follow: true, function: "stat") }
            return .native(PathValue(PosixPath.real(p.text), isConcrete: true))
        }
        method("stat", ["*", "follow_symlinks=True"]) { a, p in
            .native(try StatResult.of(p.text, follow: try a.bool("follow_symlinks"), function: "stat"))
        }
        method("lstat") { _, p in .native(try StatResult.of(p.text, follow: false, function: "lstat")) }
        method("is_symlink") { _, p in .bool(FileStatus.of(p.text, follow: false).map { $0.st_mode & S_IFMT == S_IFLNK } ?? false) }
        method("samefile", ["other_path"]) { a, p in
            let mine = try StatResult.of(p.text, follow: true, function: "stat").info
            let other = try StatResult.of(try a.interpreter.fspath(a["other_path"]), follow: true, function: "stat").info
            return .bool(mine.st_ino == other.st_ino && mine.st_dev == other.st_dev)
        }
        /// `rename`/`replace`: rename(2), returning the target as a path (relative targets are
        /// relative to the working directory, not to this path, as in CPython).
        for name in ["rename", "replace"] {
            method(name, ["target"]) { a, p in
                let target = try a.interpreter.fspath(a["target"])
                if Glibc.rename(p.text, target) != 0 {
                    let e = a.interpreter.osError(errno: errno, p.text)
                    e.attributes["filename2"] = .str(target)
                    throw e
                }
                return .native(PathValue(target, isConcrete: true))
            }
        }
        method("touch", ["mode=438", "exist_ok=True"]) { a, p in
            var flags = O_CREAT | O_WRONLY | O_CLOEXEC
            if !(try a.bool("exist_ok")) { flags |= O_EXCL }
            let descriptor = Glibc.open(p.text, flags, mode_t(try a.int("mode") & 0o7777))
            if descriptor < 0 { throw a.interpreter.osError(errno: errno, p.text) }
            Glibc.close(descriptor)
            // An existing file gets its times set to now, as os.utime(path) does.
            if utimensat(AT_FDCWD, p.text, nil, 0) != 0 { throw a.interpreter.osError(errno: errno, p.text) }
            return .none
        }
        method("symlink_to", ["target", "target_is_directory=False"]) { a, p in
            let target = try a.interpreter.fspath(a["target"])
            if Glibc.symlink(target, p.text) != 0 {
                let e = a.interpreter.osError(errno: errno, target)
                e.attributes["filename2"] = .str(p.text)
                throw e
            }
            return .none
        }
        method("readlink") { a, p in
            .native(PathValue(try a.interpreter.fspath(try a.interpreter.call(try a.interpreter.importModule("os").dict["readlink"]!, [.str(p.text)])), isConcrete: true))
        }
        method("expanduser") { _, p in .native(PathValue(PosixPath.expandUser(p.text), isConcrete: true)) }
        t.dict["home"] = .builtin(Function("home") { _ in
            .native(PathValue(PosixPath.expandUser("~"), isConcrete: true))
        }.makeBuiltin(owner: t.name, isMethod: false))
        t.dict["cwd"] = .builtin(Function("cwd") { _ in
            .native(PathValue(FileManager.default.currentDirectoryPath, isConcrete: true))
        }.makeBuiltin(owner: t.name, isMethod: false))
    }

    /// The path made absolute against the working directory, with `..` kept as CPython keeps it.
    private static func absolute(_ p: PathValue) -> PathValue {
        guard p.root.isEmpty else { return p }
        return PathValue(FileManager.default.currentDirectoryPath, isConcrete: true).joining(p.text == "." ? "" : p.text)
    }

    private static func readBytes(_ path: String, _ interpreter: Interpreter) throws -> [UInt8] {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw interpreter.osError(errno: errno, path) }
        defer { Glibc.close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR { throw interpreter.osError(errno: EISDIR, path) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw interpreter.osError(errno: errno, path)
            }
            if n == 0 { return bytes }
            bytes += chunk[..<n]
        }
    }

    private static func writeBytes(_ bytes: [UInt8], _ path: String, _ interpreter: Interpreter) throws {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if descriptor < 0 { throw interpreter.osError(errno: errno, path) }
        defer { Glibc.close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw interpreter.osError(errno: errno, path)
            }
            offset += n
        }
    }

    /// The entries of a directory, sorted (as labrun's `os.listdir`).
    /// `Path.glob`: each pattern part matches one level (`*`, `?`, `[...]`), `**` this directory
    /// and every directory below it. Hidden entries match, as in CPython's pathlib.
    private static func glob(_ base: PathValue, _ pattern: String, _ interpreter: Interpreter) throws -> [PathValue] {
        if pattern.isEmpty { throw PyException.valueError("Unacceptable pattern: ''") }
        if pattern.hasPrefix("/") { throw PyException(.notImplementedError, "Non-relative patterns are unsupported") }
        var current = [base]
        for part in pattern.split(separator: "/").map(String.init) where part != "." {
            var next: [PathValue] = []
            for dir in current {
                if part == "**" {
                    next += [dir] + (try descendantDirectories(dir, interpreter))
                } else if part == ".." {
                    next.append(dir.joining(".."))
                } else {
                    guard let names = try? DirectoryListing.names(dir.text) else { continue }
                    next += names.filter { Wildcard.matches(part, $0) }.map { dir.joining($0) }
                }
            }
            var seen = Set<String>()
            current = next.filter { seen.insert($0.text).inserted }
        }
        return current
    }

    private static func descendantDirectories(_ dir: PathValue, _ interpreter: Interpreter) throws -> [PathValue] {
        guard let names = try? DirectoryListing.names(dir.text) else { return [] }
        var out: [PathValue] = []
        for name in names {
            let child = dir.joining(name)
            guard let info = FileStatus.of(child.text, follow: true), info.st_mode & S_IFMT == S_IFDIR else { continue }
            out.append(child)
            out += try descendantDirectories(child, interpreter)
        }
        return out
    }
}

/// fnmatch's shell wildcards for one path part: `*`, `?`, `[seq]`, `[!seq]`.
enum Wildcard {
    static func matches(_ pattern: String, _ name: String) -> Bool {
        matches(Array(pattern.unicodeScalars), 0, Array(name.unicodeScalars), 0)
    }

    private static func matches(_ p: [Unicode.Scalar], _ i: Int, _ s: [Unicode.Scalar], _ j: Int) -> Bool {
        if i == p.count { return j == s.count }
        switch p[i] {
        case "*":
            for k in j...s.count where matches(p, i + 1, s, k) { return true }
            return false
        case "?":
            return j < s.count && matches(p, i + 1, s, j + 1)
        case "[":
            guard let close = p[(i + 1)...].dropFirst().firstIndex(of: "]"), j < s.count else {
                return j < s.count && s[j] == "[" && matches(p, i + 1, s, j + 1)
            }
            var set = Array(p[(i + 1)..<close])
            let negated = set.first == "!"
            if negated { set.removeFirst() }
            var found = false
            var k = 0
            while k < set.count {
                if k + 2 < set.count, set[k + 1] == "-" {
                    if set[k] <= s[j] && s[j] <= set[k + 2] { found = true }
                    k += 3
                } else {
                    if set[k] == s[j] { found = true }
                    k += 1
                }
            }
            return found != negated && matches(p, close + 1, s, j + 1)
        default:
            return j < s.count && p[i] == s[j] && matches(p, i + 1, s, j + 1)
        }
    }
}

import Foundation

/// The names in a directory, sorted, without `.` and `..`: labrun lists directories in name order
/// where CPython gives the file system's order (which it leaves unspecified), so runs repeat.
enum DirectoryListing {
    static func names(_ path: String) throws -> [String] {
        guard let dir = opendir(path.isEmpty ? "." : path) else { throw Interpreter.osError(errno: errno, path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

/// `os.DirEntry`: one entry `os.scandir` yields.
final class DirEntry: NativeObject {
    static let type = NativeClass("DirEntry", module: "posix", methods: [
        Function("is_dir", params: ["*", "follow_symlinks=True"]) { a in
            let e = try a.receiver(as: DirEntry.self)
            return .bool(e.status(follow: try a.bool("follow_symlinks")).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false)
        },
        Function("is_file", params: ["*", "follow_symlinks=True"]) { a in
            let e = try a.receiver(as: DirEntry.self)
            return .bool(e.status(follow: try a.bool("follow_symlinks")).map { $0.st_mode & S_IFMT == S_IFREG } ?? false)
        },
        Function("is_symlink") { a in
            .bool(try a.receiver(as: DirEntry.self).status(follow: false).map { $0.st_mode & S_IFMT == S_IFLNK } ?? false)
        },
        Function("stat", params: ["*", "follow_symlinks=True"]) { a in
            let e = try a.receiver(as: DirEntry.self)
            return .native(try StatResult.of(e.path, follow: try a.bool("follow_symlinks"), function: "stat"))
        },
        Function("inode") { a in .int(Int(try StatResult.of(try a.receiver(as: DirEntry.self).path, follow: false, function: "stat").info.st_ino)) },
        Function("__fspath__") { a in .str(try a.receiver(as: DirEntry.self).path) },
    ]).type

    let name: String
    let path: String

    init(directory: String, name: String) {
        self.name = name
        self.path = PosixPath.join(directory, [name])
    }

    var pyClass: PyType { DirEntry.type }

    func status(follow: Bool) -> stat? { FileStatus.of(path, follow: follow) }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "name": return .str(self.name)
        case "path": return .str(path)
        default: return nil
        }
    }

    var attributeNames: [String] { ["name", "path"] }
    func repr(_ interpreter: Interpreter) throws -> String { "<DirEntry \(Format.stringRepr(name))>" }
}

/// The iterator `os.scandir` returns; also a context manager that closes it.
final class ScandirIterator: NativeObject {
    static let type = NativeClass("ScandirIterator", module: "posix", methods: [
        Function("close") { a in try a.receiver(as: ScandirIterator.self).rest = []; return .none },
    ]).type

    var rest: ArraySlice<DirEntry>

    init(_ entries: [DirEntry]) { rest = entries[...] }

    var pyClass: PyType { ScandirIterator.type }
    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        { [self] in rest.popFirst().map { .native($0) } }
    }
    func enter(_ interpreter: Interpreter) throws -> Value { .native(self) }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        rest = []
        return false
    }
}

/// `os.walk`'s generator. Top-down, the directory list it yielded is read again before
/// descending, so a caller that removes names from it prunes the walk, as in CPython.
/// Directory symlinks are listed but entered only with `followlinks`.
final class DirectoryWalk: NativeObject {
    static let type = NativeClass("generator", module: "builtins").type

    private let topDown: Bool
    private let followLinks: Bool
    private let onError: Value
    private unowned let interpreter: Interpreter
    /// Directories still to visit, the next last.
    private var stack: [String]
    /// The last directory yielded top-down and its (possibly edited) subdirectory list.
    private var pending: (String, PyList)?
    /// Bottom-up: the triples in the order they are yielded, made when iteration starts.
    private var ordered: ArraySlice<Value>?

    init(top: String, topDown: Bool, followLinks: Bool, onError: Value, _ interpreter: Interpreter) {
        self.topDown = topDown
        self.followLinks = followLinks
        self.onError = onError
        self.interpreter = interpreter
        stack = [top]
    }

    var pyClass: PyType { DirectoryWalk.type }
    func repr(_ interpreter: Interpreter) throws -> String { "<generator object walk at \(Format.address(of: self))>" }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        { [self] in try topDown ? nextTopDown() : nextBottomUp() }
    }

    /// Lists `top` into (directories, files), or reports the error to `onerror` and gives nil.
    private func list(_ top: String) throws -> (dirs: [String], files: [String])? {
        do {
            var dirs: [String] = [], files: [String] = []
            for name in try DirectoryListing.names(top) {
                let isDir = FileStatus.of(PosixPath.join(top, [name]), follow: true).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false
                if isDir { dirs.append(name) } else { files.append(name) }
            }
            return (dirs, files)
        } catch let e as PyException {
            if !onError.isNone { _ = try interpreter.call(onError, [.object(e)]) }
            return nil
        }
    }

    private func descends(into path: String) -> Bool {
        followLinks || FileStatus.of(path, follow: false).map { $0.st_mode & S_IFMT != S_IFLNK } ?? false
    }

    private func nextTopDown() throws -> Value? {
        if let (top, dirs) = pending {
            pending = nil
            for case .str(let name) in dirs.items.reversed() {
                let path = PosixPath.join(top, [name])
                if descends(into: path) { stack.append(path) }
            }
        }
        while let top = stack.popLast() {
            guard let (dirs, files) = try list(top) else { continue }
            let dirList = PyList(dirs.map { .str($0) })
            pending = (top, dirList)
            return .tuple([.str(top), .list(dirList), .list(PyList(files.map { .str($0) }))])
        }
        return nil
    }

    private func nextBottomUp() throws -> Value? {
        if ordered == nil {
            var out: [Value] = []
            try visit(stack.removeFirst(), &out, depth: 0)
            ordered = out[...]
        }
        return ordered?.popFirst()
    }

    private func visit(_ top: String, _ out: inout [Value], depth: Int) throws {
        guard depth < 1000 else { throw PyException(.recursionError, "maximum recursion depth exceeded in os.walk") }
        try interpreter.checkInterrupt()
        guard let (dirs, files) = try list(top) else { return }
        for name in dirs {
            let path = PosixPath.join(top, [name])
            if descends(into: path) { try visit(path, &out, depth: depth + 1) }
        }
        out.append(.tuple([.str(top), .list(PyList(dirs.map { .str($0) })), .list(PyList(files.map { .str($0) }))]))
    }
}

extension Interpreter {
    /// `os.walk` and `os.scandir`.
    func walkFunctions() -> [(String, Value)] {
        [
            ("walk", Builtins.function("walk", ["top", "topdown=True", "onerror=None", "followlinks=False"]) { i, a in
                .native(DirectoryWalk(top: try i.fspath(a.values[0]), topDown: try i.truthy(a.values[1]),
                                      followLinks: try i.truthy(a.values[3]), onError: a.values[2], i))
            }),
            ("scandir", Builtins.function("scandir", ["path=None"]) { i, a in
                let path = a.values[0].isNone ? "." : try i.pathArgument(a.values[0], "scandir", accepts: "string, bytes, os.PathLike, integer or None")
                return .native(ScandirIterator(try DirectoryListing.names(path).map { DirEntry(directory: path, name: $0) }))
            }),
            ("DirEntry", .type(DirEntry.type)),
        ]
    }
}

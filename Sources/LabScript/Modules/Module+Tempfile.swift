import Foundation

/// `tempfile.TemporaryDirectory`: a directory made by `mkdtemp` and removed, with everything in
/// it, by `cleanup()`, on leaving a `with` block, or when the object is freed (CPython's
/// finalizer). It removes only the tree it created, never following a symbolic link out of it.
final class TemporaryDirectoryValue: NativeObject {
    static let type = NativeClass("TemporaryDirectory", module: "tempfile", constructor: Function(
        "TemporaryDirectory", params: ["suffix=None", "prefix=None", "dir=None", "ignore_cleanup_errors=False"]) { a in
            let path = try TempfileSupport.makeDirectory(a.interpreter, a["suffix"], a["prefix"], a["dir"])
            let directory = TemporaryDirectoryValue(name: path, ignoreCleanupErrors: try a.bool("ignore_cleanup_errors"))
            let interpreter = a.interpreter
            if interpreter.temporaryDirectories.count >= 64 { interpreter.temporaryDirectories.removeAll { $0.value == nil } }
            interpreter.temporaryDirectories.append(WeakTemporaryDirectory(value: directory))
            return .native(directory)
        }, methods: [
        Function("cleanup") { a in
            try a.receiver(as: TemporaryDirectoryValue.self).cleanup()
            return .none
        },
    ], properties: [
        Property("name") { v, _ in
            guard case .native(let d as TemporaryDirectoryValue) = v else { throw PyException.typeError("expected a TemporaryDirectory") }
            return .str(d.name)
        },
    ]).type

    let name: String
    let ignoreCleanupErrors: Bool
    /// Whether the finalizer is still attached: CPython's cleanup detaches it, and a later
    /// cleanup only removes the directory if something made it again.
    private var attached = true

    init(name: String, ignoreCleanupErrors: Bool) {
        self.name = name
        self.ignoreCleanupErrors = ignoreCleanupErrors
    }
    deinit { finalize() }

    /// CPython's finalizer: removes the tree, ignoring errors, unless cleanup already ran.
    func finalize() {
        guard attached else { return }
        attached = false
        try? TempfileSupport.removeTree(name, ignoreErrors: true)
    }

    var pyClass: PyType { TemporaryDirectoryValue.type }

    func cleanup() throws {
        let wasAttached = attached
        attached = false
        var info = stat()
        if wasAttached || lstat(name, &info) == 0 {
            try TempfileSupport.removeTree(name, ignoreErrors: ignoreCleanupErrors)
        }
    }

    func repr(_ interpreter: Interpreter) throws -> String { "<TemporaryDirectory \(Format.stringRepr(name))>" }
    func enter(_ interpreter: Interpreter) throws -> Value { .str(name) }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        try cleanup()
        return false
    }
}

/// A TemporaryDirectory the interpreter tracks for its exit without keeping it alive.
struct WeakTemporaryDirectory {
    weak var value: TemporaryDirectoryValue?
}

/// Names, directories and tree removal for `tempfile`.
enum TempfileSupport {
    /// CPython's `_RandomNameSequence` alphabet. Names come from the system generator, never
    /// from the `random` module's stream, as CPython keeps its own Random instance.
    static let characters = Array("abcdefghijklmnopqrstuvwxyz0123456789_")

    static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in characters.randomElement(using: &generator)! })
    }

    /// CPython's `_get_default_tempdir` candidates, in order: $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp,
    /// /usr/tmp, then the working directory; the first writable directory wins.
    static func defaultDirectory() -> String {
        let environment = ProcessInfo.processInfo.environment
        var candidates = ["TMPDIR", "TEMP", "TMP"].compactMap { environment[$0] }
        candidates += ["/tmp", "/var/tmp", "/usr/tmp"]
        let cwd = FileManager.default.currentDirectoryPath
        candidates.append(cwd)
        for candidate in candidates {
            let dir = PosixPath.absolute(candidate)
            var info = stat()
            if stat(dir, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && access(dir, W_OK | X_OK) == 0 { return dir }
        }
        return cwd
    }

    /// `shutil.rmtree` as TemporaryDirectory's `_rmtree` calls it: an entry that has vanished
    /// counts as removed, and other errors raise unless ignored.
    static func removeTree(_ path: String, ignoreErrors: Bool) throws {
        try TreeRemoval.remove(path, onError: { failure in
            if ignoreErrors || failure.error.cls.isSubclass(of: .fileNotFoundError) { return }
            throw failure.error
        })
    }

    /// `_sanitize_params`: the defaults "tmp", "" and gettempdir(); str or path-like only.
static func text(_ v: Value, _ fallback: () -> String) throws -> String {
        v.isNone ? fallback() : try fsPath(v)
    }
static func makeDirectory(_ i: Interpreter, _ suffix: Value, _ prefix: Value, _ dir: Value) throws -> String {
        let suffixText = try text(suffix) { "" }, prefixText = try text(prefix) { "tmp" }
        let dirText = try text(dir) { TempfileSupport.defaultDirectory() }
        for _ in 0..<10000 {
            let name = prefixText + TempfileSupport.randomName() + suffixText
            let path = name.hasPrefix("/") ? name : (dirText.isEmpty || dirText.hasSuffix("/") ? dirText + name : dirText + "/" + name)
            if Glibc.mkdir(path, 0o700) == 0 { return path }
            if errno != EEXIST { throw i.osError(errno: errno, path) }
        }
        throw PyException(.fileExistsError, args: [.int(Int(EEXIST)), .str("No usable temporary directory name found")])
    }
}

extension TempfileSupport {
    /// Descriptors `mkstemp` handed out: the only ones `os.close` and `os.fdopen` accept, so a
    /// lab cannot close labrun's own output.
    private static let lock = NSLock()
    private static var descriptors = Set<Int32>()

    static func own(_ fd: Int32) { lock.lock(); descriptors.insert(fd); lock.unlock() }
    static func release(_ fd: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return descriptors.remove(fd) != nil
    }

    /// `_mkstemp_inner`: a new file, readable and writable by its owner only, under a random
    /// name; its descriptor and absolute path.
    static func makeFile(_ i: Interpreter, _ suffix: Value, _ prefix: Value, _ dir: Value) throws -> (Int32, String) {
        let suffixText = try text(suffix) { "" }, prefixText = try text(prefix) { "tmp" }
        let dirText = try text(dir) { TempfileSupport.defaultDirectory() }
        for _ in 0..<10000 {
            let name = prefixText + randomName() + suffixText
            let path = name.hasPrefix("/") ? name : (dirText.isEmpty || dirText.hasSuffix("/") ? dirText + name : dirText + "/" + name)
            let fd = TreeRemoval.openRetrying { open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
            if fd >= 0 {
                return (fd, PosixPath.absolute(path))
            }
            if errno != EEXIST { throw i.osError(errno: errno, path) }
        }
        throw PyException(.fileExistsError, args: [.int(Int(EEXIST)), .str("No usable temporary file name found")])
    }

    /// NamedTemporaryFile and TemporaryFile: a binary or text file over a new `makeFile` descriptor.
    static func makeOpenFile(_ a: Signature.Bound, _ i: Interpreter, function: String, named: Bool) throws -> Value {
        let mode = try a.values[0].string("\(function)() argument 'mode'")
        let parsed = try OpenMode(mode)
        if parsed.binary {
            for (name, value) in [("an encoding", a.values[2]), ("a newline", a.values[3])] where !value.isNone {
                throw PyException.valueError("binary mode doesn't take \(name) argument")
            }
            let (fd, path) = try makeFile(i, a.values[4], a.values[5], a.values[6])
            let file = try BinaryFile(path: path, mode: parsed, descriptor: fd)
            if !named {
                unlink(path)
                file.nameValue = .int(Int(fd))
            } else if try i.truthy(a.values[7]) {
                file.removeOnClose = path
            }
            return .native(file)
        }
        try i.checkTextEncoding(a.values[2], .none)
        let newline = try i.newlineMode(a.values[3])
        let (fd, path) = try makeFile(i, a.values[4], a.values[5], a.values[6])
        let file = i.wrapDescriptor(fd, path: path, mode: mode, newline: newline)
        if !named {
            unlink(path)
            file.nameValue = .int(Int(fd))
        } else if try i.truthy(a.values[7]) {
            file.removeOnClose = path
        }
        return .object(file)
    }
}

extension Interpreter {
    /// `tempfile`: gettempdir, gettempprefix, mkdtemp, TemporaryDirectory, mkstemp, and
    /// NamedTemporaryFile and TemporaryFile in text modes. Binary modes (the default of the two)
    /// and SpooledTemporaryFile raise NotImplementedError naming themselves.
    func tempfileModule() -> [(String, Value)] {
        func unsupported(_ name: String, _ params: [String], _ why: String) -> (String, Value) {
            (name, Builtins.function(name, params) { _, _ in
                throw PyException(.notImplementedError, "tempfile.\(name) is not supported yet: \(why)")
            })
        }
        let fileWhy = "labrun has no in-memory spooling; use TemporaryFile()"
        return [
            ("template", .str("tmp")),
            ("gettempdir", Builtins.function("gettempdir", []) { _, _ in .str(TempfileSupport.defaultDirectory()) }),
            ("gettempprefix", Builtins.function("gettempprefix", []) { _, _ in .str("tmp") }),
            ("mkdtemp", Builtins.function("mkdtemp", ["suffix=None", "prefix=None", "dir=None"]) { i, a in
                .str(try TempfileSupport.makeDirectory(i, a.values[0], a.values[1], a.values[2]))
            }),
            ("TemporaryDirectory", .type(TemporaryDirectoryValue.type)),
            ("mkstemp", Builtins.function("mkstemp", ["suffix=None", "prefix=None", "dir=None", "text=False"]) { i, a in
                let (fd, path) = try TempfileSupport.makeFile(i, a.values[0], a.values[1], a.values[2])
                TempfileSupport.own(fd)
                return .tuple([.int(Int(fd)), .str(path)])
            }),
            ("NamedTemporaryFile", Builtins.function("NamedTemporaryFile", ["mode='w+b'", "buffering=-1", "encoding=None", "newline=None",
                                                                             "suffix=None", "prefix=None", "dir=None", "delete=True", "*", "errors=None"]) { i, a in
                try TempfileSupport.makeOpenFile(a, i, function: "NamedTemporaryFile", named: true)
            }),
            ("TemporaryFile", Builtins.function("TemporaryFile", ["mode='w+b'", "buffering=-1", "encoding=None", "newline=None",
                                                                   "suffix=None", "prefix=None", "dir=None", "*", "errors=None"]) { i, a in
                try TempfileSupport.makeOpenFile(a, i, function: "TemporaryFile", named: false)
            }),
            unsupported("SpooledTemporaryFile", ["max_size=0", "mode='w+b'", "buffering=-1", "encoding=None", "newline=None", "suffix=None", "prefix=None", "dir=None", "*", "errors=None"], fileWhy),
        ]
    }
}

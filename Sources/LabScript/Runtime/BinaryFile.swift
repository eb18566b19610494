import Foundation

/// A file opened with `open()` in a binary mode: `BufferedReader` ("rb"), `BufferedWriter`
/// ("wb", "ab", "xb") or `BufferedRandom` (with "+"). Reads go through one cached chunk of
/// `io.DEFAULT_BUFFER_SIZE` bytes at a known offset; writes go straight to the descriptor, so
/// there is nothing to flush and a seek never loses data.
final class BinaryFile: NativeObject, WritableByteStream {
    static let reader = makeClass("BufferedReader")
    static let writer = makeClass("BufferedWriter")
    static let random = makeClass("BufferedRandom")
    static let chunkSize = 8192

    let path: String
    let mode: OpenMode
    private var descriptor: Int32
    var position = 0
    private(set) var closed = false
    /// Bytes read at `cacheStart`; dropped by every write and truncation.
    private var cache: [UInt8] = []
    private var cacheStart = 0
    /// A file of `tempfile.NamedTemporaryFile(delete=True)`: the path unlinked when it closes.
    var removeOnClose: String?
    /// `.name` when it is not the path (`TemporaryFile`'s and `os.fdopen`'s is the descriptor).
    var nameValue: Value?

    /// Wraps an open descriptor; in append mode the position starts at the end, as FileIO's does.
    init(path: String, mode: OpenMode, descriptor: Int32) throws {
        self.path = path
        self.mode = mode
        self.descriptor = descriptor
        if mode.appending {
            let end = lseek(descriptor, 0, SEEK_END)
            if end < 0 { throw PyFile.systemError(errno) }
            position = Int(end)
        }
    }
    deinit { close() }

    var pyClass: PyType {
        if mode.updating { return BinaryFile.random.type }
        return mode.reading ? BinaryFile.reader.type : BinaryFile.writer.type
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        "<\(pyClass.qualifiedName) name=\(try interpreter.reprOf(name))>"
    }

    var name: Value { nameValue ?? .str(path) }

    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(descriptor)
        descriptor = -1
        cache = []
        if let path = removeOnClose { unlink(path) }
    }

    func chunk(at offset: Int) throws -> ArraySlice<UInt8> {
        if offset >= cacheStart && offset < cacheStart + cache.count { return cache[(offset - cacheStart)...] }
        var buffer = [UInt8](repeating: 0, count: BinaryFile.chunkSize)
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, BinaryFile.chunkSize, off_t(offset)) }
        } while n < 0 && errno == EINTR
        if n < 0 { throw PyFile.systemError(errno) }
        buffer.removeLast(BinaryFile.chunkSize - n)
        cache = buffer
        cacheStart = offset
        return cache[...]
    }

    func store(_ bytes: [UInt8]) throws {
        cache = []
        if mode.appending {
            if let code = SystemIO.writeAll(descriptor, bytes) { throw PyFile.systemError(code) }
            position = Int(lseek(descriptor, 0, SEEK_CUR))
            return
        }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, bytes.count - done, off_t(position + done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw PyFile.systemError(errno)
            }
            done += n
        }
        position += done
    }

    /// `seek(offset, whence)`: from the start (0), the position (1) or the end (2); SEEK_DATA
    /// and SEEK_HOLE (3, 4) ask the system. A target before the start is EINVAL, as in CPython.
    func seek(_ offset: Int, whence: Int) throws -> Int {
        let target: Int
        switch whence {
        case 0: target = offset
        case 1: target = position + offset
        case 2: target = try size() + offset
        default:
            let found = lseek(descriptor, off_t(offset), Int32(whence))
            if found < 0 { throw PyFile.systemError(errno) }
            target = Int(found)
        }
        if target < 0 { throw PyFile.systemError(EINVAL) }
        position = target
        return target
    }

    func size() throws -> Int {
        var info = stat()
        if fstat(descriptor, &info) != 0 { throw PyFile.systemError(errno) }
        return Int(info.st_size)
    }

    func truncate(_ size: Int) throws {
        cache = []
        if ftruncate(descriptor, off_t(size)) != 0 { throw PyFile.systemError(errno) }
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        if closed { throw PyException.valueError("I/O operation on closed file.") }
        guard mode.isReadable else { throw PyException(.unsupportedOperation, "read") }
        return ByteStreamMethods.lines(of: self) { [unowned self] in
            if closed { throw PyException.valueError("readline of closed file") }
        }
    }

    func enter(_ interpreter: Interpreter) throws -> Value {
        if closed { throw PyException.valueError("I/O operation on closed file.") }
        return .native(self)
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        close()
        return false
    }

    // MARK: The Python class

    /// What a closed file says for each method, as CPython's buffered classes word it.
    private static let closedMessages = [
        "read": "read of closed file", "read1": "read of closed file", "readline": "readline of closed file",
        "__next__": "readline of closed file", "readinto": "readinto of closed file", "write": "write to closed file",
        "seek": "seek of closed file", "truncate": "truncate of closed file",
        "tell": "I/O operation on closed file", "isatty": "I/O operation on closed file",
        "readable": "I/O operation on closed file", "writable": "I/O operation on closed file",
        "seekable": "I/O operation on closed file",
    ]
    private static let readingMethods: Set = ["read", "read1", "readline", "readlines", "readinto", "__next__"]

    /// The receiver of `name`, after the checks CPython makes first: the mode, then closedness.
    private static func access(_ a: Args, _ name: String) throws -> BinaryFile {
        let f = try a.receiver(as: BinaryFile.self)
        if readingMethods.contains(name) && !f.mode.isReadable {
            throw PyException(.unsupportedOperation, name == "read1" ? "read1" : "read")
        }
        if name == "write" && !f.mode.isWritable { throw PyException(.unsupportedOperation, name) }
        if f.closed { throw PyException.valueError(closedMessages[name] ?? "I/O operation on closed file.") }
        // A reader's truncate is refused only once it is known to be open.
        if name == "truncate" && !f.mode.isWritable { throw PyException(.unsupportedOperation, name) }
        return f
    }

    private static func makeClass(_ name: String) -> NativeClass {
        func can(_ name: String, _ allowed: @escaping (OpenMode) -> Bool) -> Function {
            Function(name) { a in
                let f = try a.receiver(as: BinaryFile.self)
                // Only the class's own capability checks closedness; the others are plain False.
                guard allowed(f.mode) else { return .bool(false) }
                _ = try access(a, name)
                return .bool(true)
            }
        }
        return NativeClass(name, module: "_io", base: .bufferedIOBase, methods: ByteStreamMethods.shared(access, checksReadLength: true) + [
            Function("seek", params: ["target", "whence=0", "/"]) { a in
                let whence = try a.interpreter.intArgument(a["whence"])
                guard (0...4).contains(whence) else { throw PyException.valueError("whence value \(whence) unsupported") }
                let f = try access(a, "seek")
                if case .bigint = a["target"] { throw PyException.valueError("cannot fit 'int' into an offset-sized integer") }
                return .int(try f.seek(try a.interpreter.intArgument(a["target"]), whence: whence))
            },
            Function("truncate", params: ["pos=None", "/"]) { a in
                let f = try access(a, "truncate")
                let size = a["pos"].isNone ? f.position : try a.interpreter.intArgument(a["pos"])
                try f.truncate(size)
                return .int(size)
            },
            Function("flush") { a in
                _ = try access(a, "flush")
                return .none
            },
            Function("close") { a in
                try a.receiver(as: BinaryFile.self).close()
                return .none
            },
            Function("__exit__", params: ["*exc"]) { a in
                try a.receiver(as: BinaryFile.self).close()
                return .none
            },
            can("readable") { $0.isReadable },
            can("writable") { $0.isWritable },
            can("seekable") { _ in true },
        ], properties: [
            Property("name") { v, _ in
                guard case .native(let f as BinaryFile) = v else { return .none }
                return f.name
            },
            Property("mode") { v, _ in
                guard case .native(let f as BinaryFile) = v else { return .none }
                return .str(f.mode.rawMode)
            },
            Property("closed") { v, _ in
                guard case .native(let f as BinaryFile) = v else { return .none }
                return .bool(f.closed)
            },
        ])
    }
}

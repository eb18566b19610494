import Foundation
import JSONText

/// sys.stdout / sys.stderr: writes go to the interpreter's configured outputs.
final class PyStream: PyObject {
    let name: String
    let isError: Bool
    init(name: String, isError: Bool) {
        self.name = name
        self.isError = isError
    }
    static let type = PyType(name: "TextIOWrapper", bases: [.object], module: "_io")
    override var pyType: PyType { PyStream.type }
    func write(_ text: String, _ interp: Interpreter) {
        if isError { interp.configuration.stderr(text) } else { interp.configuration.stdout(text) }
    }
}

extension Interpreter {
    static func installMiscMethods() {
        Builtins.method(PyStream.type, "write", ["s", "/"]) { i, a in
            guard case .object(let s as PyStream) = a.values[0] else { return .none }
            let text = try a.values[1].string("write() argument")
            s.write(text, i)
            return .int(text.unicodeScalars.count)
        }
        Builtins.method(PyStream.type, "flush", []) { _, _ in .none }
        // A generator expression is a Swift iterator with no frame: `send` reads its next item,
        // and `throw` raises where it waits, ending it, as its frame has no handler.
        Builtins.method(.generator, "send", ["value", "/"]) { i, a in
            if case .object(let it as PyIterator) = a.values[0] {
                if !it.started && !a.values[1].isNone { throw PyException.typeError("can't send non-None value to a just-started generator") }
                if let v = try it.next() { return v }
                throw PyException.stopIteration()
            }
            guard case .object(let g as PyGenerator) = a.values[0] else { throw PyException.typeError("send() requires a generator") }
            if let v = try g.send(a.values[1]) { return v }
            throw PyException.stopIteration(g.returnValue.isNone ? nil : g.returnValue)
        }
        Builtins.method(.generator, "close", []) { _, a in
            if case .object(let g as PyGenerator) = a.values[0] { g.channel.close() }
            if case .object(let it as PyIterator) = a.values[0] { it.finish() }
            return .none
        }
        Builtins.method(.generator, "throw", ["type", "value=None", "/"]) { i, a in
            let e: PyException
            switch a.values[2] {
            case .none: e = try i.makeException(a.values[1])
            case .object(let given as PyException): e = given
            case .tuple(let args): e = try i.makeException(try i.call(a.values[1], args))
            default: e = try i.makeException(try i.call(a.values[1], [a.values[2]]))
            }
            if case .object(let it as PyIterator) = a.values[0] {
                it.finish()
                guard e.cls.isSubclass(of: .stopIteration) else { throw e }
                let wrapped = PyException.runtimeError("generator raised StopIteration")
                wrapped.cause = e
                wrapped.context = e
                throw wrapped
            }
            guard case .object(let g as PyGenerator) = a.values[0] else { return .none }
            if let v = try g.throwIn(e) { return v }
            throw PyException.stopIteration()
        }
        for t in [PyType.generator] {
            Builtins.method(t, "__next__", []) { i, a in
                if let v = try i.nextElement(a.values[0]) { return v }
                throw PyException.stopIteration()
            }
            Builtins.method(t, "__iter__", []) { _, a in a.values[0] }
        }
        Builtins.method(.baseException, "add_note", ["note", "/"]) { _, a in
            guard case .object(let e as PyException) = a.values[0] else { return .none }
            let note = try a.values[1].string("note")
            if case .list(let l)? = e.attributes["__notes__"] { l.items.append(.str(note)) } else { e.attributes["__notes__"] = .list(PyList([.str(note)])) }
            return .none
        }
        Builtins.method(.baseException, "with_traceback", ["tb", "/"]) { _, a in a.values[0] }
        installFileMethods()
        Builtins.installExceptionGroups()
    }

    private static func installFileMethods() {
        let t = PyType.textFile
        func file(_ a: Signature.Bound) throws -> PyFile {
            guard case .object(let f as PyFile) = a.values[0] else { throw PyException.typeError("expected a file") }
            if f.closed { throw PyException.valueError("I/O operation on closed file.") }
            return f
        }
        Builtins.method(t, "read", ["size=-1", "/"]) { i, a in
            let f = try file(a)
            let n = try i.intArgument(a.values[1])
            return .str(try i.fileRead(f, n))
        }
        Builtins.method(t, "readline", ["size=-1", "/"]) { i, a in .str(try i.fileReadLine(try file(a))) }
        Builtins.method(t, "readlines", ["hint=-1", "/"]) { i, a in
            let f = try file(a)
            var lines: [Value] = []
            while case let line = try i.fileReadLine(f), !line.isEmpty { lines.append(.str(line)) }
            return .list(PyList(lines))
        }
        Builtins.method(t, "write", ["s", "/"]) { i, a in
            let text = try a.values[1].string("write() argument")
            try i.fileWrite(try file(a), text)
            return .int(text.unicodeScalars.count)
        }
        Builtins.method(t, "writelines", ["lines", "/"]) { i, a in
            let f = try file(a)
            for line in try i.iterateToArray(a.values[1]) { try i.fileWrite(f, try line.string("writelines() argument")) }
            return .none
        }
        Builtins.method(t, "close", []) { _, a in
            if case .object(let f as PyFile) = a.values[0] { try f.close() }
            return .none
        }
        Builtins.method(t, "seek", ["cookie", "whence=0", "/"]) { i, a in
            .int(try file(a).seek(try i.intArgument(a.values[1]), whence: try i.intArgument(a.values[2])))
        }
        Builtins.method(t, "flush", []) { _, a in
            try file(a).flush()
            return .none
        }
        Builtins.method(t, "__enter__", []) { _, a in a.values[0] }
        Builtins.method(t, "__exit__", ["*args"]) { _, a in
            if case .object(let f as PyFile) = a.values[0] { try f.close() }
            return .bool(false)
        }
    }

    /// `open(path, mode, ...)`: a text file (`PyFile`) or, with "b" in the mode, a binary file.
    /// One `open(2)` with CPython's flags, so "w" truncates the file it names (through a
    /// symlink, as CPython does) and never replaces it. `newline` is `open()`'s (None: universal
    /// newlines on reading); text files are UTF-8, so another `encoding` or `errors` is refused.
    func openFile(_ path: String, mode: String, newline: Value = .none, encoding: Value = .none,
                  errors: Value = .none) throws -> Value {
        let parsed = try OpenMode(mode)
        if parsed.binary {
            for (name, value) in [("an encoding", encoding), ("an errors", errors), ("a newline", newline)] where !value.isNone {
                throw PyException.valueError("binary mode doesn't take \(name) argument")
            }
        } else {
            try checkTextEncoding(encoding, errors)
        }
        let lineEnd = parsed.binary ? nil : try newlineMode(newline)
        var descriptor: Int32
        repeat { descriptor = Glibc.open(path, parsed.flags | O_CLOEXEC, 0o666) } while descriptor < 0 && errno == EINTR
        if descriptor < 0 { throw osError(errno: errno, path) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(descriptor)
            throw osError(errno: EISDIR, path)
        }
        if parsed.binary { return .native(try BinaryFile(path: path, mode: parsed, descriptor: descriptor)) }
        return .object(wrapDescriptor(descriptor, path: path, mode: mode, newline: lineEnd))
    }

    /// `open()`'s `encoding` and `errors` for a text file: UTF-8 (under any of its names, or
    /// "locale", which is UTF-8 here) with strict errors is all labrun's text files read and write.
    func checkTextEncoding(_ encoding: Value, _ errors: Value) throws {
        switch encoding {
        case .none: break
        case .str(let name):
            if name != "locale", try Codec(name: name) != .utf8 {
                throw PyException(.notImplementedError, "open() with encoding='\(name)' is not supported by labrun: text files are UTF-8 (open in binary mode and decode)")
            }
        default: throw PyException.typeError("open() argument 'encoding' must be str or None, not \(encoding.typeName)")
        }
        switch errors {
        case .none, .str("strict"): break
        case .str(let name):
            throw PyException(.notImplementedError, "open() with errors='\(name)' is not supported by labrun: text files decode strictly (open in binary mode and decode)")
        default: throw PyException.typeError("open() argument 'errors' must be str or None, not \(errors.typeName)")
        }
    }

    /// `open()`'s `newline`: nil for universal newlines, or one of the four line ends.
    func newlineMode(_ newline: Value) throws -> String? {
        switch newline {
        case .none: return nil
        case .str(let s):
            guard ["", "\n", "\r", "\r\n"].contains(s) else { throw PyException.valueError("illegal newline value: \(s)") }
            return s
        default: throw PyException.typeError("open() argument 'newline' must be str or None, not \(newline.typeName)")
        }
    }

    /// A text file over an open descriptor, tracked so it is flushed and closed at exit.
    func wrapDescriptor(_ descriptor: Int32, path: String, mode: String, newline: String?) -> PyFile {
        let file = PyFile(path: path, mode: mode, descriptor: descriptor, newline: newline)
        if openFiles.count >= 64 { openFiles.removeAll { $0.value == nil } }
        openFiles.append(WeakFile(value: file))
        return file
    }

    /// Flushes and closes every file the script left open, and removes the trees of
    /// TemporaryDirectory objects not cleaned up yet, as CPython does at exit.
    public func closeOpenFiles() {
        for entry in openFiles { try? entry.value?.close() }
        openFiles.removeAll()
        for entry in temporaryDirectories { entry.value?.finalize() }
        temporaryDirectories.removeAll()
    }

    public func osError(_ type: PyType, _ errno: Int, _ text: String, _ path: String) -> PyException {
        let e = PyException(type, args: [.int(errno), .str(text)])
        e.attributes["filename"] = .str(path)
        e.attributes["errno"] = .int(errno)
        e.attributes["strerror"] = .str(text)
        return e
    }

    func fileRead(_ f: PyFile, _ n: Int) throws -> String {
        guard f.isReadable else { throw PyException(.unsupportedOperation, "not readable") }
        return n < 0 ? try f.readAll() : try f.read(characters: n)
    }

    func fileReadLine(_ f: PyFile) throws -> String {
        if f.closed { throw PyException.valueError("I/O operation on closed file.") }
        guard f.isReadable else { throw PyException(.unsupportedOperation, "not readable") }
        return try f.readLine()
    }

    func fileWrite(_ f: PyFile, _ text: String) throws {
        if f.closed { throw PyException.valueError("I/O operation on closed file.") }
        guard f.isWritable else { throw PyException(.unsupportedOperation, "not writable") }
        try f.write(text)
    }
}

extension PyType {
    public static let unsupportedOperation = PyType(name: "UnsupportedOperation", bases: [.osError, .valueError], module: "io")
}

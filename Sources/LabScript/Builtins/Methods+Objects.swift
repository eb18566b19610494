import Foundation

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
        Builtins.method(.bytes, "decode", ["encoding='utf-8'", "errors='strict'"]) { _, a in
            guard case .object(let b as PyBytes) = a.values[0] else { return .none }
            guard let s = String(bytes: b.bytes, encoding: .utf8) else {
                throw PyException(.unicodeDecodeError, "'utf-8' codec can't decode bytes")
            }
            return .str(s)
        }
        Builtins.method(.generator, "send", ["value", "/"]) { _, a in
            guard case .object(let g as PyGenerator) = a.values[0] else { throw PyException.typeError("send() requires a generator") }
            if let v = try g.send(a.values[1]) { return v }
            throw PyException.stopIteration(g.returnValue.isNone ? nil : g.returnValue)
        }
        Builtins.method(.generator, "close", []) { _, a in
            if case .object(let g as PyGenerator) = a.values[0] { g.channel.close() }
            return .none
        }
        Builtins.method(.generator, "throw", ["type", "value=None", "/"]) { i, a in
            guard case .object(let g as PyGenerator) = a.values[0] else { return .none }
            let e = try i.makeException(a.values[2].isNone ? a.values[1] : a.values[2])
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

    /// `open(path, mode)` for text files in r, w, a (and x) modes.
    func openFile(_ path: String, mode: String) throws -> Value {
        let base = mode.replacingOccurrences(of: "t", with: "")
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { throw osError(.isADirectoryError, 21, "Is a directory", path) }
        let handle: FileHandle?
        switch base {
        case "r":
            guard exists else { throw osError(.fileNotFoundError, 2, "No such file or directory", path) }
            handle = FileHandle(forReadingAtPath: path)
        case "w", "x":
            if base == "x" && exists { throw osError(.fileExistsError, 17, "File exists", path) }
            guard fm.createFile(atPath: path, contents: nil) else { throw osError(.fileNotFoundError, 2, "No such file or directory", path) }
            handle = FileHandle(forWritingAtPath: path)
        case "a":
            if !exists { guard fm.createFile(atPath: path, contents: nil) else { throw osError(.fileNotFoundError, 2, "No such file or directory", path) } }
            handle = FileHandle(forWritingAtPath: path)
            _ = try? handle?.seekToEnd()
        default:
            throw PyException.valueError("invalid mode: '\(mode)' (labrun supports text modes r, w, a and x)")
        }
        guard let h = handle else { throw osError(.permissionError, 13, "Permission denied", path) }
        return .object(PyFile(path: path, mode: mode, handle: h))
    }

    public func osError(_ type: PyType, _ errno: Int, _ text: String, _ path: String) -> PyException {
        let e = PyException(type, args: [.int(errno), .str(text)])
        e.attributes["filename"] = .str(path)
        e.attributes["errno"] = .int(errno)
        e.attributes["strerror"] = .str(text)
        return e
    }

    private func fillBuffer(_ f: PyFile) throws {
        guard f.readOffset >= f.readBuffer.count, let h = f.handle else { return }
        f.readBuffer = Array(try h.readToEnd() ?? Data())
        f.readOffset = 0
        if !f.mode.contains("r") { throw PyException(.unsupportedOperation, "not readable") }
    }

    func fileRead(_ f: PyFile, _ n: Int) throws -> String {
        guard f.mode.contains("r") else { throw PyException(.unsupportedOperation, "not readable") }
        try fillBuffer(f)
        let rest = f.readBuffer[f.readOffset...]
        if n < 0 {
            f.readOffset = f.readBuffer.count
            return String(decoding: rest, as: UTF8.self)
        }
        var text = String(decoding: rest, as: UTF8.self)
        text = String(scalars: text.unicodeScalars.prefix(n))
        f.readOffset += text.utf8.count
        return text
    }

    func fileReadLine(_ f: PyFile) throws -> String {
        guard f.mode.contains("r") else { throw PyException(.unsupportedOperation, "not readable") }
        if f.closed { throw PyException.valueError("I/O operation on closed file.") }
        try fillBuffer(f)
        guard f.readOffset < f.readBuffer.count else { return "" }
        var end = f.readOffset
        while end < f.readBuffer.count && f.readBuffer[end] != 0x0a { end += 1 }
        if end < f.readBuffer.count { end += 1 }
        let line = String(decoding: f.readBuffer[f.readOffset..<end], as: UTF8.self)
        f.readOffset = end
        return line
    }

    func fileWrite(_ f: PyFile, _ text: String) throws {
        if f.closed { throw PyException.valueError("I/O operation on closed file.") }
        guard !f.mode.contains("r") else { throw PyException(.unsupportedOperation, "not writable") }
        f.writeBuffer += text
        if f.writeBuffer.utf8.count > 1 << 16 { try f.flush() }
    }
}

extension PyType {
    public static let unsupportedOperation = PyType(name: "UnsupportedOperation", bases: [.osError, .valueError], module: "io")
}

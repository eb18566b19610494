/// `io.BytesIO`: an in-memory binary file with a position; writing past the end pads with zeros.
final class BytesIO: NativeObject, WritableByteStream {
    static let type = NativeClass("BytesIO", module: "_io", base: .bufferedIOBase, constructor: Function("BytesIO", params: ["initial_bytes=None"]) { a in
        let initial = a["initial_bytes"]
        return .native(BytesIO(initial.isNone ? [] : try a.interpreter.writtenBytes(initial)))
    }, methods: ByteStreamMethods.shared(access, checksReadLength: false) + [
        Function("getvalue") { a in .object(PyBytes(try access(a, "getvalue").data)) },
        Function("getbuffer") { _ in
            throw PyException(.notImplementedError, "io.BytesIO.getbuffer() is not supported by labrun; use getvalue()")
        },
        Function("seek", params: ["pos", "whence=0", "/"]) { a in
            let f = try access(a, "seek")
            let pos = try a.interpreter.intArgument(a["pos"]), whence = try a.interpreter.intArgument(a["whence"])
            switch whence {
            case 0:
                guard pos >= 0 else { throw PyException.valueError("negative seek value \(pos)") }
                f.position = pos
            case 1: f.position = max(0, f.position + pos)
            case 2: f.position = max(0, f.data.count + pos)
            default: throw PyException.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return .int(f.position)
        },
        Function("truncate", params: ["size=None", "/"]) { a in
            let f = try access(a, "truncate")
            let size = a["size"].isNone ? f.position : try a.interpreter.intArgument(a["size"])
            guard size >= 0 else { throw PyException.valueError("negative size value \(size)") }
            if size < f.data.count { f.data.removeLast(f.data.count - size) }
            return .int(size)
        },
        Function("flush") { a in
            _ = try access(a, "flush")
            return .none
        },
        Function("close") { a in
            try a.receiver(as: BytesIO.self).closed = true
            return .none
        },
        Function("__exit__", params: ["*exc"]) { a in
            try a.receiver(as: BytesIO.self).closed = true
            return .none
        },
        capability("readable"),
        capability("writable"),
        capability("seekable"),
    ], properties: [
        Property("closed") { v, _ in
            guard case .native(let f as BytesIO) = v else { return .none }
            return .bool(f.closed)
        },
    ]).type

    var data: [UInt8]
    var position = 0
    var closed = false

    init(_ initial: [UInt8]) { data = initial }

    var pyClass: PyType { BytesIO.type }

    /// `readable()` and the like: True while open.
    private static func capability(_ name: String) -> Function {
        Function(name) { a in
            _ = try access(a, name)
            return .bool(true)
        }
    }

    /// The receiver, open; every method of a closed BytesIO says the same.
    private static func access(_ a: Args, _ name: String) throws -> BytesIO {
        let f = try a.receiver(as: BytesIO.self)
        // `iter()` of a closed BytesIO still returns it; `next()` then fails.
        if f.closed && name != "__iter__" { throw PyException.valueError("I/O operation on closed file.") }
        return f
    }

    func chunk(at offset: Int) throws -> ArraySlice<UInt8> {
        offset < data.count ? data[offset...] : []
    }

    func store(_ bytes: [UInt8]) throws {
        if position > data.count { data += [UInt8](repeating: 0, count: position - data.count) }
        let overlap = min(bytes.count, data.count - position)
        data.replaceSubrange(position..<(position + overlap), with: bytes)
        position += bytes.count
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        ByteStreamMethods.lines(of: self) { [unowned self] in
            if closed { throw PyException.valueError("I/O operation on closed file.") }
        }
    }

    func enter(_ interpreter: Interpreter) throws -> Value {
        if closed { throw PyException.valueError("I/O operation on closed file.") }
        return .native(self)
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        closed = true
        return false
    }
}

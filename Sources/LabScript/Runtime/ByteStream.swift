/// Positioned byte access shared by `io.BytesIO` and binary files: their reading methods are
/// written once here, over `chunk(at:)`.
protocol ByteStream: AnyObject {
    /// The offset of the next read or write, in bytes.
    var position: Int { get set }
    /// Some of the bytes from `offset` on; empty only at (or past) the end.
    func chunk(at offset: Int) throws -> ArraySlice<UInt8>
}

extension ByteStream {
    /// Reads up to `count` bytes from the position (everything left when `count` is negative).
    func read(_ count: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        while count < 0 || out.count < count {
            let available = try chunk(at: position)
            if available.isEmpty { break }
            let taken = count < 0 ? available : available.prefix(count - out.count)
            out += taken
            position += taken.count
        }
        return out
    }

    /// Reads through the next b"\n" or the end, at most `limit` bytes when `limit` >= 0.
    func readLine(limit: Int = -1) throws -> [UInt8] {
        var out: [UInt8] = []
        while limit < 0 || out.count < limit {
            var available = try chunk(at: position)
            if available.isEmpty { break }
            if limit >= 0 { available = available.prefix(limit - out.count) }
            if let newline = available.firstIndex(of: 0x0a) {
                let line = available[...newline]
                out += line
                position += line.count
                break
            }
            out += available
            position += available.count
        }
        return out
    }

    /// `readlines(hint)`: whole lines until their total length reaches `hint` (all when `hint` <= 0).
    func readLines(hint: Int) throws -> [Value] {
        var lines: [Value] = [], total = 0
        while case let line = try readLine(), !line.isEmpty {
            lines.append(.object(PyBytes(line)))
            total += line.count
            if hint > 0 && total >= hint { break }
        }
        return lines
    }

    /// `readinto(buffer)`: fills a bytearray or a writable memoryview from the position; returns
    /// how many bytes it read.
    func readInto(_ target: Value) throws -> Int {
        switch target {
        case .object(let buffer as PyBytes) where buffer.isMutable:
            let data = try read(buffer.bytes.count)
            buffer.bytes.replaceSubrange(0..<data.count, with: data)
            return data.count
        case .native(let view as MemoryView) where !view.readonly:
            let data = try read(try view.contents().count)
            try view.overwrite(prefix: data)
            return data.count
        default:
            throw PyException.typeError("readinto() argument must be read-write bytes-like object, not \(target.typeName)")
        }
    }
}

extension Interpreter {
    /// The size argument of `read`/`readline`/`readlines`: an int, or None for -1.
    func sizeArgument(_ v: Value) throws -> Int {
        if v.isNone { return -1 }
        if case .bigint = v { throw PyException(.overflowError, "cannot fit 'int' into an index-sized integer") }
        guard let n = try indexValue(v) else {
            throw PyException.typeError("argument should be integer or None, not '\(v.typeName)'")
        }
        return n
    }

    /// The bytes of `write()`'s argument: bytes, a bytearray or a memoryview.
    func writtenBytes(_ v: Value) throws -> [UInt8] { try Interpreter.bytesArgument(v) }
}

/// The Python methods that `io.BytesIO` and the binary file classes share. `stream(args, name)`
/// returns the receiver after its class's checks for method `name` (open, readable, writable),
/// raising that class's messages.
enum ByteStreamMethods {
    typealias Access = (Args, String) throws -> WritableByteStream

    static func shared(_ stream: @escaping Access, checksReadLength: Bool) -> [Function] {
        [
            Function("read", params: ["size=-1", "/"]) { a in
                let size = try a.interpreter.sizeArgument(a["size"])
                if checksReadLength && size < -1 { throw PyException.valueError("read length must be non-negative or -1") }
                return .object(PyBytes(try stream(a, "read").read(size)))
            },
            Function("read1", params: ["size=-1", "/"]) { a in
                let size = try a.interpreter.sizeArgument(a["size"])
                return .object(PyBytes(try stream(a, "read1").read(size)))
            },
            Function("readline", params: ["size=-1", "/"]) { a in
                let size = try a.interpreter.sizeArgument(a["size"])
                return .object(PyBytes(try stream(a, "readline").readLine(limit: size)))
            },
            Function("readlines", params: ["hint=-1", "/"]) { a in
                let hint = try a.interpreter.sizeArgument(a["hint"])
                return .list(PyList(try stream(a, "readlines").readLines(hint: hint)))
            },
            Function("readinto", params: ["buffer", "/"]) { a in .int(try stream(a, "readinto").readInto(a["buffer"])) },
            Function("write", params: ["b", "/"]) { a in
                let target = try stream(a, "write")
                let data = try a.interpreter.writtenBytes(a["b"])
                try target.store(data)
                return .int(data.count)
            },
            Function("writelines", params: ["lines", "/"]) { a in
                _ = try stream(a, "writelines")
                for line in try a.interpreter.iterateToArray(a["lines"]) {
                    try stream(a, "write").store(try a.interpreter.writtenBytes(line))
                }
                return .none
            },
            Function("tell") { a in .int(try stream(a, "tell").position) },
            Function("isatty") { a in
                _ = try stream(a, "isatty")
                return .bool(false)
            },
            Function("__iter__") { a in
                _ = try stream(a, "__iter__")
                return a.receiver ?? .none
            },
            Function("__next__") { a in
                let line = try stream(a, "__next__").readLine()
                if line.isEmpty { throw PyException.stopIteration() }
                return .object(PyBytes(line))
            },
            Function("__enter__") { a in
                _ = try stream(a, "__enter__")
                return a.receiver ?? .none
            },
        ]
    }

    /// `for line in stream`: lines until the end, re-checking the stream before each.
    static func lines(of stream: WritableByteStream, check: @escaping () throws -> Void) -> () throws -> Value? {
        {
            try check()
            let line = try stream.readLine()
            return line.isEmpty ? nil : .object(PyBytes(line))
        }
    }
}

/// A byte stream that can also be written at its position.
protocol WritableByteStream: ByteStream {
    /// Writes `bytes` at the position (or at the end, in append mode) and moves past them.
    func store(_ bytes: [UInt8]) throws
}

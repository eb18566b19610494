/// `io.StringIO`: an in-memory text file with a position, counted in code points as Python does.
final class StringIO: NativeObject {
    static let type = NativeClass("StringIO", module: "_io", base: .textIOBase, constructor: Function("StringIO", params: ["initial_value=''", "newline='\\n'"]) { args in
        let newline: String?
        switch args["newline"] {
        case .none: newline = nil
        case .str(let s):
            guard ["", "\n", "\r", "\r\n"].contains(s) else { throw PyException.valueError("illegal newline value: \(s)") }
            newline = s
        case let v: throw PyException.typeError("newline must be str or None, not \(v.typeName)")
        }
        let f = StringIO("", newline: newline)
        _ = try f.write(try args.string("initial_value"))
        f.position = 0
        return .native(f)
    }, methods: [
        Function("write", params: ["s", "/"]) { args in
            let f = try args.receiver(as: StringIO.self)
            guard case .str(let s) = args["s"] else { throw PyException.typeError("string argument expected, got '\(args["s"].typeName)'") }
            return .int(try f.write(s))
        },
        Function("getvalue") { args in .str(String(String.UnicodeScalarView(try args.receiver(as: StringIO.self).text))) },
        Function("read", params: ["size=-1", "/"]) { args in
            let f = try args.receiver(as: StringIO.self)
            try f.checkOpen()
            let size = args["size"].isNone ? -1 : try args.int("size")
            let end = size < 0 ? f.text.count : min(f.text.count, f.position + size)
            return .str(f.take(upTo: end))
        },
        Function("readline", params: ["size=-1", "/"]) { args in
            let f = try args.receiver(as: StringIO.self)
            try f.checkOpen()
            return .str(f.readLine())
        },
        Function("readlines", params: ["hint=-1", "/"]) { args in
            let f = try args.receiver(as: StringIO.self)
            try f.checkOpen()
            var lines: [Value] = []
            while f.position < f.text.count { lines.append(.str(f.readLine())) }
            return .list(PyList(lines))
        },
        Function("seek", params: ["pos", "whence=0", "/"]) { args in
            let f = try args.receiver(as: StringIO.self)
            try f.checkOpen()
            let pos = try args.int("pos"), whence = try args.int("whence")
            switch whence {
            case 0:
                guard pos >= 0 else { throw PyException.valueError("Negative seek position \(pos)") }
                f.position = pos
            case 1, 2:
                guard pos == 0 else { throw PyException(.osError, "Can't do nonzero cur-relative seeks") }
                if whence == 2 { f.position = f.text.count }
            default: throw PyException.valueError("Invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return .int(f.position)
        },
        Function("tell") { args in
            let f = try args.receiver(as: StringIO.self)
            try f.checkOpen()
            return .int(f.position)
        },
        Function("truncate", params: ["size=None", "/"]) { args in
            let f = try args.receiver(as: StringIO.self)
            let size = args["size"].isNone ? f.position : try args.int("size")
            if size < f.text.count { f.text.removeSubrange(size...) }
            return .int(size)
        },
        Function("close") { args in
            try args.receiver(as: StringIO.self).closed = true
            return .none
        },
        Function("flush") { _ in .none },
        Function("readable") { _ in .bool(true) },
        Function("writable") { _ in .bool(true) },
        Function("seekable") { _ in .bool(true) },
        Function("__enter__") { args in args.receiver ?? .none },
        Function("__exit__", params: ["*exc"]) { args in
            try args.receiver(as: StringIO.self).closed = true
            return .none
        },
    ], properties: [
        Property("closed") { v, _ in
            guard case .native(let f as StringIO) = v else { return .none }
            return .bool(f.closed)
        },
    ]).type

    var text: [Unicode.Scalar]
    var position = 0
    var closed = false

    /// The `newline` argument: nil translates "\r\n" and "\r" to "\n" on write; "" and "\n" leave
    /// text alone; "\r" and "\r\n" replace written "\n". Lines end at "\n", except with "" (any
    /// of "\r", "\n", "\r\n") and with "\r" or "\r\n" (that sequence).
    let newline: String?

    init(_ initial: String, newline: String? = "\n") {
        text = Array(initial.unicodeScalars)
        self.newline = newline
    }

    var pyClass: PyType { StringIO.type }

    func checkOpen() throws {
        if closed { throw PyException.valueError("I/O operation on closed file") }
    }

    /// Writes at the position, overwriting and padding with NULs past the end, as StringIO does.
    func write(_ s: String) throws -> Int {
        try checkOpen()
        var s = s
        switch newline {
        case nil: s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        case "\r"?, "\r\n"?: s = s.replacingOccurrences(of: "\n", with: newline!)
        default: break
        }
        let scalars = Array(s.unicodeScalars)
        if position > text.count { text += [Unicode.Scalar](repeating: "\0", count: position - text.count) }
        let overlap = min(scalars.count, text.count - position)
        text.replaceSubrange(position..<(position + overlap), with: scalars)
        position += scalars.count
        return scalars.count
    }

    func take(upTo end: Int) -> String {
        guard position < end else { return "" }
        defer { position = end }
        return String(String.UnicodeScalarView(text[position..<end]))
    }

    func readLine() -> String {
        var end = position
        switch newline {
        case ""?:
            while end < text.count && text[end] != "\n" && text[end] != "\r" { end += 1 }
            if end < text.count && text[end] == "\r" && end + 1 < text.count && text[end + 1] == "\n" { end += 1 }
        case "\r"?:
            while end < text.count && text[end] != "\r" { end += 1 }
        case "\r\n"?:
            while end < text.count && !(text[end] == "\r" && end + 1 < text.count && text[end + 1] == "\n") { end += 1 }
            if end < text.count { end += 1 }
        default:
            while end < text.count && text[end] != "\n" { end += 1 }
        }
        return take(upTo: min(text.count, end + 1))
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        try checkOpen()
        return { [self] in position < text.count ? .str(readLine()) : nil }
    }

    func enter(_ interpreter: Interpreter) throws -> Value { .native(self) }
    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        closed = true
        return false
    }
}

extension Interpreter {
    /// The `io` module: `StringIO`, `BytesIO`, the classes `open()` returns, and the seek constants.
    func ioModule() -> [(String, Value)] {
        [("StringIO", .type(StringIO.type)), ("BytesIO", .type(BytesIO.type)),
         ("TextIOWrapper", .type(.textFile)), ("BufferedReader", BinaryFile.reader.value),
         ("BufferedWriter", BinaryFile.writer.value), ("BufferedRandom", BinaryFile.random.value),
         ("UnsupportedOperation", .type(.unsupportedOperation)), ("DEFAULT_BUFFER_SIZE", .int(BinaryFile.chunkSize)),
         ("IOBase", .type(.ioBase)), ("BufferedIOBase", .type(.bufferedIOBase)), ("TextIOBase", .type(.textIOBase)),
         ("SEEK_SET", .int(0)), ("SEEK_CUR", .int(1)), ("SEEK_END", .int(2))]
    }
}

extension PyType {
    /// `io`'s abstract bases, for `isinstance(f, io.IOBase)` and the like.
    static let ioBase = PyType(name: "IOBase", bases: [.object], module: "io")
    static let bufferedIOBase = PyType(name: "BufferedIOBase", bases: [.ioBase], module: "io")
    static let textIOBase = PyType(name: "TextIOBase", bases: [.ioBase], module: "io")
}

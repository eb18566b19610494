/// `memoryview` over bytes or a bytearray: a window (`start`, `count` items, `step`) into the
/// object's bytes, so writes through a view of a bytearray change it. Formats 'B' (the default),
/// 'b' and 'c', the one-byte formats, are supported; other casts raise NotImplementedError.
final class MemoryView: NativeObject, HashableObject {
    static let type = NativeClass("memoryview", module: "builtins", constructor: Function("memoryview", params: ["object"]) { a in
        switch a["object"] {
        case .object(let b as PyBytes): return .native(MemoryView(b, start: 0, count: b.bytes.count, step: 1, format: "B", readonly: !b.isMutable))
        case .native(let m as MemoryView):
            try m.checkOpen()
            return .native(m.view(start: m.start, count: m.count, step: m.step))
        case let v: throw PyException.typeError("memoryview: a bytes-like object is required, not '\(v.typeName)'")
        }
    }, methods: [
        Function("tobytes", params: ["order=None"]) { a in .object(PyBytes(try a.receiver(as: MemoryView.self).contents())) },
        Function("tolist") { a in
            let m = try a.receiver(as: MemoryView.self)
            return .list(PyList(try m.contents().map(m.item)))
        },
        Function("hex", params: ["sep=None", "bytes_per_sep=1"]) { a in
            let bytes = Value.object(PyBytes(try a.receiver(as: MemoryView.self).contents()))
            return try a.interpreter.callMethod(bytes, "hex", a["sep"].isNone ? [] : [a["sep"], a["bytes_per_sep"]], [])
        },
        Function("cast", params: ["format", "shape=None"]) { a in
            let m = try a.receiver(as: MemoryView.self)
            try m.checkOpen()
            let format = try a.string("format")
            guard a["shape"].isNone else { throw PyException(.notImplementedError, "memoryview.cast() with a shape is not supported by labrun") }
            guard ["B", "b", "c"].contains(format) else {
                throw PyException(.notImplementedError, "memoryview.cast('\(format)') is not supported by labrun (only the one-byte formats 'B', 'b' and 'c')")
            }
            guard m.step == 1 else { throw PyException.typeError("memoryview: casts are restricted to C-contiguous views") }
            return .native(MemoryView(m.base, start: m.start, count: m.count, step: 1, format: format, readonly: m.readonly))
        },
        Function("toreadonly") { a in
            let m = try a.receiver(as: MemoryView.self)
            try m.checkOpen()
            return .native(MemoryView(m.base, start: m.start, count: m.count, step: m.step, format: m.format, readonly: true))
        },
        Function("release") { a in
            try a.receiver(as: MemoryView.self).release()
            return .none
        },
        Function("__exit__", params: ["*exc"]) { a in
            try a.receiver(as: MemoryView.self).release()
            return .none
        },
    ], properties: [
        property("obj") { .object($0.base) },
        property("nbytes") { .int($0.count) },
        property("readonly") { .bool($0.readonly) },
        property("format") { .str($0.format) },
        property("itemsize") { _ in .int(1) },
        property("ndim") { _ in .int(1) },
        property("shape") { .tuple([.int($0.count)]) },
        property("strides") { .tuple([.int($0.step)]) },
        property("contiguous") { .bool($0.step == 1 || $0.count <= 1) },
        property("c_contiguous") { .bool($0.step == 1 || $0.count <= 1) },
        property("f_contiguous") { .bool($0.step == 1 || $0.count <= 1) },
    ]).type

    let base: PyBytes
    let start: Int, count: Int, step: Int
    let format: String
    let readonly: Bool
    private(set) var released = false

    init(_ base: PyBytes, start: Int, count: Int, step: Int, format: String, readonly: Bool) {
        self.base = base
        self.start = start
        self.count = count
        self.step = step
        self.format = format
        self.readonly = readonly
        base.exports += 1
    }
    deinit { if !released { base.exports -= 1 } }

    var pyClass: PyType { MemoryView.type }

    private static func property(_ name: String, _ get: @escaping (MemoryView) throws -> Value) -> Property {
        Property(name) { v, _ in
            guard case .native(let m as MemoryView) = v else { return .none }
            try m.checkOpen()
            return try get(m)
        }
    }

    func checkOpen() throws {
        if released { throw PyException.valueError("operation forbidden on released memoryview object") }
    }

    func release() {
        guard !released else { return }
        released = true
        base.exports -= 1
    }

    /// A view of this one's bytes with the same format.
    func view(start: Int, count: Int, step: Int) -> MemoryView {
        MemoryView(base, start: start, count: count, step: step, format: format, readonly: readonly)
    }

    /// The bytes the view shows, in order.
    func contents() throws -> [UInt8] {
        try checkOpen()
        return (0..<count).map { base.bytes[start + $0 * step] }
    }

    /// Writes `bytes` over the view's first bytes (a file's `readinto`).
    func overwrite(prefix bytes: [UInt8]) throws {
        try checkOpen()
        for (k, b) in bytes.prefix(count).enumerated() { base.bytes[start + k * step] = b }
    }

    /// One byte as an item of the format: an int ('B' unsigned, 'b' signed) or a 1-byte bytes ('c').
    func item(_ byte: UInt8) -> Value {
        switch format {
        case "b": return .int(Int(Int8(bitPattern: byte)))
        case "c": return .object(PyBytes([byte]))
        default: return .int(Int(byte))
        }
    }

    /// An item assigned through the view, checked against the format.
    private func byte(of value: Value, _ interpreter: Interpreter) throws -> UInt8 {
        if format == "c" {
            guard case .object(let b as PyBytes) = value, !b.isMutable, b.bytes.count == 1 else {
                throw PyException.valueError("memoryview: invalid value for format 'c'")
            }
            return b.bytes[0]
        }
        guard value.isIntLike, let n = try interpreter.indexValue(value) else {
            throw PyException.typeError("memoryview: invalid type for format '\(format)'")
        }
        let range = format == "b" ? -128...127 : 0...255
        guard range.contains(n) else { throw PyException.valueError("memoryview: invalid value for format '\(format)'") }
        return UInt8(truncatingIfNeeded: n)
    }

    private func index(_ key: Value, _ interpreter: Interpreter) throws -> Int? {
        guard key.isIntLike, let k = try interpreter.indexValue(key) else { return nil }
        let i = k < 0 ? k + count : k
        guard (0..<count).contains(i) else { throw PyException.indexError("index out of bounds on dimension 1") }
        return start + i * step
    }

    func getItem(_ key: Value, _ interpreter: Interpreter) throws -> Value? {
        try checkOpen()
        if let i = try index(key, interpreter) { return item(base.bytes[i]) }
        guard case .object(let s as PySlice) = key else { throw PyException.typeError("memoryview: invalid slice key") }
        let (from, _, by, n) = try interpreter.sliceIndices(s, count)
        return .native(view(start: start + from * step, count: n, step: step * by))
    }

    func setItem(_ key: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        try checkOpen()
        if readonly { throw PyException.typeError("cannot modify read-only memory") }
        if let i = try index(key, interpreter) {
            base.bytes[i] = try byte(of: value, interpreter)
            return true
        }
        guard case .object(let s as PySlice) = key else { throw PyException.typeError("memoryview: invalid slice key") }
        let (from, _, by, n) = try interpreter.sliceIndices(s, count)
        let source: [UInt8]
        switch value {
        case .object(let b as PyBytes): source = b.bytes
        case .native(let m as MemoryView): source = try m.contents()
        default: throw PyException.typeError("a bytes-like object is required, not '\(value.typeName)'")
        }
        guard source.count == n else { throw PyException.valueError("memoryview assignment: lvalue and rvalue have different structures") }
        for (k, b) in source.enumerated() { base.bytes[start + (from + k * by) * step] = b }
        return true
    }

    func length(_ interpreter: Interpreter) throws -> Int? {
        try checkOpen()
        return count
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        try checkOpen()
        var i = 0
        return { [self] in
            try checkOpen()
            guard i < count else { return nil }
            defer { i += 1 }
            return item(base.bytes[start + i * step])
        }
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        "<\(released ? "released " : "")memory at \(Format.address(of: self))>"
    }

    /// `==` compares the items (a released view equals only itself); other comparisons are unsupported.
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        guard let equal = pyEquals(other) else { return nil }
        return .bool(op == .eq ? equal : !equal)
    }

    func pyEquals(_ other: Value) -> Bool? {
        let theirs: (Bool, [Int])
        switch other {
        case .object(let b as PyBytes): theirs = (false, b.bytes.map { Int($0) })
        case .native(let m as MemoryView):
            if m === self { return true }
            guard let items = m.comparable else { return false }
            theirs = items
        default: return nil
        }
        guard let mine = comparable else { return false }
        return mine == theirs
    }

    /// What `==` compares: whether the items are bytes ('c'), and their values; nil once released.
    private var comparable: (Bool, [Int])? {
        guard let bytes = try? contents() else { return nil }
        return (format == "c", bytes.map { format == "b" ? Int(Int8(bitPattern: $0)) : Int($0) })
    }

    func pyHash() throws -> Int? {
        try checkOpen()
        guard readonly else { throw PyException.valueError("cannot hash writable memoryview object") }
        return try Hashing.hash(.object(PyBytes(contents())))
    }
    func hashValue() -> Int? { nil }

    func enter(_ interpreter: Interpreter) throws -> Value {
        try checkOpen()
        return .native(self)
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        release()
        return false
    }
}

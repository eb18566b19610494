/// What only bytearray has: in-place mutation (methods, item and slice assignment and deletion,
/// `+=` and `*=`). The read-only methods are bytes' own (Methods+Bytes.swift).
extension Interpreter {
    static func installByteArrayMutators() {
        let t = PyType.bytearray
        func target(_ a: Signature.Bound) throws -> PyBytes {
            guard case .object(let b as PyBytes) = a.values[0], b.isMutable else {
                throw PyException.typeError("descriptor requires a 'bytearray' object but received a '\(a.values[0].typeName)'")
            }
            return b
        }
        /// The bytearray of a method that changes its size.
        func resizable(_ a: Signature.Bound) throws -> PyBytes {
            let b = try target(a)
            try b.checkResizable()
            return b
        }
        Builtins.method(t, "append", ["item", "/"]) { i, a in
            let b = try resizable(a)
            b.bytes.append(try i.byteValue(a.values[1]))
            return .none
        }
        Builtins.method(t, "extend", ["iterable_of_ints", "/"]) { i, a in
            let b = try resizable(a)
            b.bytes += try i.byteArrayExtension(a.values[1])
            return .none
        }
        Builtins.method(t, "insert", ["index", "item", "/"]) { i, a in
            let b = try resizable(a)
            let n = b.bytes.count
            var k = try i.intArgument(a.values[1])
            let v = try i.byteValue(a.values[2])
            k = k < 0 ? max(0, k + n) : min(k, n)
            b.bytes.insert(v, at: k)
            return .none
        }
        Builtins.method(t, "pop", ["index=-1", "/"]) { i, a in
            let b = try resizable(a)
            guard !b.bytes.isEmpty else { throw PyException.indexError("pop from empty bytearray") }
            let k = try i.intArgument(a.values[1])
            let index = k < 0 ? k + b.bytes.count : k
            guard (0..<b.bytes.count).contains(index) else { throw PyException.indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: index)))
        }
        Builtins.method(t, "remove", ["value", "/"]) { i, a in
            let b = try resizable(a)
            let v = try i.byteValue(a.values[1])
            guard let k = b.bytes.firstIndex(of: v) else { throw PyException.valueError("value not found in bytearray") }
            b.bytes.remove(at: k)
            return .none
        }
        Builtins.method(t, "clear", []) { _, a in
            try resizable(a).bytes.removeAll()
            return .none
        }
        Builtins.method(t, "reverse", []) { _, a in
            try target(a).bytes.reverse()
            return .none
        }
        Builtins.method(t, "copy", []) { _, a in .object(PyBytes(try target(a).bytes, mutable: true)) }
    }

    /// The bytes `bytearray.extend(x)` and `+=` append: a bytes-like object's, or an iterable's ints.
    private func byteArrayExtension(_ v: Value) throws -> [UInt8] {
        if case .object(let other as PyBytes) = v { return other.bytes }
        if case .str = v {} else if !isIterableValue(v) {
            throw PyException.typeError("can't extend bytearray with \(v.typeName)")
        }
        return try iterateToArray(v).map { try byteValue($0) }
    }

    private func isIterableValue(_ v: Value) -> Bool { (try? makeIterator(v)) != nil }

    /// `b[index] = value` on a bytearray: an int in range(256) at an index, or bytes (or an
    /// iterable of ints) for a slice; an extended slice takes exactly as many as it selects.
    func setByteArrayItem(_ b: PyBytes, _ index: Value, _ value: Value) throws {
        if let k = try indexValue(index) {
            let i = k < 0 ? k + b.bytes.count : k
            guard (0..<b.bytes.count).contains(i) else { throw PyException.indexError("bytearray index out of range") }
            b.bytes[i] = try byteValue(value)
            return
        }
        guard case .object(let s as PySlice) = index else {
            throw PyException.typeError("bytearray indices must be integers or slices, not \(index.typeName)")
        }
        switch value {
        case .int, .bigint, .bool, .float, .str:
            throw PyException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        default: break
        }
        let items = try makeBytes([value], [], typeName: "bytearray")
        if b.exports > 0, try sliceIndices(s, b.bytes.count).3 != items.count { try b.checkResizable() }
        try assignSlice(s, of: &b.bytes, to: items, noun: "bytes")
    }

    /// `del b[index]` on a bytearray.
    func deleteByteArrayItem(_ b: PyBytes, _ index: Value) throws {
        try b.checkResizable()
        if let k = try indexValue(index) {
            let i = k < 0 ? k + b.bytes.count : k
            guard (0..<b.bytes.count).contains(i) else { throw PyException.indexError("bytearray index out of range") }
            b.bytes.remove(at: i)
            return
        }
        guard case .object(let s as PySlice) = index else {
            throw PyException.typeError("bytearray indices must be integers or slices, not \(index.typeName)")
        }
        try deleteSlice(s, of: &b.bytes)
    }

    /// `b += x` and `b *= n` on a bytearray, in place; nil for other operators.
    func byteArrayInplace(_ op: BinaryOp, _ b: PyBytes, _ other: Value) throws -> Value? {
        // Only a change of size is refused while a memoryview exports it.
        if case .object(let o as PyBytes) = other, op == .add, !o.bytes.isEmpty { try b.checkResizable() }
        if op == .mul, let n = other.asInt, n != 1, !b.bytes.isEmpty { try b.checkResizable() }
        switch op {
        case .add:
            guard case .object(let o as PyBytes) = other else {
                throw PyException.typeError("can't concat \(other.typeName) to bytearray")
            }
            b.bytes += o.bytes
        case .mul:
            guard let n = other.asInt else { return nil }
            if n > 0 && b.bytes.count > 0 && n > Interpreter.maxSequenceLength / b.bytes.count { throw PyException.memoryError() }
            b.bytes = n <= 0 ? [] : Array([[UInt8]](repeating: b.bytes, count: n).joined())
        default: return nil
        }
        return .object(b)
    }
}

extension PyBytes {
    /// CPython's BufferError for a bytearray resized while a memoryview exports it.
    func checkResizable() throws {
        if exports > 0 { throw PyException(.bufferError, "Existing exports of data: object cannot be re-sized") }
    }
}

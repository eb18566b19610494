import BigInt
import Foundation

/// One `array` typecode: its item size and how a Python value is checked and stored, with
/// CPython's messages for values out of range.
struct ArrayTypecode {
    let code: Character
    let size: Int
    let isFloat: Bool
    let range: ClosedRange<BigInt>
    /// What CPython says below and above `range` for values that fit a C long.
    let low: String, high: String

    static let all: [Character: ArrayTypecode] = {
        func int(_ code: Character, _ size: Int, signed: Bool, _ name: String) -> ArrayTypecode {
            let bits = size * 8
            let range = signed ? -(BigInt(1) << (bits - 1))...((BigInt(1) << (bits - 1)) - 1) : BigInt(0)...((BigInt(1) << bits) - 1)
            return ArrayTypecode(code: code, size: size, isFloat: false, range: range,
                                 low: "\(name) is less than minimum", high: "\(name) is greater than maximum")
        }
        let list = [
            int("b", 1, signed: true, "signed char"), int("B", 1, signed: false, "unsigned byte integer"),
            int("h", 2, signed: true, "signed short integer"), int("H", 2, signed: false, "unsigned short"),
            int("i", 4, signed: true, "signed integer"), int("I", 4, signed: false, "unsigned int"),
            int("l", 8, signed: true, ""), int("L", 8, signed: false, ""), int("q", 8, signed: true, ""), int("Q", 8, signed: false, ""),
            ArrayTypecode(code: "f", size: 4, isFloat: true, range: 0...0, low: "", high: ""),
            ArrayTypecode(code: "d", size: 8, isFloat: true, range: 0...0, low: "", high: ""),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.code, $0) })
    }()

    /// A value to store: a float (rounded to float32 for 'f') or an int in range.
    func store(_ v: Value, _ interpreter: Interpreter) throws -> Value {
        if isFloat {
            let d: Double
            switch v {
            case .float(let x): d = x
            case .int, .bool, .bigint: d = try interpreter.floatArgument(v)
            default: throw PyException.typeError("must be real number, not \(v.typeName)")
            }
            return .float(code == "f" ? Double(Float(d)) : d)
        }
        guard let n = v.asBigInt else {
            throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        if range.contains(n) { return n.fitsInInt ? .int(Int(n)) : .bigint(n) }
        throw PyException(.overflowError, overflowMessage(n))
    }

    /// CPython's message for an int outside the typecode's range, which depends on the C
    /// conversion each typecode goes through.
    private func overflowMessage(_ n: BigInt) -> String {
        let fitsLong = n >= BigInt(Int.min) && n <= BigInt(Int.max)
        switch code {
        case "b", "B", "h", "H", "i":
            return fitsLong ? (n < range.lowerBound ? low : high) : "Python int too large to convert to C long"
        case "I":
            if n < 0 { return "can't convert negative value to unsigned int" }
            return n <= BigInt(UInt.max) ? high : "Python int too large to convert to C unsigned long"
        case "l": return "Python int too large to convert to C long"
        case "L": return n < 0 ? "can't convert negative value to unsigned int" : "Python int too large to convert to C unsigned long"
        case "q": return "int too big to convert"
        default: return n < 0 ? "can't convert negative int to unsigned" : "int too big to convert"
        }
    }

    /// The item's bytes in little-endian order (labrun's machines are little-endian, as is `tobytes` there).
    func bytes(of v: Value) -> [UInt8] {
        switch v {
        case .float(let d):
            return size == 4 ? withUnsafeBytes(of: Float(d).bitPattern.littleEndian, Array.init) : withUnsafeBytes(of: d.bitPattern.littleEndian, Array.init)
        default:
            let n = v.asBigInt ?? 0
            let pattern = n < 0 ? (BigInt(1) << (size * 8)) + n : n
            return (0..<size).map { UInt8(truncatingIfNeeded: Int((pattern >> ($0 * 8)) & 0xFF)) }
        }
    }

    /// The item stored in `bytes` (`size` of them, little-endian).
    func value(of bytes: ArraySlice<UInt8>) -> Value {
        var pattern: UInt64 = 0
        for (k, b) in bytes.enumerated() { pattern |= UInt64(b) << (8 * UInt64(k)) }
        if isFloat { return .float(size == 4 ? Double(Float(bitPattern: UInt32(pattern))) : Double(bitPattern: pattern)) }
        var n = BigInt(pattern)
        if range.lowerBound < 0 && n > range.upperBound { n -= BigInt(1) << (size * 8) }
        return n.fitsInInt ? .int(Int(n)) : .bigint(n)
    }
}

private extension BigInt {
    var fitsInInt: Bool { self >= BigInt(Int.min) && self <= BigInt(Int.max) }
}

/// `array.array`: a list of numbers all stored as one C type.
final class TypedArray: NativeObject, HashableObject {
    static let type = NativeClass("array", module: "array", constructor: Function("array", params: ["typecode", "initializer=None", "/"]) { a in
        let code = try a.string("typecode")
        if code == "u" { throw PyException(.notImplementedError, "array typecode 'u' (deprecated) is not supported by labrun") }
        guard code.count == 1, let kind = ArrayTypecode.all[code.first!] else {
            throw PyException.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        }
        let array = TypedArray(kind, [])
        switch a["initializer"] {
        case .none: break
        case .str: throw PyException.typeError("cannot use a str to initialize an array with typecode '\(code)'")
        case .object(let b as PyBytes): try array.append(bytes: b.bytes)
        case let v: array.items = try array.converted(a.interpreter.iterateToArray(v), a.interpreter)
        }
        return .native(array)
    }, methods: [
        method("append", ["v", "/"]) { m, a in m.items.append(try m.kind.store(a["v"], a.interpreter)); return .none },
        method("extend", ["bb", "/"]) { m, a in
            if case .native(let other as TypedArray) = a["bb"] {
                guard other.kind.code == m.kind.code else { throw PyException.typeError("can only extend with array of same kind") }
                m.items += other.items
            } else {
                m.items += try m.converted(a.interpreter.iterateToArray(a["bb"]), a.interpreter)
            }
            return .none
        },
        method("insert", ["i", "v", "/"]) { m, a in
            let k = try a.interpreter.intArgument(a["i"]), n = m.items.count
            m.items.insert(try m.kind.store(a["v"], a.interpreter), at: k < 0 ? max(0, k + n) : min(k, n))
            return .none
        },
        method("pop", ["i=-1", "/"]) { m, a in
            guard !m.items.isEmpty else { throw PyException.indexError("pop from empty array") }
            let k = try a.interpreter.intArgument(a["i"])
            let i = k < 0 ? k + m.items.count : k
            guard (0..<m.items.count).contains(i) else { throw PyException.indexError("pop index out of range") }
            return m.items.remove(at: i)
        },
        method("remove", ["v", "/"]) { m, a in
            guard let i = try m.firstIndex(of: a["v"], a.interpreter) else { throw PyException.valueError("array.remove(x): x not in array") }
            m.items.remove(at: i)
            return .none
        },
        method("index", ["v", "start=0", "stop=9223372036854775807", "/"]) { m, a in
            let n = m.items.count
            func clamp(_ k: Int) -> Int { k < 0 ? max(0, k + n) : min(k, n) }
            let from = clamp(try a.interpreter.intArgument(a["start"])), to = clamp(try a.interpreter.intArgument(a["stop"]))
            guard let i = try m.firstIndex(of: a["v"], a.interpreter, in: from..<max(from, to)) else {
                throw PyException.valueError("array.index(x): x not in array")
            }
            return .int(i)
        },
        method("count", ["v", "/"]) { m, a in .int(try m.items.filter { try a.interpreter.equals($0, a["v"]) }.count) },
        method("reverse") { m, _ in m.items.reverse(); return .none },
        method("tolist") { m, _ in .list(PyList(m.items)) },
        method("tobytes") { m, _ in .object(PyBytes(m.items.flatMap(m.kind.bytes))) },
        method("frombytes", ["buffer", "/"]) { m, a in
            try m.append(bytes: Interpreter.bytesArgument(a["buffer"]))
            return .none
        },
        method("fromlist", ["list", "/"]) { m, a in
            guard case .list(let l) = a["list"] else { throw PyException.typeError("arg must be list") }
            m.items += try m.converted(l.items, a.interpreter)
            return .none
        },
        method("byteswap") { m, _ in
            if m.kind.size > 1 { m.items = m.items.map { m.kind.value(of: ArraySlice(m.kind.bytes(of: $0).reversed())) } }
            return .none
        },
    ], properties: [
        Property("typecode") { v, _ in (v.typedArray).map { .str(String($0.kind.code)) } ?? .none },
        Property("itemsize") { v, _ in (v.typedArray).map { .int($0.kind.size) } ?? .none },
    ]).type

    let kind: ArrayTypecode
    var items: [Value]

    init(_ kind: ArrayTypecode, _ items: [Value]) {
        self.kind = kind
        self.items = items
    }

    var pyClass: PyType { TypedArray.type }

    private static func method(_ name: String, _ params: [String] = [], _ body: @escaping (TypedArray, Args) throws -> Value) -> Function {
        Function(name, params: params) { a in try body(try a.receiver(as: TypedArray.self), a) }
    }

    /// Values checked for this typecode; nothing is stored if one fails.
    func converted(_ values: [Value], _ interpreter: Interpreter) throws -> [Value] {
        try values.map { try kind.store($0, interpreter) }
    }

    func append(bytes: [UInt8]) throws {
        guard bytes.count % kind.size == 0 else { throw PyException.valueError("bytes length not a multiple of item size") }
        items += stride(from: 0, to: bytes.count, by: kind.size).map { kind.value(of: bytes[$0..<($0 + kind.size)]) }
    }

    func firstIndex(of v: Value, _ interpreter: Interpreter, in range: Range<Int>? = nil) throws -> Int? {
        for i in range ?? items.indices where try interpreter.equals(items[i], v) { return i }
        return nil
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        if items.isEmpty { return "array('\(kind.code)')" }
        return "array('\(kind.code)', [\(try items.map(interpreter.reprOf).joined(separator: ", "))])"
    }

    func length(_ interpreter: Interpreter) throws -> Int? { items.count }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var i = 0
        return { [self] in
            guard i < items.count else { return nil }
            defer { i += 1 }
            return items[i]
        }
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .object(let s as PySlice) = index {
            let (start, _, step, count) = try interpreter.sliceIndices(s, items.count)
            return .native(TypedArray(kind, (0..<count).map { items[start + $0 * step] }))
        }
        guard let k = try interpreter.indexValue(index) else { throw PyException.typeError("array indices must be integers") }
        let i = k < 0 ? k + items.count : k
        guard items.indices.contains(i) else { throw PyException.indexError("array index out of range") }
        return items[i]
    }

    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        if case .object(let s as PySlice) = index {
            guard case .native(let other as TypedArray) = value else {
                throw PyException.typeError("can only assign array (not \"\(value.typeName)\") to array slice")
            }
            guard other.kind.code == kind.code else { throw PyException.typeError("bad argument type for built-in operation") }
            try interpreter.assignSlice(s, of: &items, to: other.items, noun: "array")
            return true
        }
        guard let k = try interpreter.indexValue(index) else { throw PyException.typeError("array indices must be integers") }
        let i = k < 0 ? k + items.count : k
        guard items.indices.contains(i) else { throw PyException.indexError("array assignment index out of range") }
        items[i] = try kind.store(value, interpreter)
        return true
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        switch op {
        case .add where !reflected:
            guard case .native(let o as TypedArray) = other else {
                throw PyException.typeError("can only append array (not \"\(other.typeName)\") to array")
            }
            guard o.kind.code == kind.code else { throw PyException.typeError("bad argument type for built-in operation") }
            return .native(TypedArray(kind, items + o.items))
        case .mul:
            guard let n = try interpreter.indexValue(other) else { return nil }
            if n > 0 && !items.isEmpty && n > Interpreter.maxSequenceLength / items.count { throw PyException.memoryError() }
            return .native(TypedArray(kind, n <= 0 ? [] : Array([[Value]](repeating: items, count: n).joined())))
        default: return nil
        }
    }

    /// Comparisons with another array of any typecode, item by item as lists compare.
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .native(let o as TypedArray) = other else { return nil }
        return try interpreter.compare(op, .list(PyList(items)), .list(PyList(o.items)))
    }

    func pyHash() throws -> Int? { throw PyException.typeError("unhashable type: 'array.array'") }
    func pyEquals(_ other: Value) -> Bool? { nil }
    func hashValue() -> Int? { nil }
}

private extension Value {
    var typedArray: TypedArray? {
        if case .native(let a as TypedArray) = self { return a }
        return nil
    }
}

extension Interpreter {
    /// The `array` module.
    func arrayModule() -> [(String, Value)] {
        [("array", .type(TypedArray.type)), ("ArrayType", .type(TypedArray.type)), ("typecodes", .str("bBuhHiIlLqQfd"))]
    }
}

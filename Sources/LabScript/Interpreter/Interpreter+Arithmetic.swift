import BigInt
import Foundation

extension Interpreter {
    /// The most elements one sequence may hold; larger requests raise MemoryError.
    static let maxSequenceLength = 1 << 31

    /// Raises MemoryError, as CPython does when the allocation fails, before building a string or
    /// sequence of `length` elements beyond `maxSequenceLength` (a user-chosen width or size).
    static func checkLength(_ length: Int) throws {
        if length > maxSequenceLength { throw PyException.memoryError() }
    }

    /// `a op b` with Python's numeric tower, sequence operators and dunder dispatch.
    func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return try intOp(op, x, y) }
        if case .float(let x) = a, case .float(let y) = b { return try floatOp(op, x, y) }
        if a.isUserContainerSubclass || b.isUserContainerSubclass, let r = try containerSubclassBinary(op, a, b) { return r }
        if let r = try builtinBinary(op, a, b) { return r }
        if let r = try dunderBinary(op, a, b) { return r }
        if op == .bitor, let union = PyUnion.combining(a, b) { return .object(union) }
        throw binaryTypeError(op, a, b)
    }

    func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value) -> PyException {
        if op == .add, case .str = a { return .typeError("can only concatenate str (not \"\(b.typeName)\") to str") }
        if op == .add, case .list = a, case .tuple = b { return .typeError("can only concatenate list (not \"tuple\") to list") }
        if op == .add, case .list = a { return .typeError("can only concatenate list (not \"\(b.typeName)\") to list") }
        if op == .add, case .tuple = a { return .typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple") }
        if op == .mul, isSequence(a) || isSequence(b), a.asInt == nil || b.asInt == nil {
            let other = isSequence(a) ? b : a
            if !isSequence(other) || isSequence(a) && isSequence(b) {
                return .typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
            }
        }
        let symbol = op == .pow ? "** or pow()" : op.symbol
        return .typeError("unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
    }

    private func isSequence(_ v: Value) -> Bool {
        switch v {
        case .str, .list, .tuple: return true
        default: return false
        }
    }

    func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.int, .int), (.int, .bigint), (.bigint, .int), (.bigint, .bigint), (.bool, _), (_, .bool):
            guard let x = a.asBigIntOrDouble, let y = b.asBigIntOrDouble else { break }
            if case .int(let i) = x, case .int(let j) = y {
                if case .bool(let p) = a, case .bool(let q) = b, op == .bitand || op == .bitor || op == .bitxor {
                    return .bool(op == .bitand ? p && q : op == .bitor ? p || q : p != q)
                }
                return try intOp(op, i, j)
            }
            if case .float = x { return try floatOp(op, x.asDouble!, y.asDouble!) }
            if case .float = y { return try floatOp(op, x.asDouble!, y.asDouble!) }
            return try bigOp(op, x.asBigInt!, y.asBigInt!)
        case (.float(let x), _):
            if let y = b.asDouble, b.isIntLike { return try floatOp(op, x, y) }
        case (_, .float(let y)):
            if let x = a.asDouble, a.isIntLike { return try floatOp(op, x, y) }
        default: break
        }
        return try sequenceBinary(op, a, b)
    }

    private func sequenceBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        if involvesDeque(a, b) { return try dequeBinary(op, a, b) }
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)): return .str(x + y)
        case (.add, .list(let x), .list(let y)): return .list(PyList(x.items + y.items))
        case (.add, .tuple(let x), .tuple(let y)): return .tuple(x + y)
        case (.mul, .str(let s), _), (.mul, _, .str(let s)):
            guard let n = try repeatCount(a, b, s.utf8.count) else { return nil }
            return .str(n <= 0 ? "" : String(repeating: s, count: n))
        case (.mul, .list(let l), _), (.mul, _, .list(let l)):
            guard let n = try repeatCount(a, b, l.items.count) else { return nil }
            return .list(PyList(repeated(l.items, n)))
        case (.mul, .tuple(let t), _), (.mul, _, .tuple(let t)):
            guard let n = try repeatCount(a, b, t.count) else { return nil }
            return .tuple(repeated(t, n))
        case (.mod, .str(let format), _): return .str(try percentFormat(format, b))
        case (.add, .object(let x as PyBytes), .object(let y as PyBytes)): return .object(PyBytes(x.bytes + y.bytes, mutable: x.isMutable))
        case (.add, .object(let x as PyBytes), .native(let y as MemoryView)): return .object(PyBytes(x.bytes + (try y.contents()), mutable: x.isMutable))
        case (.add, .object(_ as PyBytes), _):
            if case .object(let o as PyInstance) = b, o.cls.lookup("__radd__") != nil { return nil }
            throw PyException.typeError("can't concat \(b.typeName) to \(a.typeName)")
        case (.mod, .object(let x as PyBytes), _): return .object(PyBytes(try bytesPercentFormat(x.bytes, b), mutable: x.isMutable))
        case (.mul, .object(let x as PyBytes), _), (.mul, _, .object(let x as PyBytes)):
            guard let n = try repeatCount(a, b, x.bytes.count) else { return nil }
            return .object(PyBytes(n <= 0 ? [] : Array([[UInt8]](repeating: x.bytes, count: n).joined()), mutable: x.isMutable))
        case (_, .dict(let x), .dict(let y)) where isCounter(x) && isCounter(y):
            return try counterBinary(op, x, y).map { .dict($0) }
        case (.bitor, .dict(let x), .dict(let y)):
            let d = PyDict(x.storage)
            for (k, v) in y.storage { d.storage[k] = v }
            return .dict(d)
        case (_, .set(let x), .set(let y)):
            return try setOperator(op, x, y).map { .set($0) }
        case (_, .object(let view as PyDictView), _) where view.kind != .values:
            guard let other = try? iterateToArray(b) else { return nil }
            return try setOperator(op, try PySet(iterateToArray(a)), try PySet(other)).map { .set($0) }
        default: return nil
        }
    }

    func repeated(_ items: [Value], _ n: Int) -> [Value] {
        guard n > 0 else { return [] }
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    /// The repeat count of `seq * n`, or nil when the other operand is not an int.
    func repeatCount(_ a: Value, _ b: Value, _ length: Int) throws -> Int? {
        let countValue: Value
        switch (a, b) {
        case (.str, .str), (.list, .list), (.tuple, .tuple), (.object(_ as PyBytes), .object(_ as PyBytes)): return nil
        case (.str, _), (.list, _), (.tuple, _), (.object(_ as PyBytes), _): countValue = b
        default: countValue = a
        }
        if case .bigint(let big) = countValue {
            if big.sign == .minus { return 0 }
            throw PyException.overflow("cannot fit 'int' into an index-sized integer")
        }
        guard let n = countValue.asInt else { return nil }
        if n > 0 && length > 0 && n > Interpreter.maxSequenceLength / length { throw PyException.memoryError() }
        return n
    }

    func setOperator(_ op: BinaryOp, _ x: PySet, _ y: PySet) throws -> PySet? {
        let frozen = x.isFrozen
        switch op {
        case .bitor:
            let r = x.copy(frozen: frozen)
            r.merge(y)
            return r
        case .bitand: return try x.intersection(y, frozen: frozen)
        case .sub: return try x.difference(y, frozen: frozen)
        case .bitxor: return try x.symmetricDifference(y, frozen: frozen)
        default: return nil
        }
    }

    func intOp(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? Value(BigInt(x) + BigInt(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? Value(BigInt(x) - BigInt(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? Value(BigInt(x) * BigInt(y)) : .int(r)
        case .truediv:
            if y == 0 { throw PyException.zeroDivision("division by zero") }
            if abs(x) < (1 << 53) && abs(y) < (1 << 53) { return .float(Double(x) / Double(y)) }
            return .float(bigTrueDivide(BigInt(x), BigInt(y)))
        case .floordiv:
            if y == 0 { throw PyException.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return Value(-BigInt(x)) }
            var q = x / y
            if x % y != 0 && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if y == 0 { throw PyException.zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .int(r)
        case .pow:
            if y < 0 {
                if x == 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(x), Double(y)))
            }
            return try intPower(BigInt(x), y)
        case .lshift:
            if y < 0 { throw PyException.valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 62 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            if y > 1 << 32 { throw PyException.memoryError() }
            return Value(BigInt(x) << y)
        case .rshift:
            if y < 0 { throw PyException.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitand: return .int(x & y)
        case .bitor: return .int(x | y)
        case .bitxor: return .int(x ^ y)
        case .matmul: throw binaryTypeError(op, .int(x), .int(y))
        }
    }

    private func intPower(_ base: BigInt, _ exponent: Int) throws -> Value {
        if let b = Int(exactly: base), b == 0 || b == 1 || b == -1 {
            return .int(b == -1 ? (exponent % 2 == 0 ? 1 : -1) : (exponent == 0 ? 1 : b))
        }
        let bits = Double(base.magnitude.bitWidth) * Double(exponent)
        if bits > 1e9 { throw PyException.memoryError() }
        return Value(try interruptiblePower(base, exponent))
    }

    /// Correctly rounded int / int for operands beyond 2**53.
    func bigTrueDivide(_ x: BigInt, _ y: BigInt) -> Double {
        let negative = (x.sign == .minus) != (y.sign == .minus)
        var n = x.magnitude, d = y.magnitude
        // Scale so the quotient has 55+ significant bits, then let Double round the integer part.
        let shift = Int(d.bitWidth) - Int(n.bitWidth) + 60
        if shift > 0 { n <<= shift } else { d <<= -shift }
        let (q, r) = n.quotientAndRemainder(dividingBy: d)
        let qd = scalbn(BigInt(q | (r.isZero ? 0 : 1)).nearestDouble, Int32(-shift))
        return negative ? -qd : qd
    }

    func bigOp(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws -> Value {
        switch op {
        case .add: return Value(x + y)
        case .sub: return Value(x - y)
        case .mul:
            if x.magnitude.bitWidth + y.magnitude.bitWidth > 1 << 32 { throw PyException.memoryError() }
            return Value(try interruptibleProduct(x, y))
        case .truediv:
            if y.isZero { throw PyException.zeroDivision("division by zero") }
            let r = bigTrueDivide(x, y)
            if r.isInfinite { throw PyException.overflow("integer division result too large for a float") }
            return .float(r)
        case .floordiv, .mod:
            if y.isZero { throw PyException.zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
            var (q, r) = try interruptibleQuotientAndRemainder(x, y)
            if !r.isZero && ((r.sign == .minus) != (y.sign == .minus)) {
                q -= 1
                r += y
            }
            return Value(op == .floordiv ? q : r)
        case .pow:
            guard let e = Int(exactly: y) else {
                if y.sign == .minus { return .float(Foundation.pow(x.nearestDouble, y.nearestDouble)) }
                throw PyException.memoryError()
            }
            if e < 0 { return .float(Foundation.pow(x.nearestDouble, Double(e))) }
            return try intPower(x, e)
        case .lshift:
            if y.sign == .minus { throw PyException.valueError("negative shift count") }
            guard let s = Int(exactly: y), s < 1 << 32 else { throw PyException.memoryError() }
            return Value(x << s)
        case .rshift:
            if y.sign == .minus { throw PyException.valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            // Python shifts round toward negative infinity.
            return Value(x.sign == .minus ? -((-x - 1) >> s) - 1 : x >> s)
        case .bitand: return Value(x & y)
        case .bitor: return Value(x | y)
        case .bitxor: return Value(x ^ y)
        case .matmul: throw binaryTypeError(op, Value(x), Value(y))
        }
    }

    func floatOp(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .truediv:
            if y == 0 { throw PyException.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floordiv:
            if y == 0 { throw PyException.zeroDivision("float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case .mod:
            if y == 0 { throw PyException.zeroDivision("float modulo") }
            return .float(floatDivMod(x, y).1)
        case .pow: return .float(try floatPower(x, y))
        default: throw binaryTypeError(op, .float(x), .float(y))
        }
    }

    /// CPython's float_divmod.
    func floatDivMod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, x / y)
        }
        return (floordiv, mod)
    }

    func floatPower(_ x: Double, _ y: Double) throws -> Double {
        if x == 0 && y < 0 { throw PyException.zeroDivision("0.0 cannot be raised to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            throw PyException.valueError("math domain error")
        }
        let r = Foundation.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw PyException.overflow("(34, 'Numerical result out of range')") }
        return r
    }

    /// `-x`, `+x`, `~x`.
    func unary(_ op: UnaryOp, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.neg, .int(let i)): return i == Int.min ? Value(-BigInt(i)) : .int(-i)
        case (.neg, .bigint(let b)): return Value(-b)
        case (.neg, .float(let d)): return .float(-d)
        case (.neg, .bool(let b)): return .int(b ? -1 : 0)
        case (.pos, .int), (.pos, .bigint), (.pos, .float): return v
        case (.pos, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bigint(let b)): return Value(-b - 1)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        case (.pos, .dict(let d)) where isCounter(d):
            return .dict(try counterBinary(.add, PyDict(), d)!)
        case (.neg, .dict(let d)) where isCounter(d):
            return .dict(try counterBinary(.sub, PyDict(), d)!)
        case (_, .native(let n)):
            if let r = try n.unaryOp(op, self) { return r }
        case (_, .object(let o as PyInstance)):
            if let m = o.cls.lookup(op.dunder) { return try callMethodValue(m, receiver: v, []) }
            if let payload = o.builtinValue { return try unary(op, payload) }
        default: break
        }
        throw PyException.typeError("bad operand type for unary \(op.rawValue): '\(v.typeName)'")
    }

    /// Dispatches to `__op__` / `__rop__` of classes and to native objects.
    private func dunderBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        if a.builtinPayload != nil || b.builtinPayload != nil { return try valueSubclassBinary(op, a, b) }
        if case .native(let n) = a, let r = try n.binaryOp(op, b, reflected: false, self) { return r }
        if case .object(let o as PyInstance) = a, let m = o.cls.lookup("__\(op.dunderStem)__") {
            let r = try callMethodValue(m, receiver: a, [b])
            if !isNotImplemented(r) { return r }
        }
        if case .native(let n) = b, let r = try n.binaryOp(op, a, reflected: true, self) { return r }
        if case .object(let o as PyInstance) = b, let m = o.cls.lookup("__r\(op.dunderStem)__") {
            let r = try callMethodValue(m, receiver: b, [a])
            if !isNotImplemented(r) { return r }
        }
        return nil
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === PySingleton.notImplemented }
        return false
    }

    /// `a op= b`: in-place for lists (`+=` extends), sets and classes defining `__iop__`.
    func inplace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if a.isUserContainerSubclass, let m = containerOverride(a, "__i\(op.dunderStem)__") {
            let r = try callMethodValue(m, receiver: a, [b])
            if !isNotImplemented(r) { return r }
            return try binary(op, a, b)
        }
        if case .list(let d) = a, d.isDeque, try dequeInplace(op, d, b) { return a }
        switch (op, a) {
        case (.add, .list(let l)):
            if case .list(let other) = b { l.items.append(contentsOf: other.items) } else { l.items.append(contentsOf: try iterateToArray(b)) }
            return a
        case (.mul, .list(let l)):
            guard let n = b.asInt else { break }
            if n > 0 && l.items.count > 0 && n > Interpreter.maxSequenceLength / l.items.count { throw PyException.memoryError() }
            l.items = repeated(l.items, n)
            return a
        case (.bitor, .set(let s)) where !s.isFrozen:
            guard case .set(let o) = b else { break }
            s.merge(o)
            return a
        case (.bitand, .set(let s)) where !s.isFrozen:
            guard case .set(let o) = b else { break }
            s.replaceContents(with: try s.intersection(o, frozen: false))
            return a
        case (.sub, .set(let s)) where !s.isFrozen:
            guard case .set(let o) = b else { break }
            if o === s { s.removeAll() } else { try s.discardAll(o.items) }
            return a
        case (.bitxor, .set(let s)) where !s.isFrozen:
            guard case .set(let o) = b else { break }
            if o === s { s.removeAll() } else { try s.toggleAll(o) }
            return a
        case (_, .object(let x as PyBytes)) where x.isMutable:
            if let r = try byteArrayInplace(op, x, b) { return r }
        case (.bitor, .dict(let d)):
            guard case .dict(let o) = b else { break }
            for (k, v) in o.storage { d.storage[k] = v }
            return a
        case (_, .native(let n)):
            if case .builtin(let m)? = n.pyClass.lookup("__i\(op.dunderStem)__") {
                let r = try callBuiltin(m, [a, b], [])
                if !isNotImplemented(r) { return r }
            }
        case (_, .object(let o as PyInstance)):
            if let m = o.cls.lookup("__i\(op.dunderStem)__") {
                let r = try callMethodValue(m, receiver: a, [b])
                if !isNotImplemented(r) { return r }
            }
        default: break
        }
        return try binary(op, a, b)
    }
}

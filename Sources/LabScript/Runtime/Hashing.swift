import BigInt
import Foundation

/// Python's hash() for built-in values and the equality that dict keys and set members use
/// (1 == 1.0 == True collide). Strings hash deterministically, so set order never depends on the run.
enum Hashing {
    static let modulus = (1 << 61) - 1
    static let bits = 61

    static func hashInt(_ i: Int) -> Int {
        if i >= 0 { return fix(i % modulus) }
        let m = i == Int.min ? (Int.max % modulus + 1) % modulus : (-i) % modulus
        return fix(-m)
    }

    static func hashBig(_ b: BigInt) -> Int {
        let m = Int(b.magnitude % BigUInt(modulus))
        return fix(b.sign == .minus ? -m : m)
    }

    private static func fix(_ h: Int) -> Int { h == -1 ? -2 : h }

    /// CPython's `_Py_HashDouble` (rational hashing so equal ints and floats hash alike).
    static func hashDouble(_ v: Double) -> Int {
        if v.isNaN { return 0 }
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        var exponent: Int32 = 0
        var m = frexp(v, &exponent)
        var e = Int(exponent)
        var sign = 1
        if m < 0 { sign = -1; m = -m }
        var x: UInt64 = 0
        let mod = UInt64(modulus)
        while m != 0 {
            x = ((x << 28) & mod) | x >> UInt64(bits - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= mod { x -= mod }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt64(e)) & mod) | x >> UInt64(bits - e)
        return fix(Int(bitPattern: UInt(x)) * sign)
    }

    /// FNV-1a over UTF-8, deterministic across runs.
    static func hashString(_ s: String) -> Int {
        func fnv<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return h
        }
        let h = s.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(s.utf8)
        return fix(Int(bitPattern: UInt(h >> 1)))
    }

    /// CPython 3.11's xxHash-based tuple hash.
    static func hashTuple(_ hashes: [Int]) -> Int {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc = p5
        for h in hashes {
            acc = acc &+ UInt64(bitPattern: Int64(h)) &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(hashes.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    /// hash(v) for hashable built-in values; throws TypeError for unhashable ones.
    static func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0xFCA86420
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return hashInt(i)
        case .bigint(let b): return hashBig(b)
        case .float(let d): return hashDouble(d)
        case .str(let s): return hashString(s)
        case .tuple(let items): return hashTuple(try items.map(hash))
        case .set(let s):
            if let h = try subclassHash(v, s.subtype) { return h }
            guard s.isFrozen else { throw PyException.typeError("unhashable type: '\(v.typeName)'") }
            var h = 0
            for item in s.items { h ^= try hash(item) &* 0x2545F491 }
            return h
        case .list(let l):
            if let h = try subclassHash(v, l.subtype) { return h }
            throw PyException.typeError("unhashable type: '\(v.typeName)'")
        case .dict(let d):
            if let h = try subclassHash(v, d.subtype) { return h }
            throw PyException.typeError("unhashable type: '\(v.typeName)'")
        case .native(let n):
            if let h = try (n as? HashableObject)?.pyHash() ?? n.hashValue() { return h }
            // A native class that sets `__hash__ = None` (a mutable mapping) is unhashable.
            if n.pyClass.lookup("__hash__")?.isNone == true { throw PyException.typeError("unhashable type: '\(v.typeName)'") }
            return ObjectIdentifier(n).hashValue >> 4
        case .object(let o):
            if let h = try (o as? HashableObject)?.pyHash() { return h }
            return ObjectIdentifier(o).hashValue >> 4
        default:
            return (v.identity?.hashValue ?? 0) >> 4
        }
    }

    /// Equality for hashing: numbers across int/float/bool, strings by code points, tuples and
    /// frozensets structurally, everything else by identity (or its own equality hook).
    static func keyEquals(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.str(let x), .str(let y)): return x.hasSameCodePoints(as: y)
        case (.int(let x), .int(let y)): return x == y
        case (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { keyEquals($0, $1) }
        case (.none, .none): return true
        default:
            if let r = numericEquals(a, b) { return r }
            if case .set(let x) = a, case .set(let y) = b { return x.count == y.count && x.items.allSatisfy { y.contains($0) } }
            if case .object(let x) = a, let eq = (x as? HashableObject)?.pyEquals(b) { return eq }
            if case .native(let x) = a, let eq = (x as? HashableObject)?.pyEquals(b) { return eq }
            if case .object(let y) = b, let eq = (y as? HashableObject)?.pyEquals(a) { return eq }
            if case .native(let y) = b, let eq = (y as? HashableObject)?.pyEquals(a) { return eq }
            if a.isMutableContainer || b.isMutableContainer, !a.isIdentical(to: b), let interp = Interpreter.running {
                // A hashable subclass of list, dict or set compares as its class does.
                return (try? interp.equals(a, b)) ?? false
            }
            return a.isIdentical(to: b)
        }
    }

    /// Exact comparison of two numbers of any numeric kind, or nil when either is not a number.
    static func numericEquals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.bool, _), (_, .bool):
            guard let x = a.asBigIntOrDouble, let y = b.asBigIntOrDouble else { return nil }
            return numericEquals(x, y)
        case (.int, .float), (.float, .int), (.bigint, .float), (.float, .bigint):
            let (i, d) = a.isIntLike ? (a, b.asDouble!) : (b, a.asDouble!)
            guard d.isFinite, d.rounded(.towardZero) == d else { return false }
            return BigInt(d) == i.asBigInt!
        case (.bigint(let x), .bigint(let y)): return x == y
        case (.int, .bigint), (.bigint, .int): return false
        default: return nil
        }
    }
}

extension Value {
    /// True for lists, dicts and sets (hashable only as subclasses that define `__hash__`).
    var isMutableContainer: Bool {
        switch self {
        case .list, .dict, .set: return true
        default: return false
        }
    }

    /// Bools turned into ints, other numbers unchanged; nil for non-numbers.
    var asBigIntOrDouble: Value? {
        switch self {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int, .bigint, .float: return self
        default: return nil
        }
    }
}

/// Objects (such as instances of user classes with `__hash__`/`__eq__`) that take part in hashing.
protocol HashableObject: AnyObject {
    /// The object's own hash, or nil to hash by identity.
    func pyHash() throws -> Int?
    /// The object's own equality, or nil to compare by identity.
    func pyEquals(_ other: Value) -> Bool?
}

/// A dict key: a value with its Python hash, compared with Python's key equality.
public struct HashKey: Hashable {
    public let value: Value
    let hash: Int

    public init(_ value: Value) throws {
        self.value = value
        self.hash = try Hashing.hash(value)
    }

    /// A key for a string (cannot fail).
    public init(string: String) {
        self.value = .str(string)
        self.hash = Hashing.hashString(string)
    }

    public static func == (a: HashKey, b: HashKey) -> Bool { a.hash == b.hash && Hashing.keyEquals(a.value, b.value) }
    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

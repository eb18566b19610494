/// `re.RegexFlag`: the flag constants. Each acts as its int in arithmetic, comparisons, hashing
/// and `%d`/format specs; `|`, `&`, `^` and `~` give flags again, printed as CPython 3.11 prints
/// them (`re.IGNORECASE|re.MULTILINE`, `re.NOFLAG`, unknown bits as `0x400`).
final class RegexFlag: NativeObject, HashableObject {
    /// The members in definition order, which is the order their names print in.
    static let members: [(String, Int)] = [
        ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
        ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
    ]
    static let allBits = members.reduce(0) { $0 | $1.1 }

    static let cls = NativeClass("RegexFlag", module: "re", constructor: Function("RegexFlag", params: ["value"]) { a in
        .native(RegexFlag(try a.int("value")))
    }, methods: [
        Function("__index__") { a in .int(try a.receiver(as: RegexFlag.self).value) },
        Function("__int__") { a in .int(try a.receiver(as: RegexFlag.self).value) },
        Function("__format__", params: ["format_spec", "/"]) { a in
            let flag = try a.receiver(as: RegexFlag.self)
            let spec = try a.string("format_spec")
            return .str(spec.isEmpty ? flag.text : try a.interpreter.format(.int(flag.value), spec))
        },
    ], properties: [
        Property("value") { v, _ in (v.flag?.value).map { .int($0) } ?? .none },
        Property("name") { v, _ in
            guard let flag = v.flag else { return .none }
            return .str(flag.text.replacingOccurrences(of: "re.", with: ""))
        },
    ]).type

    let value: Int
    init(_ value: Int) { self.value = value }

    var pyClass: PyType { RegexFlag.cls }

    /// The names of the member bits set, in definition order.
    private var names: [String] { RegexFlag.members.filter { value & $0.1 != 0 }.map(\.0) }

    /// `str()` and `repr()`: `re.NAME|re.NAME`, with bits outside the members in hex.
    var text: String {
        if value == 0 { return "re.NOFLAG" }
        var parts = names.map { "re." + $0 }
        let rest = value & ~RegexFlag.allBits
        if rest != 0 { parts.append("0x" + String(rest, radix: 16)) }
        return parts.joined(separator: "|")
    }

    func repr(_ interpreter: Interpreter) throws -> String { text }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        let otherValue: Int
        switch other {
        case .native(let f as RegexFlag): otherValue = f.value
        case .int(let i): otherValue = i
        case .bool(let b): otherValue = b ? 1 : 0
        default:
            if case .float = other {} else if case .bigint = other {} else { return nil }
            return try reflected ? interpreter.binary(op, other, .int(value)) : interpreter.binary(op, .int(value), other)
        }
        switch op {
        case .bitor: return .native(RegexFlag(value | otherValue))
        case .bitand: return .native(RegexFlag(value & otherValue))
        case .bitxor: return .native(RegexFlag(value ^ otherValue))
        default:
            let mine = Value.int(value), theirs = Value.int(otherValue)
            return try reflected ? interpreter.binary(op, theirs, mine) : interpreter.binary(op, mine, theirs)
        }
    }

    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        if op == .invert { return .native(RegexFlag(RegexFlag.allBits & ~value)) }
        return try interpreter.unary(op, .int(value))
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        switch other {
        case .native(let f as RegexFlag): return try interpreter.compare(op, .int(value), .int(f.value))
        case .int, .bool, .float, .bigint: return try interpreter.compare(op, .int(value), other)
        default: return nil
        }
    }

    func truthiness(_ interpreter: Interpreter) throws -> Bool? { value != 0 }
    func length(_ interpreter: Interpreter) throws -> Int? { names.count }
    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var members = RegexFlag.members.filter { value & $0.1 != 0 }.sorted { $0.1 < $1.1 }.makeIterator()
        return { members.next().map { .native(RegexFlag($0.1)) } }
    }

    func pyHash() throws -> Int? { try Hashing.hash(.int(value)) }
    func hashValue() -> Int? { nil }
    func pyEquals(_ other: Value) -> Bool? {
        switch other {
        case .native(let f as RegexFlag): return f.value == value
        case .int(let i): return i == value
        case .bool(let b): return (b ? 1 : 0) == value
        default: return false
        }
    }
}

private extension Value {
    var flag: RegexFlag? {
        if case .native(let f as RegexFlag) = self { return f }
        return nil
    }
}

extension Interpreter {
    /// A `flags` argument of `re`: an int or RegexFlag; anything else fails as CPython's `flags & T` does.
    func regexFlags(_ v: Value) throws -> Int {
        switch v {
        case .native(let f as RegexFlag): return f.value
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw PyException.typeError("unsupported operand type(s) for &: '\(v.typeName)' and 'RegexFlag'")
        }
    }

    /// The flag constants `re` exports (not LOCALE, TEMPLATE or DEBUG, which labrun lacks).
    static let regexFlagConstants: [(String, Value)] = [
        ("NOFLAG", 0), ("IGNORECASE", 2), ("I", 2), ("MULTILINE", 8), ("M", 8), ("DOTALL", 16), ("S", 16),
        ("VERBOSE", 64), ("X", 64), ("ASCII", 256), ("A", 256), ("UNICODE", 32), ("U", 32),
    ].map { ($0.0, .native(RegexFlag($0.1))) }
}

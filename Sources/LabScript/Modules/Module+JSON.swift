import BigInt
import Foundation
import JSONText

extension PyType {
    public static let jsonDecodeError = PyType(name: "JSONDecodeError", bases: [.valueError], module: "json.decoder")
}

extension Interpreter {
    struct JSONOptions {
        var indent: String?
        var itemSeparator = ", "
        var keySeparator = ": "
        var sortKeys = false
        var ensureASCII = true
        var defaultFunction: Value?
        var checkCircular = true
    }

    /// The `json` module.
    func jsonModule() -> [(String, Value)] {
        let dumpParams = ["obj", "*", "skipkeys=False", "ensure_ascii=True", "check_circular=True", "allow_nan=True",
                          "cls=None", "indent=None", "separators=None", "default=None", "sort_keys=False"]
        func options(_ i: Interpreter, _ a: Signature.Bound, offset: Int) throws -> JSONOptions {
            var o = JSONOptions()
            o.ensureASCII = try i.truthy(a.values[offset + 1])
            o.checkCircular = try i.truthy(a.values[offset + 2])
            switch a.values[offset + 5] {
            case .none: break
            case .str(let s): o.indent = s
            default: o.indent = String(repeating: " ", count: max(0, try i.intArgument(a.values[offset + 5])))
            }
            if o.indent != nil { o.itemSeparator = "," }
            if case .tuple(let seps) = a.values[offset + 6], seps.count == 2 {
                o.itemSeparator = try seps[0].string("separator")
                o.keySeparator = try seps[1].string("separator")
            }
            o.defaultFunction = a.values[offset + 7].isNone ? nil : a.values[offset + 7]
            o.sortKeys = try i.truthy(a.values[offset + 8])
            return o
        }
        return [
            ("dumps", Builtins.function("dumps", dumpParams) { i, a in
                .str(try i.jsonEncode(a.values[0], try options(i, a, offset: 1), level: 0))
            }),
            ("dump", Builtins.function("dump", ["obj", "fp"] + dumpParams.dropFirst()) { i, a in
                let text = try i.jsonEncode(a.values[0], try options(i, a, offset: 2), level: 0)
                _ = try i.callMethod(a.values[1], "write", [.str(text)], [])
                return .none
            }),
            ("loads", Builtins.function("loads", ["s", "*", "cls=None", "object_hook=None", "parse_float=None", "parse_int=None", "parse_constant=None", "object_pairs_hook=None"]) { i, a in
                try i.jsonDecode(try a.values[0].string("the JSON object"))
            }),
            ("load", Builtins.function("load", ["fp", "*", "cls=None", "object_hook=None"]) { i, a in
                try i.jsonDecode(try i.callMethod(a.values[0], "read", [], []).string("the JSON object"))
            }),
            ("JSONDecodeError", .type(.jsonDecodeError)),
        ]
    }


    private func jsonFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
        return Format.floatRepr(d)
    }

    func jsonEncode(_ v: Value, _ o: JSONOptions, level: Int) throws -> String {
        var markers = Set<ObjectIdentifier>()
        return try jsonEncode(v, o, level: level, markers: &markers)
    }

    /// Encodes `v`; `markers` holds the containers being encoded, to detect cycles as CPython's
    /// encoder does, and each level counts against the recursion limit.
    private func jsonEncode(_ v: Value, _ o: JSONOptions, level: Int, markers: inout Set<ObjectIdentifier>) throws -> String {
        if depth >= recursionLimit { throw PyException(.recursionError, "maximum recursion depth exceeded while encoding a JSON object") }
        try checkStack()
        depth += 1
        defer { depth -= 1 }
        let marker = v.identity
        if o.checkCircular, let marker, v.isContainer {
            if !markers.insert(marker).inserted { throw PyException.valueError("Circular reference detected") }
        }
        defer { if o.checkCircular, let marker { markers.remove(marker) } }
        let newline = o.indent.map { "\n" + String(repeating: $0, count: level + 1) } ?? ""
        let closing = o.indent.map { "\n" + String(repeating: $0, count: level) } ?? ""
        switch v {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int: return Format.intString(v)
        case .bigint(let b): return try decimalString(b)
        case .float(let d): return jsonFloat(d)
        case .str(let s): return JSONText.quoted(s, asciiOnly: o.ensureASCII)
        case .list, .tuple:
            let items = try iterateToArray(v)
            if items.isEmpty { return "[]" }
            let parts = try items.map { try jsonEncode($0, o, level: level + 1, markers: &markers) }
            return "[" + newline + parts.joined(separator: o.itemSeparator + newline) + closing + "]"
        case .dict(let d):
            if d.count == 0 { return "{}" }
            var entries: [(String, Value)] = []
            for (k, value) in d.storage {
                let key: String
                switch k.value {
                case .str(let s): key = s
                case .int, .bigint: key = Format.intString(k.value)
                case .float(let f): key = jsonFloat(f)
                case .bool(let b): key = b ? "true" : "false"
                case .none: key = "null"
                default: throw PyException.typeError("keys must be str, int, float, bool or None, not \(k.value.typeName)")
                }
                entries.append((key, value))
            }
            if o.sortKeys { entries.sort { compareUTF8($0.0, $1.0) < 0 } }
            let parts = try entries.map { JSONText.quoted($0.0, asciiOnly: o.ensureASCII) + o.keySeparator + (try jsonEncode($0.1, o, level: level + 1, markers: &markers)) }
            return "{" + newline + parts.joined(separator: o.itemSeparator + newline) + closing + "}"
        default:
            if let f = o.defaultFunction { return try jsonEncode(call(f, [v]), o, level: level, markers: &markers) }
            throw PyException.typeError("Object of type \(v.typeName) is not JSON serializable")
        }
    }

    /// Parses JSON text into values (ints stay ints, as in Python).
    public func jsonDecode(_ text: String) throws -> Value {
        var parser = JSONParser(scalars: Array(text.unicodeScalars), maxDepth: recursionLimit)
        parser.skipSpace()
        let v = try parser.value()
        parser.skipSpace()
        if parser.pos < parser.scalars.count { throw parser.error("Extra data") }
        return v
    }
}

/// A small recursive-descent JSON parser with Python's error messages.
struct JSONParser {
    let scalars: [Unicode.Scalar]
    var pos = 0
    /// Nesting deeper than this raises RecursionError, as CPython's scanner does.
    var maxDepth = 1000
    private var depth = 0

    init(scalars: [Unicode.Scalar], maxDepth: Int) {
        self.scalars = scalars
        self.maxDepth = maxDepth
    }

    private mutating func enter(_ what: String) throws {
        depth += 1
        if depth > maxDepth { throw PyException(.recursionError, "maximum recursion depth exceeded while decoding a JSON \(what) from a unicode string") }
    }

    func error(_ message: String) -> PyException {
        var line = 1, column = 1
        for u in scalars[..<min(pos, scalars.count)] {
            if u == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return PyException(.jsonDecodeError, "\(message): line \(line) column \(column) (char \(pos))")
    }

    mutating func skipSpace() {
        while pos < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[pos]) { pos += 1 }
    }

    private mutating func literal(_ word: String, _ v: Value) throws -> Value {
        let w = Array(word.unicodeScalars)
        guard pos + w.count <= scalars.count, Array(scalars[pos..<(pos + w.count)]) == w else { throw error("Expecting value") }
        pos += w.count
        return v
    }

    mutating func value() throws -> Value {
        guard pos < scalars.count else { throw error("Expecting value") }
        switch scalars[pos] {
        case "{": return try object()
        case "[": return try array()
        case "\"": return .str(try string())
        case "n": return try literal("null", .none)
        case "t": return try literal("true", .bool(true))
        case "f": return try literal("false", .bool(false))
        case "N": return try literal("NaN", .float(.nan))
        case "I": return try literal("Infinity", .float(.infinity))
        default: return try number()
        }
    }

    private mutating func number() throws -> Value {
        let start = pos
        if pos < scalars.count && scalars[pos] == "-" {
            pos += 1
            if pos < scalars.count && scalars[pos] == "I" { return try literal("Infinity", .float(-.infinity)) }
        }
        var isFloat = false
        let digitsStart = pos
        while pos < scalars.count, ("0"..."9").contains(scalars[pos]) { pos += 1 }
        if pos == digitsStart { pos = start; throw error("Expecting value") }
        if pos < scalars.count && scalars[pos] == "." {
            isFloat = true
            pos += 1
            while pos < scalars.count, ("0"..."9").contains(scalars[pos]) { pos += 1 }
        }
        if pos < scalars.count && (scalars[pos] == "e" || scalars[pos] == "E") {
            isFloat = true
            pos += 1
            if pos < scalars.count && (scalars[pos] == "+" || scalars[pos] == "-") { pos += 1 }
            while pos < scalars.count, ("0"..."9").contains(scalars[pos]) { pos += 1 }
        }
        let text = String(scalars: scalars[start..<pos])
        if isFloat { return .float(Double(text) ?? 0) }
        return Value(BigInt(text) ?? 0)
    }

    private mutating func string() throws -> String {
        let start = pos
        pos += 1
        var out = String.UnicodeScalarView()
        while true {
            guard pos < scalars.count else { pos = start; throw error("Unterminated string starting at") }
            let c = scalars[pos]
            pos += 1
            if c == "\"" { return String(out) }
            if c == "\\" {
                guard pos < scalars.count else { pos = start; throw error("Unterminated string starting at") }
                let e = scalars[pos]
                pos += 1
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "/": out.append("/")
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                case "u":
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), pos + 5 < scalars.count, scalars[pos] == "\\", scalars[pos + 1] == "u" {
                        let mark = pos
                        pos += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            pos = mark
                        }
                    }
                    out.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default:
                    pos -= 2
                    throw error("Invalid \\escape")
                }
            } else if c.value < 0x20 {
                pos -= 1
                throw error("Invalid control character at")
            } else {
                out.append(c)
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard pos + 4 <= scalars.count, scalars[pos..<(pos + 4)].allSatisfy({ $0.properties.isASCIIHexDigit }),
              let v = UInt32(String(scalars: scalars[pos..<(pos + 4)]), radix: 16) else {
            throw error("Invalid \\uXXXX escape")
        }
        pos += 4
        return v
    }

    private mutating func array() throws -> Value {
        try enter("array")
        defer { depth -= 1 }
        pos += 1
        var items: [Value] = []
        skipSpace()
        if pos < scalars.count && scalars[pos] == "]" { pos += 1; return .list(PyList()) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard pos < scalars.count else { throw error("Expecting ',' delimiter") }
            if scalars[pos] == "," { pos += 1; continue }
            if scalars[pos] == "]" { pos += 1; return .list(PyList(items)) }
            throw error("Expecting ',' delimiter")
        }
    }

    private mutating func object() throws -> Value {
        try enter("object")
        defer { depth -= 1 }
        pos += 1
        let d = PyDict()
        skipSpace()
        if pos < scalars.count && scalars[pos] == "}" { pos += 1; return .dict(d) }
        while true {
            skipSpace()
            guard pos < scalars.count, scalars[pos] == "\"" else { throw error("Expecting property name enclosed in double quotes") }
            let key = try string()
            skipSpace()
            guard pos < scalars.count, scalars[pos] == ":" else { throw error("Expecting ':' delimiter") }
            pos += 1
            skipSpace()
            d[string: key] = try value()
            skipSpace()
            guard pos < scalars.count else { throw error("Expecting ',' delimiter") }
            if scalars[pos] == "," { pos += 1; continue }
            if scalars[pos] == "}" { pos += 1; return .dict(d) }
            throw error("Expecting ',' delimiter")
        }
    }
}

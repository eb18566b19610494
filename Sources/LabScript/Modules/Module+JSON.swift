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
        if interruptFlag.pointee { try checkInterrupt() }
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
            var pairs = Array(d.storage)
            // Sorted by the keys themselves, as `sorted(d.items())` orders them (so 9 before 10,
            // and mixed key types raise TypeError), before they become strings.
            if o.sortKeys { try pairs.sort { try lessThan($0.key.value, $1.key.value) } }
            var entries: [(String, Value)] = []
            for (k, value) in pairs {
                let key: String
                let keyValue = k.value.unwrappingSubclass
                switch keyValue {
                case .str(let s): key = s
                case .int, .bigint: key = Format.intString(keyValue)
                case .float(let f): key = jsonFloat(f)
                case .bool(let b): key = b ? "true" : "false"
                case .none: key = "null"
                default: throw PyException.typeError("keys must be str, int, float, bool or None, not \(k.value.typeName)")
                }
                entries.append((key, value))
            }
            let parts = try entries.map { JSONText.quoted($0.0, asciiOnly: o.ensureASCII) + o.keySeparator + (try jsonEncode($0.1, o, level: level + 1, markers: &markers)) }
            return "{" + newline + parts.joined(separator: o.itemSeparator + newline) + closing + "}"
        default:
            // Subclasses of int, float, str and tuple encode as their built-in values.
            if let payload = v.builtinPayload, payload.identity == nil { return try jsonEncode(payload, o, level: level, markers: &markers) }
            if let f = o.defaultFunction { return try jsonEncode(call(f, [v]), o, level: level, markers: &markers) }
            throw PyException.typeError("Object of type \(v.typeName) is not JSON serializable")
        }
    }

    /// Parses JSON text into values as Python's `json.loads` does (ints stay exact, the last of
    /// duplicate keys wins, NaN and Infinity allowed); a long read stops at Ctrl-C.
    public func jsonDecode(_ text: String) throws -> Value {
        var builder = ScriptJSONBuilder(interpreter: self)
        let options = JSONReader.Options(allowNonFinite: true, maxDepth: max(1, recursionLimit - depth),
                                         poll: { [unowned self] in try self.checkInterrupt() })
        do {
            return try JSONReader.read(text, options: options, into: &builder)
        } catch let error as JSONReadError {
            if case .tooDeep(let container) = error.kind {
                throw PyException(.recursionError, "maximum recursion depth exceeded while decoding a JSON \(container) from a unicode string")
            }
            throw PyException(.jsonDecodeError, error.description)
        }
    }
}

/// Script values from JSON: lists, dicts, and ints within the int/str digit limit.
private struct ScriptJSONBuilder: JSONBuilder {
    unowned let interpreter: Interpreter

    func null() -> Value { .none }
    func bool(_ value: Bool) -> Value { .bool(value) }
    func integer(_ value: Int) -> Value { .int(value) }
    func bigInteger(_ digits: String) throws -> Value { try interpreter.parseInt(digits, base: 10) }
    func float(_ value: Double) -> Value { .float(value) }
    func string(_ value: String) -> Value { .str(value) }
    func array(_ items: [Value]) -> Value { .list(PyList(items)) }
    func object(_ members: [(key: String, value: Value)]) -> Value {
        let d = PyDict()
        for (key, value) in members { d[string: key] = value }
        return .dict(d)
    }
}

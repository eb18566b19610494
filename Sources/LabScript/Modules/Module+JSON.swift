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
        var skipKeys = false
        var allowNaN = true
    }

    /// The `json` module. `dumps`/`loads` with `cls=` or extra keywords build that class and call
    /// its `encode`/`decode`, as CPython does; otherwise they use the default options directly.
    func jsonModule() -> [(String, Value)] {
        let encoderKeywords = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"]
        let dumpParams = ["obj", "*", "skipkeys=False", "ensure_ascii=True", "check_circular=True", "allow_nan=True",
                          "cls=None", "indent=None", "separators=None", "default=None", "sort_keys=False", "**kw"]
        let loadParams = ["*", "cls=None", "object_hook=None", "parse_float=None", "parse_int=None", "parse_constant=None",
                          "object_pairs_hook=None", "**kw"]
        /// `dumps`'s arguments after `obj` start at `offset`.
        func encode(_ i: Interpreter, _ a: Signature.Bound, offset: Int) throws -> String {
            let values = Array(a.values[offset..<(offset + encoderKeywords.count)])
            let cls = values[4]
            var o = JSONOptions()
            o.skipKeys = try i.truthy(values[0])
            o.ensureASCII = try i.truthy(values[1])
            o.checkCircular = try i.truthy(values[2])
            o.allowNaN = try i.truthy(values[3])
            o.indent = try i.jsonIndent(values[5])
            o.defaultFunction = values[7].isNone ? nil : values[7]
            o.sortKeys = try i.truthy(values[8])
            let extra = Args.keywordPairs(a.kwargs)
            if cls.isNone && extra.isEmpty {
                if o.indent != nil { o.itemSeparator = "," }
                if !values[6].isNone {
                    let parts = try i.iterateToArray(values[6])
                    guard parts.count == 2 else { throw PyException.valueError("too many values to unpack (expected 2)") }
                    o.itemSeparator = try parts[0].string("separator")
                    o.keySeparator = try parts[1].string("separator")
                }
                return try i.jsonEncode(a.values[0], o, level: 0)
            }
            var keywords: [(String, Value)] = []
            for (k, name) in encoderKeywords.enumerated() where name != "cls" { keywords.append((name, values[k])) }
            let instance = try i.call(cls.isNone ? .type(JSONClasses.encoder) : cls, [], keywords + extra)
            return try i.callMethod(instance, "encode", [a.values[0]], []).string("encode() result")
        }
        func decode(_ i: Interpreter, _ text: String, _ a: Signature.Bound, offset: Int) throws -> Value {
            let names = ["object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"]
            let values = Array(a.values[(offset + 1)..<(offset + 6)])
            let cls = a.values[offset]
            let extra = Args.keywordPairs(a.kwargs)
            if cls.isNone && extra.isEmpty {
                let hooks = JSONHooks(objectHook: values[0].isNone ? nil : values[0], pairsHook: values[4].isNone ? nil : values[4],
                                      parseFloat: values[1].isNone ? nil : values[1], parseInt: values[2].isNone ? nil : values[2],
                                      parseConstant: values[3].isNone ? nil : values[3])
                return try i.jsonDecode(text, hooks: hooks)
            }
            var keywords: [(String, Value)] = []
            for (k, name) in names.enumerated() where !values[k].isNone { keywords.append((name, values[k])) }
            let instance = try i.call(cls.isNone ? .type(JSONClasses.decoder) : cls, [], keywords + extra)
            return try i.callMethod(instance, "decode", [.str(text)], [])
        }
        return [
            ("dumps", Builtins.function("dumps", dumpParams) { i, a in .str(try encode(i, a, offset: 1)) }),
            ("dump", Builtins.function("dump", ["obj", "fp"] + dumpParams.dropFirst()) { i, a in
                let text = try encode(i, a, offset: 2)
                _ = try i.callMethod(a.values[1], "write", [.str(text)], [])
                return .none
            }),
            ("loads", Builtins.function("loads", ["s"] + loadParams) { i, a in
                try decode(i, try a.values[0].string("the JSON object"), a, offset: 1)
            }),
            ("load", Builtins.function("load", ["fp"] + loadParams) { i, a in
                try decode(i, try i.callMethod(a.values[0], "read", [], []).string("the JSON object"), a, offset: 1)
            }),
            ("JSONDecodeError", .type(.jsonDecodeError)),
            ("JSONEncoder", .type(JSONClasses.encoder)),
            ("JSONDecoder", .type(JSONClasses.decoder)),
        ]
    }

    private func jsonFloat(_ d: Double, _ o: JSONOptions) throws -> String {
        if !o.allowNaN && !d.isFinite { throw PyException.valueError("Out of range float values are not JSON compliant") }
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
        case .float(let d): return try jsonFloat(d, o)
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
                case .float(let f): key = try jsonFloat(f, o)
                case .bool(let b): key = b ? "true" : "false"
                case .none: key = "null"
                default:
                    if o.skipKeys { continue }
                    throw PyException.typeError("keys must be str, int, float, bool or None, not \(k.value.typeName)")
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
    public func jsonDecode(_ text: String) throws -> Value { try jsonDecode(text, hooks: JSONHooks()) }

    func jsonDecode(_ text: String, hooks: JSONHooks) throws -> Value {
        var builder = ScriptJSONBuilder(interpreter: self, hooks: hooks)
        return try jsonReading(text, hooks) { try JSONReader.read(text, options: $0, into: &builder) }
    }

    /// `raw_decode(s, idx)`: the value starting at character `start` and the index after it.
    func jsonRawDecode(_ text: String, from start: Int, hooks: JSONHooks) throws -> (Value, Int) {
        var builder = ScriptJSONBuilder(interpreter: self, hooks: hooks)
        if start < 0 { throw PyException.valueError("idx cannot be negative") }
        return try jsonReading(text, hooks) { try JSONReader.readPrefix(text, fromCharacter: start, options: $0, into: &builder) }
    }

    private func jsonReading<T>(_ text: String, _ hooks: JSONHooks, _ read: (JSONReader.Options) throws -> T) throws -> T {
        var options = JSONReader.Options(allowNonFinite: true, maxDepth: max(1, recursionLimit - depth),
                                         poll: { [unowned self] in try self.checkInterrupt() })
        // The hooks see each number's text; without them the reader's fast paths apply.
        options.numberText = !hooks.isDefault
        do {
            return try read(options)
        } catch let error as JSONReadError {
            if case .tooDeep(let container) = error.kind {
                throw PyException(.recursionError, "maximum recursion depth exceeded while decoding a JSON \(container) from a unicode string")
            }
            // JSONDecodeError's attributes: the bare message, the document and where in it.
            let decodeError = PyException(.jsonDecodeError, error.description)
            decodeError.attributes["msg"] = .str(error.message)
            decodeError.attributes["doc"] = .str(text)
            decodeError.attributes["pos"] = .int(error.offset)
            decodeError.attributes["lineno"] = .int(error.line)
            decodeError.attributes["colno"] = .int(error.column)
            throw decodeError
        }
    }
}

/// Script values from JSON: lists, dicts, and ints within the int/str digit limit.
private struct ScriptJSONBuilder: JSONBuilder {
    unowned let interpreter: Interpreter
    let hooks: JSONHooks

    func null() -> Value { .none }
    func bool(_ value: Bool) -> Value { .bool(value) }
    func integer(_ value: Int) -> Value { .int(value) }
    func bigInteger(_ digits: String) throws -> Value { try interpreter.parseInt(digits, base: 10) }
    /// With `numberText` on, only NaN and the infinities arrive here: `parse_constant`'s inputs.
    func float(_ value: Double) throws -> Value {
        guard let hook = hooks.parseConstant else { return .float(value) }
        return try interpreter.call(hook, [.str(value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity"))])
    }
    func number(text: String, isInteger: Bool) throws -> Value {
        if let hook = isInteger ? hooks.parseInt : hooks.parseFloat { return try interpreter.call(hook, [.str(text)]) }
        if isInteger { return try Int(text).map { .int($0) } ?? bigInteger(text) }
        return .float(Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity))
    }
    func string(_ value: String) -> Value { .str(value) }
    func array(_ items: [Value]) -> Value { .list(PyList(items)) }
    func object(_ members: [(key: String, value: Value)]) throws -> Value {
        if let hook = hooks.pairsHook {
            return try interpreter.call(hook, [.list(PyList(members.map { .tuple([.str($0.key), $0.value]) }))])
        }
        let d = PyDict()
        for (key, value) in members { d[string: key] = value }
        if let hook = hooks.objectHook { return try interpreter.call(hook, [.dict(d)]) }
        return .dict(d)
    }
}

import JSONText

/// `json.JSONEncoder` and `json.JSONDecoder`: classes scripts instantiate and subclass (to
/// override `default`, say). Their options are instance attributes, as in CPython, read when
/// `encode`/`decode` run; the work is the module's one encoder and reader.
enum JSONClasses {
    static let encoder: PyType = {
        // Made like a class statement's type, so script classes can derive from it.
        let t = PyType(name: "JSONEncoder", bases: [.object], module: "json.encoder", isUserDefined: true)
        t.dict["item_separator"] = .str(", ")
        t.dict["key_separator"] = .str(": ")
        Builtins.method(t, "__init__", ["*", "skipkeys=False", "ensure_ascii=True", "check_circular=True", "allow_nan=True",
                                        "sort_keys=False", "indent=None", "separators=None", "default=None"]) { i, a in
            let me = a.values[0]
            for (k, name) in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"].enumerated() {
                try i.setAttribute(me, name, a.values[[1, 2, 3, 4, 5, 6][k]])
            }
            if !a.values[7].isNone {
                let parts = try i.iterateToArray(a.values[7])
                guard parts.count == 2 else { throw PyException.valueError("too many values to unpack (expected 2)") }
                try i.setAttribute(me, "item_separator", parts[0])
                try i.setAttribute(me, "key_separator", parts[1])
            } else if !a.values[6].isNone {
                try i.setAttribute(me, "item_separator", .str(","))
            }
            if !a.values[8].isNone { try i.setAttribute(me, "default", a.values[8]) }
            return .none
        }
        Builtins.method(t, "default", ["o"]) { i, a in
            throw PyException.typeError("Object of type \(a.values[1].typeName) is not JSON serializable")
        }
        Builtins.method(t, "encode", ["o"]) { i, a in
            .str(try i.jsonEncode(a.values[1], try i.jsonOptions(encoder: a.values[0]), level: 0))
        }
        return t
    }()

    static let decoder: PyType = {
        let t = PyType(name: "JSONDecoder", bases: [.object], module: "json.decoder", isUserDefined: true)
        Builtins.method(t, "__init__", ["*", "object_hook=None", "parse_float=None", "parse_int=None", "parse_constant=None",
                                        "strict=True", "object_pairs_hook=None"]) { i, a in
            let me = a.values[0]
            try i.setAttribute(me, "object_hook", a.values[1])
            try i.setAttribute(me, "parse_float", a.values[2].isNone ? .type(.float) : a.values[2])
            try i.setAttribute(me, "parse_int", a.values[3].isNone ? .type(.int) : a.values[3])
            try i.setAttribute(me, "parse_constant", a.values[4])
            try i.setAttribute(me, "strict", a.values[5])
            try i.setAttribute(me, "object_pairs_hook", a.values[6])
            return .none
        }
        Builtins.method(t, "decode", ["s"]) { i, a in
            try i.jsonDecode(try a.values[1].string("the JSON object"), hooks: try i.jsonHooks(decoder: a.values[0]))
        }
        Builtins.method(t, "raw_decode", ["s", "idx=0"]) { i, a in
            let text = try a.values[1].string("first argument")
            let start = try i.intArgument(a.values[2])
            let (value, end) = try i.jsonRawDecode(text, from: start, hooks: try i.jsonHooks(decoder: a.values[0]))
            return .tuple([value, .int(end)])
        }
        return t
    }()
}

/// The hooks of `json.loads` and `JSONDecoder`; nil is the default behaviour.
struct JSONHooks {
    var objectHook: Value?
    var pairsHook: Value?
    var parseFloat: Value?
    var parseInt: Value?
    var parseConstant: Value?
    var isDefault: Bool { objectHook == nil && pairsHook == nil && parseFloat == nil && parseInt == nil && parseConstant == nil }
}

extension Interpreter {
    /// An encoder's options from its attributes (CPython's `iterencode` reads the same ones).
    func jsonOptions(encoder: Value) throws -> JSONOptions {
        var o = JSONOptions()
        o.skipKeys = try truthy(getAttribute(encoder, "skipkeys"))
        o.ensureASCII = try truthy(getAttribute(encoder, "ensure_ascii"))
        o.checkCircular = try truthy(getAttribute(encoder, "check_circular"))
        o.allowNaN = try truthy(getAttribute(encoder, "allow_nan"))
        o.sortKeys = try truthy(getAttribute(encoder, "sort_keys"))
        o.indent = try jsonIndent(getAttribute(encoder, "indent"))
        o.itemSeparator = try getAttribute(encoder, "item_separator").string("item_separator")
        o.keySeparator = try getAttribute(encoder, "key_separator").string("key_separator")
        o.defaultFunction = try getAttribute(encoder, "default")
        return o
    }

    /// `indent`: a str is used as is, an int is that many spaces, None is one line.
    func jsonIndent(_ v: Value) throws -> String? {
        switch v {
        case .none: return nil
        case .str(let s): return s
        default: return String(repeating: " ", count: max(0, try intArgument(v)))
        }
    }

    func jsonHooks(decoder: Value) throws -> JSONHooks {
        func hook(_ name: String, unless standard: PyType? = nil) throws -> Value? {
            let v = try getAttribute(decoder, name)
            if v.isNone { return nil }
            if let standard, case .type(let t) = v, t === standard { return nil }
            return v
        }
        if try !truthy(getAttribute(decoder, "strict")) {
            throw PyException(.notImplementedError, "JSONDecoder(strict=False) is not supported yet (control characters in strings)")
        }
        return JSONHooks(objectHook: try hook("object_hook"), pairsHook: try hook("object_pairs_hook"),
                         parseFloat: try hook("parse_float", unless: .float), parseInt: try hook("parse_int", unless: .int),
                         parseConstant: try hook("parse_constant"))
    }
}

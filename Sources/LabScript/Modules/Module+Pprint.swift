/// `pprint`: CPython's PrettyPrinter layout for dicts, lists, tuples, sets and strings (a repr that
/// fits the width is kept on one line, otherwise items go one per line, long strings split at
/// spaces). Objects CPython lays out specially that labrun does not (OrderedDict, Counter,
/// defaultdict, deque, bytes, dataclasses) fail loudly when they do not fit.
struct PrettyPrinter {
    var indentPerLevel = 1, width = 80
    var depth: Int? = nil
    var compact = false, sortDicts = true
    let interpreter: Interpreter

    init(_ interpreter: Interpreter, _ options: [(String, Value)]) throws {
        self.interpreter = interpreter
        for (name, v) in options {
            switch name {
            case "indent": indentPerLevel = try interpreter.intArgument(v)
            case "width": width = try interpreter.intArgument(v)
            case "depth": depth = v.isNone ? nil : try interpreter.intArgument(v)
            case "compact": compact = try interpreter.truthy(v)
            case "sort_dicts": sortDicts = try interpreter.truthy(v)
            case "stream": if !v.isNone { throw PyException(.notImplementedError, "pprint's stream= is not supported by labrun") }
            case "underscore_numbers": if try interpreter.truthy(v) { throw PyException(.notImplementedError, "pprint's underscore_numbers=True is not supported by labrun") }
            default: throw PyException.typeError("PrettyPrinter.__init__() got an unexpected keyword argument '\(name)'")
            }
        }
        if indentPerLevel < 0 { throw PyException.valueError("indent must be >= 0") }
        if let d = depth, d <= 0 { throw PyException.valueError("depth must be > 0") }
        if width <= 0 { throw PyException.valueError("width must be != 0") }
    }

    func pformat(_ v: Value) throws -> String {
        var out = ""
        try format(v, &out, indent: 0, allowance: 0, level: 0)
        return out
    }

    private func count(_ s: String) -> Int { s.unicodeScalars.count }

    /// Items sorted as pprint sorts them: values that do not compare are ordered by their type's
    /// name (CPython then falls back to object addresses, which keep these in their original order).
    private func sorted(_ items: [Value], key: (Value) -> Value) -> [Value] {
        var copy = items
        try? copy.sortStable { a, b in
            let (x, y) = (key(a), key(b))
            do {
                return try interpreter.truthy(interpreter.compare(.lt, x, y))
            } catch let e as PyException where e.cls === PyType.typeError {
                return x.pyType.qualifiedName < y.pyType.qualifiedName
            }
        }
        return copy
    }

    private func dictItems(_ d: PyDict) -> [Value] {
        let items = d.storage.map { Value.tuple([$0.key.value, $0.value]) }
        guard sortDicts else { return items }
        return sorted(items) { v in if case .tuple(let kv) = v { return kv[0] } else { return v } }
    }

    /// `_safe_repr`: one-line repr with sorted dict keys and the depth limit.
    func safeRepr(_ v: Value, level: Int) throws -> String {
        switch v {
        case .dict(let d) where d.subtype == nil:
            if d.count == 0 { return "{}" }
            if let m = depth, level >= m { return "{...}" }
            return "{" + (try dictItems(d).map { kv -> String in
                guard case .tuple(let p) = kv else { return "" }
                return "\(try safeRepr(p[0], level: level + 1)): \(try safeRepr(p[1], level: level + 1))"
            }.joined(separator: ", ")) + "}"
        case .list(let l) where l.subtype == nil:
            if l.items.isEmpty { return "[]" }
            if let m = depth, level >= m { return "[...]" }
            return "[" + (try l.items.map { try safeRepr($0, level: level + 1) }.joined(separator: ", ")) + "]"
        case .tuple(let t):
            if t.isEmpty { return "()" }
            if let m = depth, level >= m { return t.count == 1 ? "(...,)" : "(...)" }
            let inner = try t.map { try safeRepr($0, level: level + 1) }.joined(separator: ", ")
            return t.count == 1 ? "(\(inner),)" : "(\(inner))"
        default:
            return try interpreter.reprOf(v)
        }
    }

    private func format(_ v: Value, _ out: inout String, indent: Int, allowance: Int, level: Int) throws {
        let rep = try safeRepr(v, level: level)
        guard count(rep) > width - indent - allowance else {
            out += rep
            return
        }
        switch v {
        case .dict(let d) where d.subtype == nil:
            out += "{" + String(repeating: " ", count: max(0, indentPerLevel - 1))
            if d.count > 0 { try formatDictItems(dictItems(d), &out, indent: indent, allowance: allowance + 1, level: level + 1) }
            out += "}"
        case .list(let l) where l.subtype == nil:
            out += "["
            try formatItems(l.items, &out, indent: indent, allowance: allowance + 1, level: level + 1)
            out += "]"
        case .tuple(let t):
            let end = t.count == 1 ? ",)" : ")"
            out += "("
            try formatItems(t, &out, indent: indent, allowance: allowance + end.count, level: level + 1)
            out += end
        case .set(let s):
            guard s.count > 0 else { out += rep; return }
            let (open, end, extra) = s.isFrozen ? ("frozenset({", "})", 10) : ("{", "}", 0)
            out += open
            try formatItems(sorted(s.items) { $0 }, &out, indent: indent + extra, allowance: allowance + end.count, level: level + 1)
            out += end
        case .str(let s) where s.isEmpty:
            out += rep
        case .str(let s):
            try formatString(s, rep, &out, indent: indent, allowance: allowance, level: level + 1)
        case .dict, .list, .object(_ as PyBytes):
            throw PyException(.notImplementedError, "pprint of a long \(v.typeName) is not supported by labrun")
        case .object(let inst as PyInstance) where inst.cls.lookup("__dataclass_fields__") != nil:
            throw PyException(.notImplementedError, "pprint of a long dataclass instance is not supported by labrun")
        default:
            out += rep
        }
    }

    private func formatDictItems(_ items: [Value], _ out: inout String, indent: Int, allowance: Int, level: Int) throws {
        let indent = indent + indentPerLevel
        for (k, item) in items.enumerated() {
            guard case .tuple(let kv) = item else { continue }
            let last = k == items.count - 1
            let keyRep = try safeRepr(kv[0], level: level)
            out += keyRep + ": "
            try format(kv[1], &out, indent: indent + count(keyRep) + 2, allowance: last ? allowance : 1, level: level)
            if !last { out += ",\n" + String(repeating: " ", count: indent) }
        }
    }

    private func formatItems(_ items: [Value], _ out: inout String, indent: Int, allowance: Int, level: Int) throws {
        let indent = indent + indentPerLevel
        if indentPerLevel > 1 { out += String(repeating: " ", count: indentPerLevel - 1) }
        let newline = ",\n" + String(repeating: " ", count: indent)
        var delimiter = ""
        var room = width - indent + 1, maxRoom = room
        for (k, item) in items.enumerated() {
            let last = k == items.count - 1
            if last {
                maxRoom -= allowance
                room -= allowance
            }
            if compact {
                let rep = try safeRepr(item, level: level)
                let w = count(rep) + 2
                if room < w {
                    room = maxRoom
                    if !delimiter.isEmpty { delimiter = newline }
                }
                if room >= w {
                    room -= w
                    out += delimiter + rep
                    delimiter = ", "
                    continue
                }
            }
            out += delimiter
            delimiter = newline
            try format(item, &out, indent: indent, allowance: last ? allowance : 1, level: level)
        }
    }

    /// A long string: one repr per line, lines longer than the width split after runs of spaces,
    /// parenthesized at the top level.
    private func formatString(_ s: String, _ whole: String, _ out: inout String, indent: Int, allowance: Int, level: Int) throws {
        var indent = indent, allowance = allowance
        if level == 1 {
            indent += 1
            allowance += 1
        }
        let lines = try interpreter.iterateToArray(try interpreter.callMethod(.str(s), "splitlines", [.bool(true)], [])).map { try $0.string("line") }
        var chunks: [String] = []
        var maxWidth1 = width - indent
        for (i, line) in lines.enumerated() {
            let rep = Format.stringRepr(line)
            if i == lines.count - 1 { maxWidth1 -= allowance }
            if count(rep) <= maxWidth1 {
                chunks.append(rep)
                continue
            }
            var maxWidth2 = width - indent
            var current = ""
            let parts = wordsWithTrailingSpace(line)
            for (j, part) in parts.enumerated() {
                let candidate = current + part
                if j == parts.count - 1 && i == lines.count - 1 { maxWidth2 -= allowance }
                if count(Format.stringRepr(candidate)) > maxWidth2 {
                    if !current.isEmpty { chunks.append(Format.stringRepr(current)) }
                    current = part
                } else {
                    current = candidate
                }
            }
            if !current.isEmpty { chunks.append(Format.stringRepr(current)) }
        }
        if chunks.count == 1 {
            out += whole
            return
        }
        if level == 1 { out += "(" }
        out += chunks.joined(separator: "\n" + String(repeating: " ", count: indent))
        if level == 1 { out += ")" }
    }

    /// `re.findall(r'\S*\s*', line)` without its final empty match.
    private func wordsWithTrailingSpace(_ line: String) -> [String] {
        var parts: [String] = []
        var current = "", inSpace = false
        for c in line.unicodeScalars {
            let space = c.properties.isWhitespace
            if !space && inSpace {
                parts.append(current)
                current = ""
            }
            inSpace = space
            current.unicodeScalars.append(c)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}

extension Array {
    /// A stable sort with a throwing comparison.
    mutating func sortStable(by less: (Element, Element) throws -> Bool) throws {
        var indexed = enumerated().map { ($0.offset, $0.element) }
        var failure: Error? = nil
        indexed.sort { a, b in
            if failure != nil { return a.0 < b.0 }
            do {
                if try less(a.1, b.1) { return true }
                if try less(b.1, a.1) { return false }
                return a.0 < b.0
            } catch {
                failure = error
                return a.0 < b.0
            }
        }
        if let failure { throw failure }
        self = indexed.map { $0.1 }
    }
}

extension Interpreter {
    /// The `pprint` module.
    func pprintModule() -> [(String, Value)] {
        let layout = ["indent=1", "width=80", "depth=None", "*", "compact=False", "sort_dicts=True", "underscore_numbers=False"]
        /// The options a call passed, by name, from the parameters after `object`.
        func passed(_ a: Signature.Bound, _ params: [String]) -> [(String, Value)] {
            let names = params.filter { $0 != "*" }.map { String($0.prefix { $0 != "=" }) }
            return names.enumerated().filter { a.wasPassed(1 + $0.offset) }.map { ($0.element, a.values[1 + $0.offset]) }
        }
        let names = ["indent", "width", "depth", "stream", "compact", "sort_dicts", "underscore_numbers"]
        let printerType = NativeClass("PrettyPrinter", module: "pprint").type
        printerType.constructor = { i, args, kw in
            var named = kw
            for (k, v) in args.enumerated() where k < names.count { named.append((names[k], v)) }
            _ = try PrettyPrinter(i, named)
            let obj = PyInstance(cls: printerType)
            obj.dict["_options"] = .list(PyList(named.map { .tuple([.str($0.0), $0.1]) }))
            return .object(obj)
        }
        func printer(_ v: Value, _ i: Interpreter) throws -> PrettyPrinter {
            guard case .object(let obj as PyInstance) = v, case .list(let l)? = obj.dict["_options"] else {
                throw PyException.typeError("PrettyPrinter method needs a PrettyPrinter")
            }
            return try PrettyPrinter(i, l.items.map { item in
                guard case .tuple(let p) = item, case .str(let n) = p[0] else { return ("", .none) }
                return (n, p[1])
            })
        }
        Builtins.method(printerType, "pformat", ["object"]) { i, a in .str(try printer(a.values[0], i).pformat(a.values[1])) }
        Builtins.method(printerType, "pprint", ["object"]) { i, a in
            i.configuration.stdout(try printer(a.values[0], i).pformat(a.values[1]) + "\n")
            return .none
        }
        return [
            ("PrettyPrinter", .type(printerType)),
            ("pformat", Builtins.function("pformat", ["object"] + layout) { i, a in
                .str(try PrettyPrinter(i, passed(a, layout)).pformat(a.values[0]))
            }),
            ("pprint", Builtins.function("pprint", ["object", "stream=None"] + layout) { i, a in
                let text = try PrettyPrinter(i, passed(a, ["stream=None"] + layout)).pformat(a.values[0])
                i.configuration.stdout(text + "\n")
                return .none
            }),
            ("pp", Builtins.function("pp", ["object", "*args", "sort_dicts=False", "**kwargs"]) { i, a in
                let text = try PrettyPrinter(i, [("sort_dicts", a.values[1])] + Args.keywordPairs(a.kwargs)).pformat(a.values[0])
                i.configuration.stdout(text + "\n")
                return .none
            }),
            ("saferepr", Builtins.function("saferepr", ["object"]) { i, a in .str(try PrettyPrinter(i, []).safeRepr(a.values[0], level: 0)) }),
        ]
    }
}

import Foundation

/// A compiled regular expression (`re.compile`), backed by NSRegularExpression. Python's
/// `(?P<name>...)` and `(?P=name)` are translated; indices are reported in code points.
final class RegexPattern: NativeObject {
    static let cls = NativeClass("Pattern", module: "re", methods: [
        Function("match", params: ["string", "pos=0"]) { a in try a.receiver(as: RegexPattern.self).first(try a.string("string"), mode: .match, a.interpreter) },
        Function("search", params: ["string", "pos=0"]) { a in try a.receiver(as: RegexPattern.self).first(try a.string("string"), mode: .search, a.interpreter) },
        Function("fullmatch", params: ["string", "pos=0"]) { a in try a.receiver(as: RegexPattern.self).first(try a.string("string"), mode: .full, a.interpreter) },
        Function("findall", params: ["string"]) { a in try a.receiver(as: RegexPattern.self).findall(try a.string("string"), a.interpreter) },
        Function("finditer", params: ["string"]) { a in
            let matches = try a.receiver(as: RegexPattern.self).all(try a.string("string"), a.interpreter).map { Value.native($0) }
            return a.interpreter.listIterator("callable_iterator", matches)
        },
        Function("sub", params: ["repl", "string", "count=0"]) { a in
            .str(try a.receiver(as: RegexPattern.self).substitute(a["repl"], try a.string("string"), count: try a.int("count"), a.interpreter).0)
        },
        Function("subn", params: ["repl", "string", "count=0"]) { a in
            let (s, n) = try a.receiver(as: RegexPattern.self).substitute(a["repl"], try a.string("string"), count: try a.int("count"), a.interpreter)
            return .tuple([.str(s), .int(n)])
        },
        Function("split", params: ["string", "maxsplit=0"]) { a in
            try a.receiver(as: RegexPattern.self).split(try a.string("string"), maxsplit: try a.int("maxsplit"), a.interpreter)
        },
    ], properties: [
        Property("pattern") { v, _ in
            guard case .native(let p as RegexPattern) = v else { return .none }
            return .str(p.source)
        },
        Property("groups") { v, _ in
            guard case .native(let p as RegexPattern) = v else { return .none }
            return .int(p.regex.numberOfCaptureGroups)
        },
    ])

    enum Mode { case match, search, full }

    let source: String
    let flags: Int
    let regex: NSRegularExpression
    let anchoredFull: NSRegularExpression
    let groupNames: [String]

    init(_ source: String, flags: Int) throws {
        self.source = source
        self.flags = flags
        var options: NSRegularExpression.Options = []
        if flags & 2 != 0 { options.insert(.caseInsensitive) }
        if flags & 8 != 0 { options.insert(.anchorsMatchLines) }
        if flags & 16 != 0 { options.insert(.dotMatchesLineSeparators) }
        if flags & 64 != 0 { options.insert(.allowCommentsAndWhitespace) }
        var translated = source.replacingOccurrences(of: "(?P<", with: "(?<")
        var names: [String] = []
        let namePattern = try NSRegularExpression(pattern: "\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>")
        for m in namePattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            if let r = Range(m.range(at: 1), in: source) { names.append(String(source[r])) }
        }
        let backref = try NSRegularExpression(pattern: "\\(\\?P=([A-Za-z_][A-Za-z0-9_]*)\\)")
        translated = backref.stringByReplacingMatches(in: translated, range: NSRange(translated.startIndex..., in: translated), withTemplate: "\\\\k<$1>")
        do {
            regex = try NSRegularExpression(pattern: translated, options: options)
            anchoredFull = try NSRegularExpression(pattern: "(?:" + translated + ")\\z", options: options)
        } catch {
            throw PyException(PyType.reError, "invalid regular expression \(Format.stringRepr(source))")
        }
        groupNames = names
    }

    var pyClass: PyType { RegexPattern.cls.type }

    func repr(_ interpreter: Interpreter) throws -> String { "re.compile(\(Format.stringRepr(source)))" }

    func first(_ s: String, mode: Mode, _ interp: Interpreter) throws -> Value {
        let found: NSTextCheckingResult?
        switch mode {
        case .search: found = try matches(regex, s, anchored: false, limit: 1, interp).first
        case .match: found = try matches(regex, s, anchored: true, limit: 1, interp).first
        case .full: found = try matches(anchoredFull, s, anchored: true, limit: 1, interp).first
        }
        return found.map { .native(RegexMatch(result: $0, string: s, pattern: self)) } ?? Value.none
    }

    func all(_ s: String, _ interp: Interpreter) throws -> [RegexMatch] {
        try matches(regex, s, anchored: false, limit: .max, interp).map { RegexMatch(result: $0, string: s, pattern: self) }
    }

    /// Up to `limit` matches of `regex` in `s`. ICU calls back while it matches (`.reportProgress`),
    /// so a Ctrl-C stops even a runaway backtracking match, with KeyboardInterrupt.
    private func matches(_ regex: NSRegularExpression, _ s: String, anchored: Bool, limit: Int,
                         _ interp: Interpreter) throws -> [NSTextCheckingResult] {
        var found: [NSTextCheckingResult] = []
        var interrupted = false
        let options: NSRegularExpression.MatchingOptions = anchored ? [.anchored, .reportProgress] : [.reportProgress]
        regex.enumerateMatches(in: s, options: options, range: NSRange(location: 0, length: (s as NSString).length)) { result, _, stop in
            if interp.isInterruptRequested {
                interrupted = true
                stop.pointee = true
            } else if let result {
                found.append(result)
                if found.count >= limit { stop.pointee = true }
            }
        }
        if interrupted { try interp.checkInterrupt() }
        return found
    }

    func findall(_ s: String, _ interp: Interpreter) throws -> Value {
        .list(PyList(try all(s, interp).map { m in
            switch m.result.numberOfRanges {
            case 1: return m.group(0)
            case 2: return m.group(1).isNone ? .str("") : m.group(1)
            default: return .tuple((1..<m.result.numberOfRanges).map { m.group($0).isNone ? .str("") : m.group($0) })
            }
        }))
    }

    func substitute(_ repl: Value, _ s: String, count: Int, _ interp: Interpreter) throws -> (String, Int) {
        var out = ""
        var last = s.utf16.startIndex
        var n = 0
        for m in try all(s, interp) {
            if count > 0 && n >= count { break }
            guard let r = Range(m.result.range, in: s) else { continue }
            out += String(s[last..<r.lowerBound])
            if case .str(let template) = repl.unwrappingSubclass { out += try m.expand(template) } else { out += try interp.strOf(interp.call(repl, [.native(m)])) }
            last = r.upperBound
            n += 1
        }
        out += String(s[last...])
        return (out, n)
    }

    func split(_ s: String, maxsplit: Int, _ interp: Interpreter) throws -> Value {
        var parts: [Value] = []
        var last = s.startIndex
        var n = 0
        for m in try all(s, interp) {
            if maxsplit > 0 && n >= maxsplit { break }
            guard let r = Range(m.result.range, in: s) else { continue }
            parts.append(.str(String(s[last..<r.lowerBound])))
            for g in stride(from: 1, to: m.result.numberOfRanges, by: 1) { parts.append(m.group(g)) }
            last = r.upperBound
            n += 1
        }
        parts.append(.str(String(s[last...])))
        return .list(PyList(parts))
    }
}

/// A regex match (`re.Match`).
final class RegexMatch: NativeObject {
    static let cls = NativeClass("Match", module: "re", methods: [
        Function("group", params: ["*groups"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            let groups = a.varargs.isEmpty ? [Value.int(0)] : a.varargs
            let values = try groups.map { try m.group(m.index($0)) }
            return values.count == 1 ? values[0] : .tuple(values)
        },
        Function("groups", params: ["default=None"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            return .tuple((1..<m.result.numberOfRanges).map { m.group($0).isNone ? a["default"] : m.group($0) })
        },
        Function("groupdict", params: ["default=None"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            let d = PyDict()
            for name in m.pattern.groupNames { d[string: name] = try m.group(m.index(.str(name))) }
            return .dict(d)
        },
        Function("start", params: ["group=0"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            return .int(m.span(try m.index(a["group"])).0)
        },
        Function("end", params: ["group=0"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            return .int(m.span(try m.index(a["group"])).1)
        },
        Function("span", params: ["group=0"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            let (s, e) = m.span(try m.index(a["group"]))
            return .tuple([.int(s), .int(e)])
        },
        Function("expand", params: ["template"]) { a in .str(try a.receiver(as: RegexMatch.self).expand(try a.string("template"))) },
    ], properties: [
        Property("string") { v, _ in
            guard case .native(let m as RegexMatch) = v else { return .none }
            return .str(m.string)
        },
    ])

    let result: NSTextCheckingResult
    let string: String
    let pattern: RegexPattern

    init(result: NSTextCheckingResult, string: String, pattern: RegexPattern) {
        self.result = result
        self.string = string
        self.pattern = pattern
    }

    var pyClass: PyType { RegexMatch.cls.type }

    func index(_ v: Value) throws -> Int {
        if let i = v.asInt, i >= 0, i < result.numberOfRanges { return i }
        if case .str(let name) = v.unwrappingSubclass, let i = pattern.groupNames.firstIndex(of: name) { return i + 1 }
        throw PyException.indexError("no such group")
    }

    func group(_ i: Int) -> Value {
        let r = result.range(at: i)
        guard r.location != NSNotFound, let range = Range(r, in: string) else { return .none }
        return .str(String(string[range]))
    }

    /// Start and end of group `i` in code points (-1 when it did not take part).
    func span(_ i: Int) -> (Int, Int) {
        let r = result.range(at: i)
        guard r.location != NSNotFound, let range = Range(r, in: string) else { return (-1, -1) }
        let start = string.unicodeScalars.distance(from: string.startIndex, to: range.lowerBound)
        return (start, start + string[range].unicodeScalars.count)
    }

    /// Expands `\1`, `\g<1>`, `\g<name>` and escapes in a replacement template.
    func expand(_ template: String) throws -> String {
        var out = ""
        var chars = Array(template)[...]
        while let c = chars.popFirst() {
            guard c == "\\", let next = chars.first else { out.append(c); continue }
            chars = chars.dropFirst()
            switch next {
            case "n": out += "\n"
            case "t": out += "\t"
            case "\\": out += "\\"
            case "g":
                guard chars.first == "<", let close = chars.firstIndex(of: ">") else { throw PyException(PyType.reError, "missing group name") }
                let name = String(chars[chars.index(after: chars.startIndex)..<close])
                chars = chars[chars.index(after: close)...]
                let i = try index(Int(name).map { .int($0) } ?? .str(name))
                if case .str(let s) = group(i) { out += s }
            default:
                if let d = next.wholeNumberValue {
                    var number = d
                    if let d2 = chars.first?.wholeNumberValue, number * 10 + d2 < result.numberOfRanges {
                        number = number * 10 + d2
                        chars = chars.dropFirst()
                    }
                    guard number < result.numberOfRanges else { throw PyException(PyType.reError, "invalid group reference \(number)") }
                    if case .str(let s) = group(number) { out += s }
                } else {
                    out.append("\\")
                    out.append(next)
                }
            }
        }
        return out
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? { group(try self.index(index)) }

    func repr(_ interpreter: Interpreter) throws -> String {
        let (s, e) = span(0)
        return "<re.Match object; span=(\(s), \(e)), match=\(try interpreter.reprOf(group(0)))>"
    }
}

extension PyType {
    public static let reError = PyType(name: "error", bases: [.exception], module: "re")
}

extension Interpreter {
    /// The `re` module.
    func reModule() -> [(String, Value)] {
        var cache: [String: RegexPattern] = [:]
        func pattern(_ v: Value, _ flags: Value) throws -> RegexPattern {
            if case .native(let p as RegexPattern) = v { return p }
            let source = try v.string("first argument")
            let f = flags.asInt ?? 0
            let key = "\(f):\(source)"
            if let p = cache[key] { return p }
            let p = try RegexPattern(source, flags: f)
            cache[key] = p
            return p
        }
        func fn(_ name: String, _ params: [String], _ body: @escaping (Interpreter, RegexPattern, Signature.Bound) throws -> Value) -> (String, Value) {
            (name, Builtins.function(name, ["pattern"] + params + ["flags=0"]) { i, a in
                try body(i, try pattern(a.values[0], a.values[params.count + 1]), a)
            })
        }
        return [
            ("compile", Builtins.function("compile", ["pattern", "flags=0"]) { _, a in .native(try pattern(a.values[0], a.values[1])) }),
            fn("match", ["string"]) { i, p, a in try p.first(try a.values[1].string("string"), mode: .match, i) },
            fn("search", ["string"]) { i, p, a in try p.first(try a.values[1].string("string"), mode: .search, i) },
            fn("fullmatch", ["string"]) { i, p, a in try p.first(try a.values[1].string("string"), mode: .full, i) },
            fn("findall", ["string"]) { i, p, a in try p.findall(try a.values[1].string("string"), i) },
            fn("finditer", ["string"]) { i, p, a in i.listIterator("callable_iterator", try p.all(try a.values[1].string("string"), i).map { .native($0) }) },
            fn("sub", ["repl", "string", "count=0"]) { i, p, a in
                .str(try p.substitute(a.values[1], try a.values[2].string("string"), count: try i.intArgument(a.values[3]), i).0)
            },
            fn("subn", ["repl", "string", "count=0"]) { i, p, a in
                let (s, n) = try p.substitute(a.values[1], try a.values[2].string("string"), count: try i.intArgument(a.values[3]), i)
                return .tuple([.str(s), .int(n)])
            },
            fn("split", ["string", "maxsplit=0"]) { i, p, a in try p.split(try a.values[1].string("string"), maxsplit: try i.intArgument(a.values[2]), i) },
            ("escape", Builtins.function("escape", ["pattern"]) { _, a in
                let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}")
                return .str(String(try a.values[0].string("pattern").flatMap { special.contains($0) ? "\\" + String($0) : String($0) }))
            }),
            ("IGNORECASE", .int(2)), ("I", .int(2)), ("MULTILINE", .int(8)), ("M", .int(8)),
            ("DOTALL", .int(16)), ("S", .int(16)), ("VERBOSE", .int(64)), ("X", .int(64)), ("ASCII", .int(256)), ("A", .int(256)),
            ("error", .type(.reError)), ("Pattern", .type(RegexPattern.cls.type)), ("Match", .type(RegexMatch.cls.type)),
        ]
    }
}

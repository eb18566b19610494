import Foundation

/// A compiled regular expression (`re.compile`), backed by NSRegularExpression. Python's
/// `(?P<name>...)` and `(?P=name)` are translated; indices are reported in code points.
final class RegexPattern: NativeObject {
    static let cls = NativeClass("Pattern", module: "re", methods: [
        Function("match", params: ["string", "pos=0", "endpos=None"]) { a in try a.receiver(as: RegexPattern.self).first(a, mode: .match) },
        Function("search", params: ["string", "pos=0", "endpos=None"]) { a in try a.receiver(as: RegexPattern.self).first(a, mode: .search) },
        Function("fullmatch", params: ["string", "pos=0", "endpos=None"]) { a in try a.receiver(as: RegexPattern.self).first(a, mode: .full) },
        Function("findall", params: ["string", "pos=0", "endpos=None"]) { a in
            let p = try a.receiver(as: RegexPattern.self)
            return p.findall(try p.all(try a.string("string"), window: try p.window(a), a.interpreter))
        },
        Function("finditer", params: ["string", "pos=0", "endpos=None"]) { a in
            let p = try a.receiver(as: RegexPattern.self)
            let matches = try p.all(try a.string("string"), window: try p.window(a), a.interpreter).map { Value.native($0) }
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
        Property("flags") { v, _ in
            guard case .native(let p as RegexPattern) = v else { return .none }
            return .int(p.effectiveFlags)
        },
        Property("groups") { v, _ in
            guard case .native(let p as RegexPattern) = v else { return .none }
            return .int(p.regex.numberOfCaptureGroups)
        },
        Property("groupindex") { v, _ in
            guard case .native(let p as RegexPattern) = v else { return .none }
            let d = PyDict()
            for (name, number) in p.groupNames.sorted(by: { $0.value < $1.value }) { d[string: name] = .int(number) }
            return .dict(d)
        },
    ])

    enum Mode { case match, search, full }

    /// The part of a subject string a search looks at: `pos` and `endpos` in code points,
    /// clamped to the string as CPython clamps them.
    struct Window {
        var pos = 0
        var endpos = Int.max
    }

    let source: String
    let flags: Int
    let regex: NSRegularExpression
    let anchoredFull: NSRegularExpression
    /// Named groups: name to group number.
    let groupNames: [String: Int]
    /// For each group number (index 0 is the whole match), the number of the capturing group
    /// that encloses it, or 0.
    let parents: [Int]
    /// Flags written inline at the start of the pattern, as `(?i)`.
    let inlineFlags: Int

    init(_ source: String, flags: Int) throws {
        self.source = source
        self.flags = flags
        let structure = try RegexPattern.structure(of: source, verbose: flags & 64 != 0)
        groupNames = structure.names
        parents = structure.parents
        inlineFlags = structure.inlineFlags
        var options: NSRegularExpression.Options = []
        if flags & 2 != 0 { options.insert(.caseInsensitive) }
        if flags & 8 != 0 { options.insert(.anchorsMatchLines) }
        if flags & 16 != 0 { options.insert(.dotMatchesLineSeparators) }
        if flags & 64 != 0 { options.insert(.allowCommentsAndWhitespace) }
        let translated = structure.translated
        do {
            regex = try NSRegularExpression(pattern: translated, options: options)
            anchoredFull = try NSRegularExpression(pattern: "(?:" + translated + ")\\z", options: options)
        } catch {
            throw PyException(PyType.reError, "invalid regular expression \(Format.stringRepr(source))")
        }
    }

    /// Group names, group nesting and leading inline flags, read from the pattern's text, and the
    /// pattern for ICU: named groups become plain groups (ICU's names allow no `_`) and `(?P=name)`
    /// a numbered backreference.
    private static func structure(of source: String, verbose: Bool) throws
        -> (names: [String: Int], parents: [Int], inlineFlags: Int, translated: String) {
        var out = ""
        let chars = Array(source)
        var names: [String: Int] = [:]
        var parents = [0]
        var inlineFlags = 0
        var stack: [Int] = []   // for each open parenthesis, its group number or 0
        var i = 0
        var inClass = false
        let flagLetters: [Character: Int] = ["a": 256, "i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64]
        if chars.starts(with: ["(", "?"]), let close = chars.firstIndex(of: ")"),
           close > 2, chars[2..<close].allSatisfy({ flagLetters[$0] != nil }) {
            for c in chars[2..<close] { inlineFlags |= flagLetters[c]! }
        }
        let isVerbose = verbose || inlineFlags & 64 != 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" {
                out += String(chars[i..<min(i + 2, chars.count)])
                i += 2
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
                out.append(c)
                i += 1
                continue
            }
            switch c {
            case "[":
                inClass = true
                out.append(c)
                i += 1
                if i < chars.count, chars[i] == "^" { out.append("^"); i += 1 }
                if i < chars.count, chars[i] == "]" { out.append("]"); i += 1 }
                continue
            case "#" where isVerbose:
                while i < chars.count, chars[i] != "\n" { out.append(chars[i]); i += 1 }
                continue
            case "(" where chars[i...].starts(with: ["(", "?", "P", "="]):
                guard let close = chars[i...].firstIndex(of: ")") else { break }
                let name = String(chars[(i + 4)..<close])
                guard let number = names[name] else { throw PyException(PyType.reError, "unknown group name '\(name)' at position \(i + 4)") }
                out += "(?:\\\(number))"
                i = close + 1
                continue
            case "(":
                var capturing = true
                var name: String?
                if i + 1 < chars.count, chars[i + 1] == "?" {
                    capturing = false
                    var j = i + 2
                    if j < chars.count, chars[j] == "P" { j += 1 }
                    if j < chars.count, chars[j] == "<", j + 1 < chars.count, chars[j + 1] != "=", chars[j + 1] != "!",
                       let close = chars[j...].firstIndex(of: ">") {
                        capturing = true
                        name = String(chars[(j + 1)..<close])
                    }
                }
                if capturing {
                    let number = parents.count
                    parents.append(stack.last(where: { $0 != 0 }) ?? 0)
                    if let name {
                        names[name] = number
                        out.append("(")
                        i = chars[i...].firstIndex(of: ">")! + 1
                        stack.append(number)
                        continue
                    }
                    stack.append(number)
                } else {
                    stack.append(0)
                }
            case ")":
                _ = stack.popLast()
            default:
                break
            }
            out.append(c)
            i += 1
        }
        return (names, parents, inlineFlags, out)
    }

    var pyClass: PyType { RegexPattern.cls.type }

    /// `Pattern.flags`: the flags given, those written inline, and re.UNICODE unless ASCII or LOCALE.
    var effectiveFlags: Int {
        let f = flags | inlineFlags
        return f & (256 | 4) == 0 ? f | 32 : f
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        var f = effectiveFlags
        if f & (4 | 32 | 256) == 32 { f &= ~32 }
        var parts: [String] = []
        for (bit, name) in [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
                            (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII")] where f & bit != 0 {
            parts.append("re." + name)
            f &= ~bit
        }
        if f != 0 { parts.append("0x" + String(f, radix: 16)) }
        let text = String(Format.stringRepr(source).prefix(200))
        return parts.isEmpty ? "re.compile(\(text))" : "re.compile(\(text), \(parts.joined(separator: "|")))"
    }

    /// The `pos`/`endpos` arguments of a Pattern method, clamped to the string.
    func window(_ a: Args) throws -> Window {
        let length = try a.string("string").unicodeScalars.count
        let pos = min(max(try a.int("pos"), 0), length)
        let endpos = a["endpos"].isNone ? length : min(max(try a.int("endpos"), 0), length)
        return Window(pos: pos, endpos: endpos)
    }

    func first(_ a: Args, mode: Mode) throws -> Value {
        try first(try a.string("string"), mode: mode, window: try window(a), a.interpreter)
    }

    func first(_ s: String, mode: Mode, window: Window = Window(), _ interp: Interpreter) throws -> Value {
        let window = Window(pos: window.pos, endpos: min(window.endpos, s.unicodeScalars.count))
        if window.endpos < window.pos { return .none }
        let found: NSTextCheckingResult?
        switch mode {
        case .search: found = try matches(regex, s, window, anchored: false, limit: 1, interp).first
        case .match: found = try matches(regex, s, window, anchored: true, limit: 1, interp).first
        case .full: found = try matches(anchoredFull, s, window, anchored: true, limit: 1, interp).first
        }
        return found.map { .native(RegexMatch(result: $0, string: s, pattern: self, window: window)) } ?? Value.none
    }

    func all(_ s: String, window: Window = Window(), _ interp: Interpreter) throws -> [RegexMatch] {
        let window = Window(pos: window.pos, endpos: min(window.endpos, s.unicodeScalars.count))
        if window.endpos < window.pos { return [] }
        return try matches(regex, s, window, anchored: false, limit: .max, interp).map {
            RegexMatch(result: $0, string: s, pattern: self, window: window)
        }
    }

    /// Up to `limit` matches of `regex` in the window of `s`. The subject is cut at `endpos`
    /// (CPython searches as if the string ended there); before `pos` it stays visible to
    /// lookbehind, and `^` does not match at `pos`. ICU calls back while it matches
    /// (`.reportProgress`), so a Ctrl-C stops even a runaway backtracking match, with KeyboardInterrupt.
    private func matches(_ regex: NSRegularExpression, _ s: String, _ window: Window, anchored: Bool, limit: Int,
                         _ interp: Interpreter) throws -> [NSTextCheckingResult] {
        var found: [NSTextCheckingResult] = []
        var interrupted = false
        let scalars = s.unicodeScalars
        let subject = window.endpos < scalars.count ? String(String.UnicodeScalarView(scalars.prefix(window.endpos))) : s
        let start = scalars.prefix(window.pos).reduce(0) { $0 + UTF16.width($1) }
        var options: NSRegularExpression.MatchingOptions = anchored ? [.anchored, .reportProgress] : [.reportProgress]
        if window.pos > 0 { options.formUnion([.withTransparentBounds, .withoutAnchoringBounds]) }
        let range = NSRange(location: start, length: (subject as NSString).length - start)
        regex.enumerateMatches(in: subject, options: options, range: range) { result, _, stop in
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

    func findall(_ matches: [RegexMatch]) -> Value {
        .list(PyList(matches.map { m in
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
            for (name, number) in m.pattern.groupNames.sorted(by: { $0.value < $1.value }) {
                let value = m.group(number)
                d[string: name] = value.isNone ? a["default"] : value
            }
            return .dict(d)
        },
        Function("start", params: ["group=0", "/"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            return .int(m.span(try m.index(a["group"])).0)
        },
        Function("end", params: ["group=0", "/"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            return .int(m.span(try m.index(a["group"])).1)
        },
        Function("span", params: ["group=0", "/"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            let (s, e) = m.span(try m.index(a["group"]))
            return .tuple([.int(s), .int(e)])
        },
        Function("expand", params: ["template"]) { a in .str(try a.receiver(as: RegexMatch.self).expand(try a.string("template"))) },
        Function("__getitem__", params: ["group", "/"]) { a in
            let m = try a.receiver(as: RegexMatch.self)
            return m.group(try m.index(a["group"]))
        },
    ], properties: [
        Property("string") { v, _ in
            guard case .native(let m as RegexMatch) = v else { return .none }
            return .str(m.string)
        },
        Property("re") { v, _ in
            guard case .native(let m as RegexMatch) = v else { return .none }
            return .native(m.pattern)
        },
        Property("pos") { v, _ in
            guard case .native(let m as RegexMatch) = v else { return .none }
            return .int(m.window.pos)
        },
        Property("endpos") { v, _ in
            guard case .native(let m as RegexMatch) = v else { return .none }
            return .int(m.window.endpos)
        },
        Property("lastindex") { v, _ in
            guard case .native(let m as RegexMatch) = v else { return .none }
            return m.lastIndex.map { .int($0) } ?? .none
        },
        Property("lastgroup") { v, _ in
            guard case .native(let m as RegexMatch) = v, let last = m.lastIndex,
                  let name = m.pattern.groupNames.first(where: { $0.value == last })?.key else { return .none }
            return .str(name)
        },
        Property("regs") { v, _ in
            guard case .native(let m as RegexMatch) = v else { return .none }
            return .tuple((0..<m.result.numberOfRanges).map { let (s, e) = m.span($0); return .tuple([.int(s), .int(e)]) })
        },
    ])

    let result: NSTextCheckingResult
    let string: String
    let pattern: RegexPattern
    let window: RegexPattern.Window

    init(result: NSTextCheckingResult, string: String, pattern: RegexPattern, window: RegexPattern.Window) {
        self.result = result
        self.string = string
        self.pattern = pattern
        self.window = window
    }

    var pyClass: PyType { RegexMatch.cls.type }

    /// A group given by number or name.
    func index(_ v: Value) throws -> Int {
        if let i = v.asInt, i >= 0, i < result.numberOfRanges { return i }
        if case .str(let name) = v.unwrappingSubclass, let i = pattern.groupNames[name] { return i }
        throw PyException.indexError("no such group")
    }

    /// The group that closed last while matching (CPython's `lastindex`): of the groups that took
    /// part, the one ending furthest right; at equal ends an enclosing group closes after the groups
    /// inside it, and a later sibling after an earlier one.
    var lastIndex: Int? {
        var best: (group: Int, end: Int)?
        for g in stride(from: 1, to: result.numberOfRanges, by: 1) {
            let r = result.range(at: g)
            guard r.location != NSNotFound else { continue }
            let end = r.location + r.length
            if let b = best {
                if end < b.end || (end == b.end && encloses(b.group, g)) { continue }
            }
            best = (g, end)
        }
        return best?.group
    }

    private func encloses(_ outer: Int, _ inner: Int) -> Bool {
        var g = inner
        while g < pattern.parents.count, g != 0 {
            g = pattern.parents[g]
            if g == outer { return true }
        }
        return false
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
        return "<re.Match object; span=(\(s), \(e)), match=\(String(String.UnicodeScalarView(try interpreter.reprOf(group(0)).unicodeScalars.prefix(50))))>"
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
            let f = try regexFlags(flags)
            if case .native(let p as RegexPattern) = v {
                if f != 0 { throw PyException.valueError("cannot process flags argument with a compiled pattern") }
                return p
            }
            let source = try v.string("first argument")
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
            fn("findall", ["string"]) { i, p, a in p.findall(try p.all(try a.values[1].string("string"), i)) },
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
            ("RegexFlag", .type(RegexFlag.cls)),
            ("error", .type(.reError)), ("Pattern", .type(RegexPattern.cls.type)), ("Match", .type(RegexMatch.cls.type)),
            ("Scanner", .type(RegexScanner.cls.type)),
        ] + Interpreter.regexFlagConstants
    }
}

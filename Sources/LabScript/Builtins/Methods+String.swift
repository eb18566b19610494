import Foundation

/// Character classes with Python's definitions.
enum PyChar {
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.value < 128 { return ASCII.isSpace(UInt8(u.value)) }
        return u.properties.isWhitespace
    }
    static func isAlpha(_ u: Unicode.Scalar) -> Bool {
        if u.value < 128 { return (u.value | 0x20) >= 97 && (u.value | 0x20) <= 122 }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
    static func isDecimal(_ u: Unicode.Scalar) -> Bool {
        if u.value < 128 { return u.value >= 48 && u.value <= 57 }
        return u.properties.numericType == .decimal
    }
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        if u.value < 128 { return u.value >= 48 && u.value <= 57 }
        return u.properties.numericType == .decimal || u.properties.numericType == .digit
    }
    static func isNumeric(_ u: Unicode.Scalar) -> Bool {
        if u.value < 128 { return u.value >= 48 && u.value <= 57 }
        return u.properties.numericType != nil
    }
    static func isCased(_ u: Unicode.Scalar) -> Bool { u.properties.isUppercase || u.properties.isLowercase || u.properties.generalCategory == .titlecaseLetter }
}

extension String {
    var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
    init(scalars: some Sequence<Unicode.Scalar>) {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        self = String(v)
    }
}

extension Interpreter {
    /// Resolves optional start/end arguments against a length, like slice indices.
    func spanIndices(_ start: Value, _ end: Value, _ length: Int) throws -> (Int, Int) {
        func adjust(_ v: Value, _ def: Int) throws -> Int {
            if v.isNone { return def }
            var i = try intArgument(v)
            if i < 0 { i = max(0, i + length) }
            return min(i, length)
        }
        return (try adjust(start, 0), try adjust(end, length))
    }

    /// Index of `needle` in `hay[start..<end]` (first or last), in code points.
    func findScalars(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ start: Int, _ end: Int, last: Bool) -> Int? {
        if start > end || needle.count > end - start { return needle.isEmpty && start <= end && start <= hay.count ? (last ? end : start) : nil }
        if needle.isEmpty { return last ? end : start }
        let positions = Array(start...(end - needle.count))
        for p in last ? positions.reversed() : positions {
            var match = true
            for k in 0..<needle.count where hay[p + k] != needle[k] { match = false; break }
            if match { return p }
        }
        return nil
    }

    func splitWhitespace(_ s: String, _ maxsplit: Int, fromRight: Bool) -> [Value] {
        if maxsplit < 0, let parts = ASCII.splitWhitespace(s) { return parts }
        var scalars = s.scalarArray
        if fromRight { scalars.reverse() }
        var parts: [String] = []
        var i = 0
        while i < scalars.count {
            while i < scalars.count && PyChar.isSpace(scalars[i]) { i += 1 }
            if i >= scalars.count { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                // The rest keeps its whitespace on the far side, as CPython's does.
                let rest = Array(scalars[i...])
                parts.append(String(scalars: fromRight ? rest.reversed() : rest))
                break
            }
            var j = i
            while j < scalars.count && !PyChar.isSpace(scalars[j]) { j += 1 }
            let piece = Array(scalars[i..<j])
            parts.append(String(scalars: fromRight ? piece.reversed() : piece))
            i = j
        }
        if fromRight { parts.reverse() }
        return parts.map { .str($0) }
    }

    func splitSeparator(_ s: String, _ sep: String, _ maxsplit: Int, fromRight: Bool) -> [Value] {
        if !fromRight { return UTF8Search.split(s, sep, limit: maxsplit) }
        return rsplitUTF8(Array(s.utf8), Array(sep.utf8), maxsplit).map { .str($0) }
    }

    /// `rsplit(sep, maxsplit)`: matches found from the right end, so overlapping separators
    /// split as CPython's do (`"aaa".rsplit("aa", 1)` is `['a', '']`).
    private func rsplitUTF8(_ s: [UInt8], _ sep: [UInt8], _ maxsplit: Int) -> [String] {
        var out: [String] = []
        var end = s.count, i = s.count - sep.count
        while i >= 0 && (maxsplit < 0 || out.count < maxsplit) {
            if s[i] == sep[0] && s[i..<(i + sep.count)].elementsEqual(sep) {
                out.append(String(decoding: s[(i + sep.count)..<end], as: UTF8.self))
                end = i
                i -= sep.count
            } else {
                i -= 1
            }
        }
        out.append(String(decoding: s[..<end], as: UTF8.self))
        return out.reversed()
    }

    func stripChars(_ s: String, _ chars: Value, left: Bool, right: Bool) throws -> String {
        if chars.isNone, let r = ASCII.strip(s, chars: nil, left: left, right: right) { return r }
        if case .str(let set) = chars.unwrappingSubclass, let r = ASCII.strip(s, chars: set, left: left, right: right) { return r }
        var scalars = s.scalarArray[...]
        let test: (Unicode.Scalar) -> Bool
        if chars.isNone { test = PyChar.isSpace } else {
            let set = Set(try chars.string("strip arg").unicodeScalars)
            test = { set.contains($0) }
        }
        if left { while let f = scalars.first, test(f) { scalars = scalars.dropFirst() } }
        if right { while let l = scalars.last, test(l) { scalars = scalars.dropLast() } }
        return String(scalars: scalars)
    }

    func affixMatches(_ s: String, _ affix: Value, _ start: Value, _ end: Value, suffix: Bool, _ name: String) throws -> Bool {
        let scalars = s.scalarArray
        let (a, b) = try spanIndices(start, end, scalars.count)
        let options: [Value]
        if case .tuple(let t) = affix { options = t } else { options = [affix] }
        for option in options {
            guard case .str(let p) = option.unwrappingSubclass else {
                throw PyException.typeError("\(name) first arg must be str or a tuple of str, not \(option.typeName)")
            }
            let ps = p.scalarArray
            if a > b || ps.count > b - a { continue }
            let window = suffix ? scalars[(b - ps.count)..<b] : scalars[a..<(a + ps.count)]
            if Array(window) == ps { return true }
        }
        return false
    }

    func titleCase(_ s: String) -> String {
        var out = ""
        var previousCased = false
        let scalars = Array(s.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            let c = String(u)
            if PyChar.isCased(u) {
                out += previousCased ? Builtins.lowercase(scalars, at: i) : (u.properties.titlecaseMapping)
                previousCased = true
            } else {
                out += c
                previousCased = false
            }
        }
        return out
    }

    func pad(_ s: String, _ width: Value, _ fill: Value, _ align: Character) throws -> String {
        let w = try intArgument(width)
        let f = try fill.string("fill character")
        guard f.unicodeScalars.count == 1 else { throw PyException.typeError("The fill character must be exactly one character long") }
        let n = s.unicodeScalars.count
        guard w > n else { return s }
        try Interpreter.checkLength(w)
        let total = w - n
        switch align {
        case "<": return s + String(repeating: f, count: total)
        case ">": return String(repeating: f, count: total) + s
        default:
            let left = total / 2 + (total & w & 1)
            return String(repeating: f, count: left) + s + String(repeating: f, count: total - left)
        }
    }

    func joinStrings(_ sep: String, _ iterable: Value) throws -> String {
        var parts: [String] = []
        func take(_ v: Value) throws {
            guard case .str(let s) = v.unwrappingSubclass else {
                throw PyException.typeError("sequence item \(parts.count): expected str instance, \(v.typeName) found")
            }
            parts.append(s)
        }
        // A list or tuple is read in place, as CPython's join reads a sequence (no iterator).
        switch iterable {
        case .list(let l) where l.subtype == nil:
            parts.reserveCapacity(l.items.count)
            for v in l.items { try take(v) }
            return parts.joined(separator: sep)
        case .tuple(let items):
            parts.reserveCapacity(items.count)
            for v in items { try take(v) }
            return parts.joined(separator: sep)
        default: break
        }
        let next: () throws -> Value?
        do { next = try makeIterator(iterable) } catch let e as PyException where e.cls === PyType.typeError {
            throw PyException.typeError("can only join an iterable")
        }
        var steps = 0
        while let v = try next() {
            try take(v)
            try pollInterrupt(&steps)
        }
        return parts.joined(separator: sep)
    }

    func splitLines(_ s: String, keepends: Bool) -> [Value] {
        let breaks: Set<UInt32> = [0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]
        let scalars = s.scalarArray
        var out: [Value] = []
        var start = 0, i = 0
        while i < scalars.count {
            if breaks.contains(scalars[i].value) {
                var end = i + 1
                if scalars[i] == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { end += 1 }
                out.append(.str(String(scalars: scalars[start..<(keepends ? end : i)])))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < scalars.count { out.append(.str(String(scalars: scalars[start...]))) }
        return out
    }

    static func installStringMethods() {
        let t = PyType.str
        func str(_ a: Signature.Bound) -> String {
            if case .str(let s) = a.values[0].unwrappingSubclass { return s }
            return ""
        }
        func all(_ s: String, _ test: (Unicode.Scalar) -> Bool) -> Value {
            .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(test))
        }
        Builtins.method(t, "join", ["iterable", "/"]) { i, a in .str(try i.joinStrings(str(a), a.values[1])) }
        Builtins.method(t, "split", ["sep=None", "maxsplit=-1"]) { i, a in
            let maxsplit = try i.intArgument(a.values[2])
            if a.values[1].isNone { return .list(PyList(i.splitWhitespace(str(a), maxsplit, fromRight: false))) }
            guard case .str(let sep) = a.values[1].unwrappingSubclass else { throw PyException.typeError("must be str or None, not \(a.values[1].typeName)") }
            if sep.isEmpty { throw PyException.valueError("empty separator") }
            return .list(PyList(i.splitSeparator(str(a), sep, maxsplit, fromRight: false)))
        }
        Builtins.method(t, "rsplit", ["sep=None", "maxsplit=-1"]) { i, a in
            let maxsplit = try i.intArgument(a.values[2])
            if a.values[1].isNone { return .list(PyList(i.splitWhitespace(str(a), maxsplit, fromRight: true))) }
            guard case .str(let sep) = a.values[1].unwrappingSubclass else { throw PyException.typeError("must be str or None, not \(a.values[1].typeName)") }
            if sep.isEmpty { throw PyException.valueError("empty separator") }
            return .list(PyList(i.splitSeparator(str(a), sep, maxsplit, fromRight: true)))
        }
        Builtins.method(t, "splitlines", ["keepends=False"]) { i, a in .list(PyList(i.splitLines(str(a), keepends: try i.truthy(a.values[1])))) }
        Builtins.method(t, "strip", ["chars=None", "/"]) { i, a in .str(try i.stripChars(str(a), a.values[1], left: true, right: true)) }
        Builtins.method(t, "lstrip", ["chars=None", "/"]) { i, a in .str(try i.stripChars(str(a), a.values[1], left: true, right: false)) }
        Builtins.method(t, "rstrip", ["chars=None", "/"]) { i, a in .str(try i.stripChars(str(a), a.values[1], left: false, right: true)) }
        Builtins.method(t, "replace", ["old", "new", "count=-1", "/"]) { i, a in
            let s = str(a), old = try a.values[1].string("replace() argument 1"), new = try a.values[2].string("replace() argument 2")
            let count = try i.intArgument(a.values[3])
            if old.isEmpty {
                var out = ""
                var n = 0, steps = 0
                for u in s.unicodeScalars {
                    try i.pollInterrupt(&steps)
                    if count < 0 || n < count { out += new; n += 1 }
                    out.unicodeScalars.append(u)
                }
                if count < 0 || n < count { out += new }
                return .str(out)
            }
            return .str(UTF8Search.replace(s, old, new, limit: count < 0 ? -1 : count))
        }
        Builtins.method(t, "startswith", ["prefix", "start=None", "end=None", "/"]) { i, a in
            .bool(try i.affixMatches(str(a), a.values[1], a.values[2], a.values[3], suffix: false, "startswith"))
        }
        Builtins.method(t, "endswith", ["suffix", "start=None", "end=None", "/"]) { i, a in
            .bool(try i.affixMatches(str(a), a.values[1], a.values[2], a.values[3], suffix: true, "endswith"))
        }
        Builtins.method(t, "upper", []) { _, a in .str(ASCII.changeCase(str(a), upper: true) ?? str(a).uppercased()) }
        Builtins.method(t, "lower", []) { _, a in .str(ASCII.changeCase(str(a), upper: false) ?? Builtins.unicodeLower(str(a))) }
        // Unicode full case folding (ß → ss, ﬁ → fi), as CPython's casefold.
        Builtins.method(t, "casefold", []) { _, a in .str(str(a).folding(options: .caseInsensitive, locale: nil)) }
        Builtins.method(t, "swapcase", []) { _, a in
            let scalars = Array(str(a).unicodeScalars)
            return .str(scalars.indices.map { i -> String in
                let u = scalars[i]
                if u.properties.isUppercase { return Builtins.lowercase(scalars, at: i) }
                if u.properties.isLowercase { return String(u).uppercased() }
                return String(u)
            }.joined())
        }
        Builtins.method(t, "title", []) { i, a in .str(i.titleCase(str(a))) }
        Builtins.method(t, "capitalize", []) { _, a in
            let s = str(a)
            guard let first = s.unicodeScalars.first else { return .str("") }
            let scalars = Array(s.unicodeScalars)
            return .str(first.properties.titlecaseMapping + scalars.indices.dropFirst().map { Builtins.lowercase(scalars, at: $0) }.joined())
        }
        for (name, last, raise) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            Builtins.method(t, name, ["sub", "start=None", "end=None", "/"]) { i, a in
                let hay = str(a).scalarArray
                let needle = try a.values[1].string("must be str").scalarArray
                let (s, e) = try i.spanIndices(a.values[2], a.values[3], hay.count)
                if let r = i.findScalars(hay, needle, s, e, last: last) { return .int(r) }
                if raise { throw PyException.valueError("substring not found") }
                return .int(-1)
            }
        }
        Builtins.method(t, "count", ["sub", "start=None", "end=None", "/"]) { i, a in
            let hay = str(a).scalarArray
            let needle = try a.values[1].string("must be str").scalarArray
            let (s, e) = try i.spanIndices(a.values[2], a.values[3], hay.count)
            if needle.isEmpty { return .int(max(0, e - s + 1)) }
            var n = 0, p = s
            while let r = i.findScalars(hay, needle, p, e, last: false) {
                n += 1
                p = r + needle.count
            }
            return .int(n)
        }
        Builtins.method(t, "isdigit", []) { _, a in all(str(a), PyChar.isDigit) }
        Builtins.method(t, "isdecimal", []) { _, a in all(str(a), PyChar.isDecimal) }
        Builtins.method(t, "isnumeric", []) { _, a in all(str(a), PyChar.isNumeric) }
        Builtins.method(t, "isalpha", []) { _, a in all(str(a), PyChar.isAlpha) }
        Builtins.method(t, "isalnum", []) { _, a in all(str(a)) { PyChar.isAlpha($0) || PyChar.isNumeric($0) } }
        Builtins.method(t, "isspace", []) { _, a in all(str(a), PyChar.isSpace) }
        Builtins.method(t, "isascii", []) { _, a in .bool(str(a).unicodeScalars.allSatisfy { $0.isASCII }) }
        Builtins.method(t, "isprintable", []) { _, a in .bool(str(a).unicodeScalars.allSatisfy(Format.isPrintable)) }
        Builtins.method(t, "isupper", []) { _, a in
            let s = str(a).unicodeScalars
            return .bool(s.contains { PyChar.isCased($0) } && !s.contains { $0.properties.isLowercase })
        }
        Builtins.method(t, "islower", []) { _, a in
            let s = str(a).unicodeScalars
            return .bool(s.contains { PyChar.isCased($0) } && !s.contains { $0.properties.isUppercase })
        }
        Builtins.method(t, "istitle", []) { i, a in
            let s = str(a)
            return .bool(s.unicodeScalars.contains { PyChar.isCased($0) } && i.titleCase(s) == s)
        }
        Builtins.method(t, "isidentifier", []) { _, a in
            let s = str(a).unicodeScalars
            guard let f = s.first, f == "_" || PyChar.isAlpha(f) else { return .bool(false) }
            return .bool(s.allSatisfy { $0 == "_" || PyChar.isAlpha($0) || PyChar.isDigit($0) })
        }
        Builtins.method(t, "center", ["width", "fillchar=' '", "/"]) { i, a in .str(try i.pad(str(a), a.values[1], a.values[2], "^")) }
        Builtins.method(t, "ljust", ["width", "fillchar=' '", "/"]) { i, a in .str(try i.pad(str(a), a.values[1], a.values[2], "<")) }
        Builtins.method(t, "rjust", ["width", "fillchar=' '", "/"]) { i, a in .str(try i.pad(str(a), a.values[1], a.values[2], ">")) }
        Builtins.method(t, "zfill", ["width", "/"]) { i, a in
            var s = str(a)
            let w = try i.intArgument(a.values[1])
            let n = s.unicodeScalars.count
            guard w > n else { return .str(s) }
            try Interpreter.checkLength(w)
            var sign = ""
            if s.hasPrefix("-") || s.hasPrefix("+") { sign = String(s.removeFirst()) }
            return .str(sign + String(repeating: "0", count: w - n) + s)
        }
        for (name, last) in [("partition", false), ("rpartition", true)] {
            Builtins.method(t, name, ["sep", "/"]) { i, a in
                let s = str(a)
                let sep = try a.values[1].string("must be str")
                if sep.isEmpty { throw PyException.valueError("empty separator") }
                let hay = s.scalarArray, needle = sep.scalarArray
                guard let p = i.findScalars(hay, needle, 0, hay.count, last: last) else {
                    return last ? .tuple([.str(""), .str(""), .str(s)]) : .tuple([.str(s), .str(""), .str("")])
                }
                return .tuple([.str(String(scalars: hay[..<p])), .str(sep), .str(String(scalars: hay[(p + needle.count)...]))])
            }
        }
        Builtins.method(t, "expandtabs", ["tabsize=8"]) { i, a in
            let size = try i.intArgument(a.values[1])
            var out = ""
            var column = 0, length = 0
            for u in str(a).unicodeScalars {
                length += 1
                if u == "\t" {
                    let spaces = size > 0 ? size - column % size : 0
                    length += spaces
                    try Interpreter.checkLength(length)
                    out += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    out.unicodeScalars.append(u)
                    column = (u == "\n" || u == "\r") ? 0 : column + 1
                }
            }
            return .str(out)
        }
        Builtins.method(t, "encode", ["encoding='utf-8'", "errors='strict'"]) { _, a in
            let codec = try Codec(name: try a.values[1].string("encode() argument 'encoding'"))
            return .object(PyBytes(try codec.encode(str(a), errors: try a.values[2].string("encode() argument 'errors'"))))
        }
        Builtins.method(t, "removeprefix", ["prefix", "/"]) { _, a in
            let s = str(a), p = try a.values[1].string("removeprefix() argument")
            return .str(s.hasPrefix(p) && s.utf8.starts(with: p.utf8) ? String(s.utf8.dropFirst(p.utf8.count))! : s)
        }
        Builtins.method(t, "removesuffix", ["suffix", "/"]) { _, a in
            let s = str(a), p = try a.values[1].string("removesuffix() argument")
            return .str(!p.isEmpty && s.utf8.reversed().starts(with: p.utf8.reversed()) ? String(s.utf8.dropLast(p.utf8.count))! : s)
        }
        Builtins.rawMethod(t, "format") { i, args, kw in
            guard case .str(let s)? = args.first else { throw PyException.typeError("descriptor 'format' requires a 'str' object") }
            return .str(try i.formatTemplate(s, Array(args.dropFirst()), kw))
        }
        Builtins.method(t, "format_map", ["mapping", "/"]) { i, a in
            let d = PyDict()
            try i.mergeMapping(into: d, a.values[1])
            let kw = d.storage.compactMap { (k, v) -> (String, Value)? in
                if case .str(let s) = k.value { return (s, v) }
                return nil
            }
            return .str(try i.formatTemplate(str(a), [], kw))
        }
        t.dict["maketrans"] = Builtins.function("maketrans", ["x", "y=None", "z=None", "/"]) { _, a in
            let d = PyDict()
            if case .dict(let m) = a.values[0], a.values[1].isNone {
                for (k, v) in m.storage {
                    if case .str(let s) = k.value, let u = s.unicodeScalars.first { try d.set(.int(Int(u.value)), v) } else { try d.set(k.value, v) }
                }
                return .dict(d)
            }
            let x = try a.values[0].string("maketrans() argument 1").scalarArray
            let y = a.values[1].isNone ? [] : try a.values[1].string("maketrans() argument 2").scalarArray
            guard x.count == y.count else { throw PyException.valueError("the first two maketrans arguments must have equal length") }
            for (p, q) in zip(x, y) { try d.set(.int(Int(p.value)), .int(Int(q.value))) }
            if case .str(let z) = a.values[2] { for u in z.unicodeScalars { try d.set(.int(Int(u.value)), .none) } }
            return .dict(d)
        }
        Builtins.method(t, "translate", ["table", "/"]) { i, a in
            var out = ""
            for u in str(a).unicodeScalars {
                let mapped: Value
                do { mapped = try i.getItem(a.values[1], .int(Int(u.value))) } catch let e as PyException where e.cls.isSubclass(of: .lookupError) {
                    out.unicodeScalars.append(u)
                    continue
                }
                switch mapped {
                case .none: continue
                case .str(let s): out += s
                case .int(let c): if let v = Unicode.Scalar(UInt32(c)) { out.unicodeScalars.append(v) }
                default: throw PyException.typeError("character mapping must return integer, None or str")
                }
            }
            return .str(out)
        }
    }
}

extension Builtins {
    /// `str.lower` beyond ASCII: each code point's full lowercase mapping, with the final sigma rule.
    static func unicodeLower(_ s: String) -> String {
        guard s.unicodeScalars.contains("\u{03A3}") else { return s.lowercased() }
        let scalars = Array(s.unicodeScalars)
        return scalars.indices.map { lowercase(scalars, at: $0) }.joined()
    }

    /// The lowercase of `scalars[i]` as CPython's lower/title/capitalize make it: the full mapping,
    /// except that Σ becomes ς after a cased letter and not before one (case-ignorable
    /// characters skipped), which a per-character mapping misses.
    static func lowercase(_ scalars: [Unicode.Scalar], at i: Int) -> String {
        guard scalars[i] == "\u{03A3}" else { return scalars[i].properties.lowercaseMapping }
        func cased(from start: Int, step: Int) -> Bool {
            var j = start
            while j >= 0 && j < scalars.count {
                let p = scalars[j].properties
                if !p.isCaseIgnorable { return p.isCased }
                j += step
            }
            return false
        }
        return cased(from: i - 1, step: -1) && !cased(from: i + 1, step: 1) ? "\u{03C2}" : "\u{03C3}"
    }
}

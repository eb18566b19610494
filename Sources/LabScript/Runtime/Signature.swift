import Collections

/// A function's parameter list: how call arguments map to named parameters. Used both for
/// functions defined in scripts and for native functions declared with strings such as
/// `["input_ids", "max_new_tokens=20", "*", "verbose=False", "**kwargs"]`.
public struct Signature {
    /// Positional-or-keyword (including positional-only) names, then keyword-only names.
    public var names: [String]
    public var positionalOnlyCount = 0
    public var positionalCount: Int
    public var varargs: String?
    public var kwargs: String?

    public var keywordOnlyCount: Int { names.count - positionalCount }

    public init(names: [String], positionalCount: Int, positionalOnlyCount: Int = 0, varargs: String? = nil, kwargs: String? = nil) {
        self.names = names
        self.positionalCount = positionalCount
        self.positionalOnlyCount = positionalOnlyCount
        self.varargs = varargs
        self.kwargs = kwargs
    }

    /// The arguments bound to parameters.
    public struct Bound {
        /// One entry per name in `names`; nil only where binding failed (never returned).
        public var values: [Value]
        public var varargs: [Value]
        public var kwargs: OrderedDictionary<HashKey, Value>
        /// Bit i is set when argument i was passed (not defaulted); first 64 parameters.
        public var passedMask: UInt64 = 0

        /// True when the caller passed parameter `i` rather than leaving its default.
        public func wasPassed(_ i: Int) -> Bool { i < 64 && (passedMask >> UInt64(i)) & 1 == 1 }
    }

    /// Binds call arguments, filling in `defaults` (one per name; nil = required), with CPython's
    /// error messages naming `function`.
    public func bind(_ args: [Value], _ keywords: [(String, Value)], defaults: [Value?], function: String) throws -> Bound {
        if keywords.isEmpty && varargs == nil && kwargs == nil && names.count == positionalCount && args.count <= names.count {
            let passed: UInt64 = args.count >= 64 ? .max : (1 << UInt64(args.count)) - 1
            if args.count == names.count { return Bound(values: args, varargs: [], kwargs: [:], passedMask: passed) }
            if defaults[args.count...].allSatisfy({ $0 != nil }) {
                var values = args
                values.reserveCapacity(names.count)
                for i in args.count..<names.count { values.append(defaults[i]!) }
                return Bound(values: values, varargs: [], kwargs: [:], passedMask: passed)
            }
        }
        var values = [Value?](repeating: nil, count: names.count)
        var extra: [Value] = []
        if args.count > positionalCount {
            guard varargs != nil else { throw tooManyPositional(args.count, keywords, defaults, function) }
            extra = Array(args[positionalCount...])
        }
        for i in 0..<min(args.count, positionalCount) { values[i] = args[i] }
        var extraKw: OrderedDictionary<HashKey, Value> = [:]
        for (name, value) in keywords {
            if let i = names.firstIndex(of: name), i >= positionalOnlyCount {
                if values[i] != nil { throw PyException.typeError("\(function)() got multiple values for argument '\(name)'") }
                values[i] = value
            } else if kwargs != nil {
                let key = HashKey(string: name)
                if extraKw[key] != nil { throw PyException.typeError("\(function)() got multiple values for keyword argument '\(name)'") }
                extraKw[key] = value
            } else {
                let positionalOnly = keywords.map { $0.0 }.filter { names.prefix(positionalOnlyCount).contains($0) }
                // (Built-ins whose parameters are all positional-only say "takes no keyword arguments"
                // in CPython instead; those keep the generic message.)
                if !positionalOnly.isEmpty && positionalOnlyCount < names.count {
                    throw PyException.typeError("\(function)() got some positional-only arguments passed as keyword arguments: '\(positionalOnly.joined(separator: ", "))'")
                }
                throw PyException.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
        }
        var passed: UInt64 = 0
        for i in 0..<min(values.count, 64) where values[i] != nil { passed |= 1 << UInt64(i) }
        var missingPositional: [String] = [], missingKeyword: [String] = []
        for i in 0..<names.count where values[i] == nil {
            if let d = defaults[i] { values[i] = d } else if i < positionalCount { missingPositional.append(names[i]) } else { missingKeyword.append(names[i]) }
        }
        if !missingPositional.isEmpty { throw missing(missingPositional, "positional", function) }
        if !missingKeyword.isEmpty { throw missing(missingKeyword, "keyword-only", function) }
        return Bound(values: values.map { $0! }, varargs: extra, kwargs: extraKw, passedMask: passed)
    }

    private func missing(_ names: [String], _ kind: String, _ function: String) -> PyException {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let s = names.count == 1 ? "" : "s"
        return .typeError("\(function)() missing \(names.count) required \(kind) argument\(s): \(list)")
    }

    private func tooManyPositional(_ given: Int, _ keywords: [(String, Value)], _ defaults: [Value?], _ function: String) -> PyException {
        let required = (0..<positionalCount).filter { defaults[$0] == nil }.count
        let takes = required == positionalCount ? "\(positionalCount)" : "from \(required) to \(positionalCount)"
        let plural = positionalCount == 1 && required == positionalCount ? "" : "s"
        let kwGiven = keywords.filter { kw in names[positionalCount...].contains(kw.0) }.count
        let was = given == 1 ? "was" : "were"
        if kwGiven > 0 {
            let kws = kwGiven == 1 ? "" : "s"
            return .typeError("\(function)() takes \(takes) positional argument\(plural) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kws)) were given")
        }
        return .typeError("\(function)() takes \(takes) positional argument\(plural) but \(given) \(was) given")
    }
}

extension Signature {
    /// Parses declarative parameter strings: `name`, `name=literal`, `*args`, `*`, `/`, `**kwargs`.
    /// Defaults are Python literals (None, True, False, numbers, quoted strings, ()).
    public static func parse(_ params: [String]) -> (Signature, [Value?]) {
        var names: [String] = [], defaults: [Value?] = []
        var positional: Int? = nil, positionalOnly = 0
        var varargs: String? = nil, kwargs: String? = nil
        for raw in params {
            let p = raw.trimmingCharacters(in: .whitespaces)
            if p == "/" { positionalOnly = names.count; continue }
            if p == "*" { positional = positional ?? names.count; continue }
            if p.hasPrefix("**") { kwargs = String(p.dropFirst(2)); continue }
            if p.hasPrefix("*") { positional = positional ?? names.count; varargs = String(p.dropFirst()); continue }
            if let eq = p.firstIndex(of: "=") {
                names.append(p[..<eq].trimmingCharacters(in: .whitespaces))
                defaults.append(parseDefaultLiteral(String(p[p.index(after: eq)...]).trimmingCharacters(in: .whitespaces)))
            } else {
                names.append(p)
                defaults.append(nil)
            }
        }
        let sig = Signature(names: names, positionalCount: positional ?? names.count, positionalOnlyCount: positionalOnly, varargs: varargs, kwargs: kwargs)
        return (sig, defaults)
    }

    private static func parseDefaultLiteral(_ text: String) -> Value {
        switch text {
        case "None": return .none
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "()": return .emptyTuple
        default: break
        }
        if let i = Int(text) { return .int(i) }
        if let d = Double(text) { return .float(d) }
        if text.count >= 2, let q = text.first, q == "'" || q == "\"", text.last == q {
            // The escapes a default may use: \n, \r, \t, \\ and the quotes.
            var out = "", escaped = false
            for c in text.dropFirst().dropLast() {
                if escaped {
                    out.append(["n": "\n", "r": "\r", "t": "\t"][c] ?? c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            return .str(out)
        }
        preconditionFailure("unsupported default literal in native signature: \(text)")
    }
}

import Foundation

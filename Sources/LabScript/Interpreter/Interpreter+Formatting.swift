import BigInt

extension Interpreter {
    /// `format(v, spec)`, as f-strings, format() and str.format use it.
    public func format(_ v: Value, _ spec: String) throws -> String {
        try format(v, spec, parsed: nil)
    }

    /// `format(v, spec)` where `parsed`, when given, is `spec` already parsed.
    func format(_ v: Value, _ spec: String, parsed: FormatSpec?) throws -> String {
        func specFor(_ typeName: String) throws -> FormatSpec { try parsed ?? parsedSpec(spec, typeName: typeName) }
        switch v {
        case .str(let s): return spec.isEmpty ? s : try Format.formatString(s, specFor("str"))
        case .int(let i): return try Format.formatInt(i, specFor("int"))
        case .bigint(let b):
            let parsed = try specFor("int")
            if parsed.type == nil || parsed.type == "d" || parsed.type == "n" { _ = try decimalString(b) }
            return try Format.formatInt(b, parsed)
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try Format.formatInt(b ? 1 : 0, specFor("bool"))
        case .float(let d):
            if spec.isEmpty { return Format.floatRepr(d) }
            return try Format.formatFloat(d, specFor("float"))
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__format__") { return try strOf(callMethodValue(m, receiver: v, [.str(spec)])) }
            if let payload = inst.builtinValue { return try valueSubclassFormat(payload, v, spec) }
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup("__format__") { return try strOf(callBuiltin(b, [v, .str(spec)], [])) }
        default: break
        }
        if spec.isEmpty { return try strOf(v) }
        throw PyException.typeError("unsupported format string passed to \(v.typeName).__format__")
    }

    /// A parsed format spec; the specs a program uses are few, so they are parsed once each (a
    /// spec parses the same for every type, which only names itself in the error message).
    func parsedSpec(_ spec: String, typeName: String) throws -> FormatSpec {
        if let cached = formatSpecs[spec] { return cached }
        let parsed = try FormatSpec(spec, typeName: typeName)
        if formatSpecs.count >= 256 { formatSpecs.removeAll() }
        formatSpecs[spec] = parsed
        return parsed
    }

    /// `template.format(*args, **kwargs)`.
    func formatTemplate(_ template: String, _ args: [Value], _ kwargs: [(String, Value)]) throws -> String {
        var auto = 0
        var usedAuto = false, usedManual = false
        return try formatTemplate(template, args, kwargs, &auto, &usedAuto, &usedManual, depth: 0)
    }

    private func formatTemplate(_ template: String, _ args: [Value], _ kwargs: [(String, Value)],
                                _ auto: inout Int, _ usedAuto: inout Bool, _ usedManual: inout Bool, depth: Int) throws -> String {
        if depth > 2 { throw PyException.valueError("Max string recursion exceeded") }
        let chars = Array(template)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw PyException.valueError("Single '}' encountered in format string")
            }
            if c != "{" { out.append(c); i += 1; continue }
            if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
            var j = i + 1, nesting = 1, bracket = false
            var field = ""
            while j < chars.count {
                let d = chars[j]
                if d == "[" { bracket = true } else if d == "]" { bracket = false }
                if !bracket {
                    if d == "{" { nesting += 1 } else if d == "}" {
                        nesting -= 1
                        if nesting == 0 { break }
                    }
                }
                field.append(d)
                j += 1
            }
            if j >= chars.count { throw PyException.valueError(nesting > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string") }
            i = j + 1
            out += try formatField(field, args, kwargs, &auto, &usedAuto, &usedManual, depth: depth)
        }
        return out
    }

    private func formatField(_ field: String, _ args: [Value], _ kwargs: [(String, Value)],
                             _ auto: inout Int, _ usedAuto: inout Bool, _ usedManual: inout Bool, depth: Int) throws -> String {
        var name = "", conversion: Character? = nil, spec = ""
        var bracket = false
        var idx = field.startIndex
        while idx < field.endIndex {
            let c = field[idx]
            if c == "[" { bracket = true } else if c == "]" { bracket = false }
            if !bracket && (c == "!" || c == ":") { break }
            name.append(c)
            idx = field.index(after: idx)
        }
        if idx < field.endIndex && field[idx] == "!" {
            let next = field.index(after: idx)
            guard next < field.endIndex else { throw PyException.valueError("end of string while looking for conversion specifier") }
            conversion = field[next]
            idx = field.index(after: next)
            if idx < field.endIndex && field[idx] != ":" { throw PyException.valueError("expected ':' after conversion specifier") }
        }
        if idx < field.endIndex && field[idx] == ":" { spec = String(field[field.index(after: idx)...]) }
        // The first part names the argument; then .attr and [key] follow.
        var first = "", rest = Substring("")
        if let cut = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
            first = String(name[..<cut])
            rest = name[cut...]
        } else {
            first = name
        }
        var value: Value
        if first.isEmpty {
            if usedManual { throw PyException.valueError("cannot switch from manual field specification to automatic field numbering") }
            usedAuto = true
            guard auto < args.count else { throw PyException.indexError("Replacement index \(auto) out of range for positional args tuple") }
            value = args[auto]
            auto += 1
        } else if let n = Int(first) {
            if usedAuto { throw PyException.valueError("cannot switch from automatic field numbering to manual field specification") }
            usedManual = true
            guard n < args.count else { throw PyException.indexError("Replacement index \(n) out of range for positional args tuple") }
            value = args[n]
        } else {
            guard let kv = kwargs.last(where: { $0.0 == first }) else { throw PyException.keyError(.str(first)) }
            value = kv.1
        }
        while !rest.isEmpty {
            if rest.first == "." {
                rest = rest.dropFirst()
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                value = try getAttribute(value, String(rest[..<end]))
                rest = rest[end...]
            } else if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { throw PyException.valueError("Missing ']' in format string") }
                let key = String(rest[rest.index(after: rest.startIndex)..<close])
                value = try getItem(value, Int(key).map { .int($0) } ?? .str(key))
                rest = rest[rest.index(after: close)...]
            } else {
                throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        switch conversion {
        case nil: break
        case "r": value = .str(try reprOf(value))
        case "s": value = .str(try strOf(value))
        case "a": value = .str(Format.asciiEscaped(try reprOf(value)))
        case let c?: throw PyException.valueError("Unknown conversion specifier \(c)")
        }
        if spec.contains("{") {
            spec = try formatTemplate(spec, args, kwargs, &auto, &usedAuto, &usedManual, depth: depth + 1)
        }
        return try format(value, spec)
    }

    /// `format % args` for bytes and bytearray: str's printf-style formatting over the latin-1
    /// text of the bytes, with bytes' own `%s`/`%b`, `%r`/`%a` and `%c`.
    func bytesPercentFormat(_ format: [UInt8], _ args: Value) throws -> [UInt8] {
        let text = try percentFormat(Format.latin1(format), args, forBytes: true)
        return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    /// `format % args` (printf-style formatting); `forBytes` when `format` is the latin-1 text of bytes.
    func percentFormat(_ format: String, _ args: Value, forBytes: Bool = false) throws -> String {
        var items: [Value]
        var mapping: Value? = nil
        switch args {
        case .tuple(let t): items = t
        case .object(let inst as PyInstance) where inst.builtinValue != nil:
            if case .tuple(let t)? = inst.builtinValue { items = t } else { items = [args] }
        // As in CPython, any object with __getitem__ but a tuple or the format's own kind is a mapping.
        case .dict, .list, .object(_ as PyInstance), .object(_ as PyRange): items = [args]; mapping = args
        case .object(_ as PyBytes) where !forBytes: items = [args]; mapping = args
        default: items = [args]
        }
        // Parsed by code point, as CPython does (a combining mark after `%s` is text, not part of the field).
        let chars = Array(format.unicodeScalars)
        var out = ""
        var i = 0, next = 0
        func nextArg() throws -> Value {
            guard next < items.count else { throw PyException.typeError("not enough arguments for format string") }
            defer { next += 1 }
            return items[next]
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" { out.unicodeScalars.append(c); i += 1; continue }
            i += 1
            guard i < chars.count else { throw PyException.valueError("incomplete format") }
            var value: Value? = nil
            if chars[i] == "(" {
                guard let m = mapping else { throw PyException.typeError("format requires a mapping") }
                var depth = 1, key = ""
                i += 1
                while i < chars.count {
                    if chars[i] == "(" { depth += 1 } else if chars[i] == ")" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    key.unicodeScalars.append(chars[i])
                    i += 1
                }
                guard i < chars.count else { throw PyException.valueError("incomplete format key") }
                i += 1
                value = try getItem(m, forBytes ? .object(PyBytes(key.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })) : .str(key))
            }
            var spec = FormatSpec()
            var zeroPad = false
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                switch chars[i] {
                case "-": spec.align = "<"
                case "+": spec.sign = "+"
                case " ": if spec.sign != "+" { spec.sign = " " }
                case "#": spec.alternate = true
                default: zeroPad = true
                }
                i += 1
            }
            if i < chars.count, chars[i] == "*" {
                spec.width = try intArgument(nextArg())
                if spec.width < 0 { spec.align = "<"; spec.width = spec.width == Int.min ? Int.max : -spec.width }
                try Interpreter.checkLength(spec.width)
                i += 1
            } else {
                var w = ""
                while i < chars.count, ("0"..."9").contains(chars[i]) { w.unicodeScalars.append(chars[i]); i += 1 }
                guard let width = w.isEmpty ? 0 : Int(w) else { throw PyException.valueError("width too big") }
                spec.width = width
                try Interpreter.checkLength(width)
            }
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i] == "*" {
                    spec.precision = try intArgument(nextArg())
                    i += 1
                } else {
                    var p = ""
                    while i < chars.count, ("0"..."9").contains(chars[i]) { p.unicodeScalars.append(chars[i]); i += 1 }
                    guard let precision = p.isEmpty ? 0 : Int(p), precision <= Int(Int32.max) else { throw PyException.valueError("precision too big") }
                    spec.precision = precision
                }
            }
            while i < chars.count, "hlL".unicodeScalars.contains(chars[i]) { i += 1 }
            guard i < chars.count else { throw PyException.valueError("incomplete format") }
            let type = Character(chars[i])
            i += 1
            if type == "%" { out.append("%"); continue }
            let v = try value ?? nextArg()
            out += try forBytes ? bytesPercentField(type, v, &spec, zeroPad: zeroPad, index: i - 1)
                : percentField(type, v, &spec, zeroPad: zeroPad, index: i - 1)
        }
        if mapping == nil && next < items.count {
            throw PyException.typeError("not all arguments converted during \(forBytes ? "bytes" : "string") formatting")
        }
        return out
    }

    private func percentField(_ type: Character, _ field: Value, _ spec: inout FormatSpec, zeroPad: Bool, index: Int) throws -> String {
        let numeric = "diuoxXeEfFgGc".contains(type)
        var v = numeric ? field.unwrappingSubclass : field
        // A native int-like value (an `re` flag) formats as its int.
        if numeric, case .native(let n) = v, n.pyClass.lookup("__index__") != nil, let i = try indexValue(v) { v = .int(i) }
        if zeroPad && numeric && spec.align == nil { spec.fill = "0"; spec.align = "=" }
        switch type {
        case "s", "r", "a":
            var s = type == "s" ? try strOf(v) : try reprOf(v)
            if type == "a" { s = Format.asciiEscaped(s) }
            if let p = spec.precision { s = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
            return spec.pad(s, defaultAlign: ">")
        case "d", "i", "u":
            let n: BigInt
            if let b = v.asBigInt { n = b } else if case .float(let d) = v {
                guard let b = try floatToInt(d).asBigInt else { return "" }
                n = b
            } else if case .object(let inst as PyInstance) = v, inst.cls.lookup("__int__") != nil {
                n = try makeInt(v, base: nil).asBigInt ?? 0
            } else {
                throw PyException.typeError("%\(type) format: a real number is required, not \(v.typeName)")
            }
            return try percentInt(n, "d", &spec)
        case "o", "x", "X":
            guard let n = v.asBigInt else { throw PyException.typeError("%\(type) format: an integer is required, not \(v.typeName)") }
            return try percentInt(n, type, &spec)
        case "e", "E", "f", "F", "g", "G":
            let d: Double
            if let x = v.asDouble { d = x } else { d = try floatArgument(v) }
            spec.type = type
            if spec.precision == nil { spec.precision = 6 }
            return try Format.formatFloat(d, spec)
        case "c":
            if case .str(let s) = v, s.unicodeScalars.count == 1 { return spec.pad(s, defaultAlign: ">") }
            guard let n = v.asInt else { throw PyException.typeError("%c requires int or char") }
            spec.type = "c"
            return try Format.formatInt(BigInt(n), spec)
        default:
            let code = type.unicodeScalars.first!.value
            throw PyException.valueError("unsupported format character '\(type)' (0x\(String(code, radix: 16))) at index \(index)")
        }
    }

    /// One `%` field of bytes formatting, as latin-1 text: `%s`/`%b` take bytes-like objects (or
    /// `__bytes__`), `%r`/`%a` give ascii(repr), `%c` an int in range(256) or one byte; numbers as for str.
    private func bytesPercentField(_ type: Character, _ v: Value, _ spec: inout FormatSpec, zeroPad: Bool, index: Int) throws -> String {
        switch type {
        case "s", "b":
            var s: String
            if case .object(let b as PyBytes) = v {
                s = Format.latin1(b.bytes)
            } else if case .object(let inst as PyInstance) = v, let m = inst.cls.lookup("__bytes__") {
                guard case .object(let b as PyBytes) = try callMethodValue(m, receiver: v, []), !b.isMutable else {
                    throw PyException.typeError("__bytes__ returned non-bytes")
                }
                s = Format.latin1(b.bytes)
            } else {
                throw PyException.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(v.typeName)'")
            }
            if let p = spec.precision { s = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
            return spec.pad(s, defaultAlign: ">")
        case "r", "a":
            var s = Format.asciiEscaped(try reprOf(v))
            if let p = spec.precision { s = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
            return spec.pad(s, defaultAlign: ">")
        case "c":
            if case .object(let b as PyBytes) = v, b.bytes.count == 1 { return spec.pad(Format.latin1(b.bytes), defaultAlign: ">") }
            guard let n = try indexValue(v) else { throw PyException.typeError("%c requires an integer in range(256) or a single byte") }
            guard (0..<256).contains(n) else { throw PyException.overflow("%c arg not in range(256)") }
            return spec.pad(String(Unicode.Scalar(UInt8(n))), defaultAlign: ">")
        default:
            return try percentField(type, v, &spec, zeroPad: zeroPad, index: index)
        }
    }

    private func percentInt(_ n: BigInt, _ type: Character, _ spec: inout FormatSpec) throws -> String {
        spec.type = type
        if let p = spec.precision {
            spec.precision = nil
            var digits = String(n.magnitude, radix: type == "d" ? 10 : type == "o" ? 8 : 16, uppercase: type == "X")
            digits = digits.leftPadded(to: p, with: "0")
            let prefix = spec.alternate && type != "d" ? "0" + String(type) : ""
            let sign = n.sign == .minus ? "-" : (spec.sign == "+" ? "+" : spec.sign == " " ? " " : "")
            return spec.pad(sign + prefix + digits, prefixLength: sign.count + prefix.count, defaultAlign: ">")
        }
        return try Format.formatInt(n, spec)
    }
}

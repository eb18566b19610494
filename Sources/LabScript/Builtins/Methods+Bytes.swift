import BigInt

/// bytes hash and compare by value, so they work as dict keys and set members.
extension PyBytes: HashableObject {
    func pyHash() throws -> Int? {
        if isMutable { throw PyException.typeError("unhashable type: 'bytearray'") }
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let r = Int(bitPattern: UInt(h >> 2))
        return r == -1 ? -2 : r
    }

    func pyEquals(_ other: Value) -> Bool? {
        if case .object(let o as PyBytes) = other { return o.bytes == bytes }
        if case .native(let m as MemoryView) = other { return m.pyEquals(.object(self)) }
        return false
    }
}

extension Interpreter {
    /// ASCII whitespace, the only whitespace bytes methods know.
    static let asciiWhitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]

    /// `sub in b`: a byte value (int) or a bytes substring.
    func bytesContains(_ b: PyBytes, _ item: Value) throws -> Bool {
        if case .object(let sub as PyBytes) = item { return sub.bytes.isEmpty || b.bytes.firstRange(of: sub.bytes) != nil }
        guard let n = try indexValue(item) else {
            throw PyException.typeError("a bytes-like object is required, not '\(item.typeName)'")
        }
        guard (0..<256).contains(n) else { throw PyException.valueError("byte must be in range(0, 256)") }
        return b.bytes.contains(UInt8(n))
    }

    /// `bytes(...)` and `bytearray(...)`: from a str with an encoding, a size, a bytes-like object, or
    /// an iterable of ints in range(256). `typeName` names the type being made in messages.
    func makeBytes(_ args: [Value], _ kw: [(String, Value)], typeName: String = "bytes") throws -> [UInt8] {
        let (sig, defaults) = Signature.parse(["source=None", "encoding=None", "errors=None"])
        let a = try sig.bind(args, kw, defaults: defaults, function: typeName)
        let source = a.values[0]
        if source.isNone && !a.wasPassed(0) { return [] }
        if case .str(let s) = source {
            guard case .str(let encoding) = a.values[1] else { throw PyException.typeError("string argument without an encoding") }
            let errors = a.values[2].isNone ? "strict" : try a.values[2].string("errors")
            return try Codec(name: encoding).encode(s, errors: errors)
        }
        if !a.values[1].isNone { throw PyException.typeError("encoding without a string argument") }
        if !a.values[2].isNone { throw PyException.typeError("errors without a string argument") }
        if case .object(let b as PyBytes) = source { return b.bytes }
        if case .native(let m as MemoryView) = source { return try m.contents() }
        if let n = source.asInt ?? (source.isIntLike ? Int.max : nil) {
            guard n >= 0 else { throw PyException.valueError("negative count") }
            guard n <= Interpreter.maxSequenceLength else { throw PyException.memoryError() }
            return Array(repeating: 0, count: n)
        }
        let next: () throws -> Value?
        do {
            next = try makeIterator(source)
        } catch let e as PyException where e.cls === PyType.typeError {
            throw PyException.typeError("cannot convert '\(source.typeName)' object to \(typeName)")
        }
        let message = typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)"
        var out: [UInt8] = []
        while let v = try next() {
            out.append(try byteValue(v, rangeMessage: message))
            if out.count > Interpreter.maxSequenceLength { throw PyException.memoryError() }
        }
        return out
    }

    /// The bytes of a bytes-like argument; TypeError for anything else.
    static func bytesArgument(_ v: Value) throws -> [UInt8] {
        if case .native(let m as MemoryView) = v { return try m.contents() }
        guard case .object(let b as PyBytes) = v else {
            throw PyException.typeError("a bytes-like object is required, not '\(v.typeName)'")
        }
        return b.bytes
    }

    /// One byte from an int-like value, with CPython's errors.
    func byteValue(_ v: Value, rangeMessage: String = "byte must be in range(0, 256)") throws -> UInt8 {
        guard let n = try indexValue(v) else {
            throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        guard (0..<256).contains(n) else { throw PyException.valueError(rangeMessage) }
        return UInt8(n)
    }

    static func installBytesMethods() {
        installBytesMethods(on: .bytes, mutable: false)
        installBytesMethods(on: .bytearray, mutable: true)
        installByteArrayMutators()
    }

    /// The methods bytes and bytearray share; each returns the receiver's type, as CPython's do.
    private static func installBytesMethods(on t: PyType, mutable: Bool) {
        func bytes(_ a: Signature.Bound) -> [UInt8] {
            if case .object(let b as PyBytes) = a.values[0] { return b.bytes }
            return []
        }
        func make(_ b: [UInt8]) -> Value { .object(PyBytes(b, mutable: mutable)) }
        t.constructor = { i, args, kw in make(try i.makeBytes(args, kw, typeName: t.name)) }

        Builtins.method(t, "decode", ["encoding='utf-8'", "errors='strict'"]) { _, a in
            let codec = try Codec(name: try a.values[1].string("decode() argument 'encoding'"))
            return .str(try codec.decode(bytes(a), errors: try a.values[2].string("decode() argument 'errors'")))
        }
        Builtins.method(t, "hex", ["sep=None", "bytes_per_sep=1"]) { i, a in
            .str(try hexString(bytes(a), separator: a.values[1], every: try i.intArgument(a.values[2])))
        }
        t.dict["fromhex"] = Builtins.function("fromhex", ["string", "/"]) { _, a in
            make(try bytesFromHex(try a.values[0].string("fromhex() argument")))
        }

        // Case and character classes: ASCII only, as CPython's bytes methods are.
        func isUpper(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) }
        func isLower(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) }
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
        func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }
        Builtins.method(t, "upper", []) { _, a in make(bytes(a).map(upper)) }
        Builtins.method(t, "lower", []) { _, a in make(bytes(a).map(lower)) }
        Builtins.method(t, "swapcase", []) { _, a in make(bytes(a).map { isUpper($0) ? lower($0) : upper($0) }) }
        Builtins.method(t, "capitalize", []) { _, a in
            make(bytes(a).enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) })
        }
        Builtins.method(t, "title", []) { _, a in
            var previousCased = false
            return make(bytes(a).map { b in
                let cased = isUpper(b) || isLower(b)
                defer { previousCased = cased }
                return cased ? (previousCased ? lower(b) : upper(b)) : b
            })
        }
        func all(_ a: Signature.Bound, _ test: (UInt8) -> Bool) -> Value {
            let b = bytes(a)
            return .bool(!b.isEmpty && b.allSatisfy(test))
        }
        Builtins.method(t, "isalpha", []) { _, a in all(a) { isUpper($0) || isLower($0) } }
        Builtins.method(t, "isdigit", []) { _, a in all(a, isDigit) }
        Builtins.method(t, "isalnum", []) { _, a in all(a) { isUpper($0) || isLower($0) || isDigit($0) } }
        Builtins.method(t, "isspace", []) { _, a in all(a) { asciiWhitespace.contains($0) } }
        Builtins.method(t, "isascii", []) { _, a in .bool(bytes(a).allSatisfy { $0 < 0x80 }) }
        Builtins.method(t, "isupper", []) { _, a in
            .bool(bytes(a).contains(where: isUpper) && !bytes(a).contains(where: isLower))
        }
        Builtins.method(t, "islower", []) { _, a in
            .bool(bytes(a).contains(where: isLower) && !bytes(a).contains(where: isUpper))
        }
        Builtins.method(t, "istitle", []) { _, a in
            var previousCased = false, sawCased = false
            for b in bytes(a) {
                if isUpper(b) {
                    if previousCased { return .bool(false) }
                    previousCased = true
                    sawCased = true
                } else if isLower(b) {
                    if !previousCased { return .bool(false) }
                    previousCased = true
                    sawCased = true
                } else {
                    previousCased = false
                }
            }
            return .bool(sawCased)
        }
        t.dict["maketrans"] = Builtins.function("maketrans", ["frm", "to", "/"]) { _, a in
            let (from, to) = (try bytesArgument(a.values[0]), try bytesArgument(a.values[1]))
            guard from.count == to.count else { throw PyException.valueError("maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (f, r) in zip(from, to) { table[Int(f)] = r }
            return .object(PyBytes(table))
        }
        Builtins.method(t, "translate", ["table", "/", "delete=None"]) { _, a in
            let table = a.values[1].isNone ? nil : try bytesArgument(a.values[1])
            if let table, table.count != 256 { throw PyException.valueError("translation table must be 256 characters long") }
            let deleted = Set(a.wasPassed(2) ? try bytesArgument(a.values[2]) : [])
            return make(bytes(a).compactMap { b in deleted.contains(b) ? nil : table?[Int(b)] ?? b })
        }
        Builtins.method(t, "split", ["sep=None", "maxsplit=-1"]) { i, a in
            if a.values[1].isNone {
                return .list(PyList(bytesSplitWhitespace(bytes(a), try i.intArgument(a.values[2]), fromRight: false).map(make)))
            }
            return try i.callAsLatin1(mutable, "split", a)
        }
        Builtins.method(t, "rsplit", ["sep=None", "maxsplit=-1"]) { i, a in
            if a.values[1].isNone {
                return .list(PyList(bytesSplitWhitespace(bytes(a), try i.intArgument(a.values[2]), fromRight: true).map(make)))
            }
            return try i.callAsLatin1(mutable, "rsplit", a)
        }
        for name in ["strip", "lstrip", "rstrip"] {
            Builtins.method(t, name, ["bytes=None", "/"]) { i, a in
                var a = a
                if a.values[1].isNone { a.values[1] = make(Array(asciiWhitespace)) }
                return try i.callAsLatin1(mutable, name, a)
            }
        }
        Builtins.method(t, "splitlines", ["keepends=False"]) { i, a in
            .list(PyList(bytesSplitLines(bytes(a), keepends: try i.truthy(a.values[1])).map(make)))
        }
        // Structural methods behave on bytes as str's do on the same code points (latin-1).
        let structural: [(String, [String])] = [
            ("find", ["sub", "start=None", "end=None", "/"]), ("rfind", ["sub", "start=None", "end=None", "/"]),
            ("index", ["sub", "start=None", "end=None", "/"]), ("rindex", ["sub", "start=None", "end=None", "/"]),
            ("count", ["sub", "start=None", "end=None", "/"]),
            ("startswith", ["prefix", "start=None", "end=None", "/"]), ("endswith", ["suffix", "start=None", "end=None", "/"]),
            ("replace", ["old", "new", "count=-1", "/"]), ("partition", ["sep", "/"]), ("rpartition", ["sep", "/"]),
            ("center", ["width", "fillchar=None", "/"]), ("ljust", ["width", "fillchar=None", "/"]),
            ("rjust", ["width", "fillchar=None", "/"]), ("zfill", ["width", "/"]),
            ("removeprefix", ["prefix", "/"]), ("removesuffix", ["suffix", "/"]), ("expandtabs", ["tabsize=8"]),
        ]
        for (name, params) in structural {
            Builtins.method(t, name, params) { i, a in try i.callAsLatin1(mutable, name, a) }
        }
        Builtins.method(t, "join", ["iterable_of_bytes", "/"]) { i, a in
            var out: [UInt8] = []
            for (k, item) in try i.iterateToArray(a.values[1]).enumerated() {
                let piece: [UInt8]
                switch item {
                case .object(let b as PyBytes): piece = b.bytes
                case .native(let m as MemoryView): piece = try m.contents()
                default: throw PyException.typeError("sequence item \(k): expected a bytes-like object, \(item.typeName) found")
                }
                if k > 0 { out += bytes(a) }
                out += piece
            }
            return make(out)
        }
    }

    /// Calls the str method `name` on the latin-1 text of bytes arguments and turns str results back
    /// into bytes; exact for methods whose meaning does not depend on character classes.
    private func callAsLatin1(_ mutable: Bool, _ name: String, _ a: Signature.Bound) throws -> Value {
        func text(_ v: Value) throws -> Value {
            switch v {
            case .object(let b as PyBytes): return .str(Format.latin1(b.bytes))
            case .tuple(let items): return .tuple(try items.map(text))
            case .str:
                switch name {
                case "find", "rfind", "index", "rindex", "count":
                    throw PyException.typeError("argument should be integer or bytes-like object, not 'str'")
                case "startswith", "endswith": throw PyException.typeError("\(name) first arg must be bytes or a tuple of bytes, not str")
                case "center", "ljust", "rjust": throw PyException.typeError("\(name)() argument 2 must be a byte string of length 1, not str")
                default: throw PyException.typeError("a bytes-like object is required, not 'str'")
                }
            default:
                if let n = v.asInt, ["find", "rfind", "index", "rindex", "count"].contains(name), a.values.count > 1 {
                    guard (0..<256).contains(n) else { throw PyException.valueError("byte must be in range(0, 256)") }
                    return .str(String(Unicode.Scalar(UInt8(n))))
                }
                return v
            }
        }
        func back(_ v: Value) -> Value {
            switch v {
            case .str(let s): return .object(PyBytes(s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }, mutable: mutable))
            case .tuple(let items): return .tuple(items.map(back))
            case .list(let l): return .list(PyList(l.items.map(back)))
            default: return v
            }
        }
        var args = [try text(a.values[0])]
        for (k, v) in a.values.dropFirst().enumerated() where !(v.isNone && ["center", "ljust", "rjust"].contains(name)) {
            // The sub/prefix argument must be bytes (or an int for searches); other arguments pass through.
            args.append(k == 0 || (name == "replace" && k == 1) || (["center", "ljust", "rjust"].contains(name) && k == 1) ? try text(v) : v)
        }
        guard let method = PyType.str.dict[name] else { throw PyException.attributeError("'\(a.values[0].typeName)' object has no attribute '\(name)'") }
        do {
            return back(try call(method, args))
        } catch let e as PyException where e.cls === PyType.valueError && e.args.count == 1 && { if case .str("substring not found") = e.args[0] { return true } else { return false } }() {
            throw PyException.valueError("subsection not found")
        }
    }
}

/// `bytes.hex(sep, bytes_per_sep)`.
private func hexString(_ bytes: [UInt8], separator: Value, every: Int) throws -> String {
    let digits = bytes.map { String($0, radix: 16).leftPadded(to: 2, with: "0") }
    guard case .str(let sep) = separator else { return digits.joined() }
    guard sep.unicodeScalars.count == 1 else { throw PyException.valueError("sep must be length 1.") }
    guard every != 0, digits.count > 1 else { return digits.joined() }
    let n = abs(every)
    var groups: [String] = []
    if every > 0 {
        // Groups are counted from the right.
        var end = digits.count
        while end > 0 {
            groups.insert(digits[max(0, end - n)..<end].joined(), at: 0)
            end -= n
        }
    } else {
        var start = 0
        while start < digits.count {
            groups.append(digits[start..<min(digits.count, start + n)].joined())
            start += n
        }
    }
    return groups.joined(separator: sep)
}

/// `bytes.fromhex(s)`: pairs of hex digits, with ASCII whitespace allowed between pairs.
private func bytesFromHex(_ s: String) throws -> [UInt8] {
    let scalars = Array(s.unicodeScalars)
    var out: [UInt8] = []
    var i = 0
    func digit(_ k: Int) throws -> UInt8 {
        guard k < scalars.count, scalars[k].isASCII, let d = UInt8(String(scalars[k]), radix: 16) else {
            throw PyException.valueError("non-hexadecimal number found in fromhex() arg at position \(min(k, scalars.count))")
        }
        return d
    }
    while i < scalars.count {
        if scalars[i].isASCII && Interpreter.asciiWhitespace.contains(UInt8(scalars[i].value)) {
            i += 1
            continue
        }
        let high = try digit(i), low = try digit(i + 1)
        out.append(high << 4 | low)
        i += 2
    }
    return out
}

/// `bytes.split()` with no separator: runs of ASCII whitespace separate, and edges are trimmed.
private func bytesSplitWhitespace(_ b: [UInt8], _ maxsplit: Int, fromRight: Bool) -> [[UInt8]] {
    let source = fromRight ? Array(b.reversed()) : b
    var parts: [[UInt8]] = []
    var i = 0
    while i < source.count {
        while i < source.count && Interpreter.asciiWhitespace.contains(source[i]) { i += 1 }
        if i == source.count { break }
        if maxsplit >= 0 && parts.count == maxsplit {
            parts.append(Array(source[i...]))
            break
        }
        var j = i
        while j < source.count && !Interpreter.asciiWhitespace.contains(source[j]) { j += 1 }
        parts.append(Array(source[i..<j]))
        i = j
    }
    return fromRight ? parts.reversed().map { $0.reversed() } : parts
}

/// `bytes.splitlines()`: only \n, \r and \r\n end lines.
private func bytesSplitLines(_ b: [UInt8], keepends: Bool) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var start = 0, i = 0
    while i < b.count {
        if b[i] == 0x0A || b[i] == 0x0D {
            var end = i + 1
            if b[i] == 0x0D && end < b.count && b[end] == 0x0A { end += 1 }
            lines.append(Array(b[start..<(keepends ? end : i)]))
            start = end
            i = end
        } else {
            i += 1
        }
    }
    if start < b.count { lines.append(Array(b[start...])) }
    return lines
}

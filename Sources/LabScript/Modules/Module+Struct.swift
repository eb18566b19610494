import BigInt
import Foundation

/// A parsed `struct` format: byte order, the fields in order, and the packed size.
struct StructLayout {
    /// One format code with its byte offset. `count` is the byte length for `s`/`p`
    /// (which take one value) and 1 for every other code (repeats are expanded).
    struct Field {
        let code: Character
        let offset: Int
        let size: Int
    }

    let format: String
    let littleEndian: Bool
    /// `@`: native sizes (`l`, `L` are 8 bytes; `n`, `N`, `P` exist) and native alignment.
    let native: Bool
    let fields: [Field]
    let size: Int

    /// Values that `pack` takes and `unpack` returns (`x` takes none).
    var valueCount: Int { fields.filter { $0.code != "x" }.count }

    init(_ format: String) throws {
        self.format = format
        var chars = Array(format.unicodeScalars)
        var order: Unicode.Scalar = "@"
        if let first = chars.first, "@=<>!".unicodeScalars.contains(first) {
            order = first
            chars.removeFirst()
        }
        native = order == "@"
        littleEndian = order == "<" || order == "@" || order == "="
        var fields: [Field] = []
        var offset = 0, i = 0
        while i < chars.count {
            if chars[i].properties.isWhitespace { i += 1; continue }
            var count = 1
            if chars[i].properties.numericType != nil, chars[i].isASCII {
                var digits = ""
                while i < chars.count, chars[i].isASCII, chars[i].properties.numericType != nil { digits.append(Character(chars[i])); i += 1 }
                guard let n = Int(digits) else { throw StructLayout.error("total struct size too long") }
                count = n
                guard i < chars.count else { throw StructLayout.error("repeat count given without format specifier") }
            }
            let code = Character(chars[i])
            i += 1
            guard let size = StructLayout.size(of: code, native: native) else { throw StructLayout.error("bad char in struct format") }
            if native && size > 1 && !"spx".contains(code) { offset = (offset + size - 1) / size * size }
            if code == "s" || code == "p" {
                fields.append(Field(code: code, offset: offset, size: count))
                offset += count
            } else {
                for _ in 0..<count {
                    fields.append(Field(code: code, offset: offset, size: size))
                    offset += size
                }
            }
        }
        self.fields = fields
        self.size = offset
    }

    static func size(of code: Character, native: Bool) -> Int? {
        switch code {
        case "x", "c", "b", "B", "?", "s", "p": return 1
        case "h", "H", "e": return 2
        case "i", "I", "f": return 4
        case "l", "L": return native ? 8 : 4
        case "q", "Q", "d": return 8
        case "n", "N", "P": return native ? 8 : nil
        default: return nil
        }
    }

    static func error(_ message: String) -> PyException { PyException(Interpreter.structError, message) }

    /// `struct.pack`: the values laid out by this format.
    func pack(_ values: [Value], _ interpreter: Interpreter) throws -> [UInt8] {
        guard values.count == valueCount else {
            throw StructLayout.error("pack expected \(valueCount) items for packing (got \(values.count))")
        }
        var out = [UInt8](repeating: 0, count: size)
        var next = 0
        for field in fields where field.code != "x" {
            let v = values[next]
            next += 1
            let raw = try encode(field, v, interpreter)
            out.replaceSubrange(field.offset..<(field.offset + raw.count), with: raw)
        }
        return out
    }

    /// `struct.unpack`: the values read from exactly `size` bytes starting at `start`.
    func unpack(_ bytes: [UInt8], at start: Int = 0) -> [Value] {
        fields.filter { $0.code != "x" }.map { decode($0, Array(bytes[(start + $0.offset)..<(start + $0.offset + $0.size)])) }
    }

    private func ordered(_ littleEndianBytes: [UInt8]) -> [UInt8] { littleEndian ? littleEndianBytes : littleEndianBytes.reversed() }

    private func encode(_ field: Field, _ v: Value, _ interpreter: Interpreter) throws -> [UInt8] {
        switch field.code {
        case "s", "p":
            guard case .object(let b as PyBytes) = v else { throw StructLayout.error("argument for '\(field.code)' must be a bytes object") }
            if field.code == "s" {
                return Array(b.bytes.prefix(field.size)) + [UInt8](repeating: 0, count: max(0, field.size - b.bytes.count))
            }
            guard field.size > 0 else { return [] }
            let body = Array(b.bytes.prefix(min(field.size - 1, 255)))
            return [UInt8(body.count)] + body + [UInt8](repeating: 0, count: field.size - 1 - body.count)
        case "c":
            guard case .object(let b as PyBytes) = v, b.bytes.count == 1 else {
                throw StructLayout.error("char format requires a bytes object of length 1")
            }
            return b.bytes
        case "?": return [try interpreter.truthy(v) ? 1 : 0]
        case "e", "f", "d":
            let d: Double
            if case .bigint(let b) = v {
                d = Double(b)
                guard d.isFinite else { throw StructLayout.error("required argument is not a float") }
            } else if let x = v.asDouble { d = x } else if case .object(let inst as PyInstance) = v, inst.cls.lookup("__float__") != nil {
                d = try interpreter.floatArgument(v)
            } else {
                throw StructLayout.error("required argument is not a float")
            }
            switch field.code {
            case "d": return ordered(withUnsafeBytes(of: d.bitPattern.littleEndian, Array.init))
            case "f":
                let f = Float(d)
                if f.isInfinite && d.isFinite { throw PyException.overflow("float too large to pack with f format") }
                return ordered(withUnsafeBytes(of: f.bitPattern.littleEndian, Array.init))
            default:
                let bits = try halfBits(d)
                return ordered([UInt8(bits & 0xFF), UInt8(bits >> 8)])
            }
        default:
            return ordered(try integerBytes(field, v, interpreter))
        }
    }

    /// An integer field's bytes, little-endian, with CPython's range errors.
    private func integerBytes(_ field: Field, _ v: Value, _ interpreter: Interpreter) throws -> [UInt8] {
        let big: BigInt
        if case .bigint(let b) = v {
            big = b
        } else if let n = try interpreter.indexValue(v) {
            big = BigInt(n)
        } else {
            throw StructLayout.error("required argument is not an integer")
        }
        let signed = "bhilqn".contains(field.code)
        let bits = field.size * 8
        let (lo, hi): (BigInt, BigInt) = signed ? (-(BigInt(1) << (bits - 1)), (BigInt(1) << (bits - 1)) - 1) : (0, (BigInt(1) << bits) - 1)
        if big < lo || big > hi { throw rangeError(field, big, lo, hi) }
        let n = signed ? Int64(big) : Int64(bitPattern: UInt64(big))
        let pattern = UInt64(bitPattern: n)
        return (0..<field.size).map { UInt8(truncatingIfNeeded: pattern >> UInt64(8 * $0)) }
    }

    /// CPython's message for an integer outside a field's range, which differs with the code, the
    /// byte order (big-endian packers are generic) and whether the value fits a C long.
    private func rangeError(_ field: Field, _ v: BigInt, _ lo: BigInt, _ hi: BigInt) -> PyException {
        if field.size == 8 { return StructLayout.error(littleEndian ? "argument out of range" : "int too large to convert") }
        // b and B, and h and H in little-endian order, read the value as a C long; the others as
        // a C long when signed and as an unsigned long (no negatives) when not.
        let readSigned = "bB".contains(field.code) || (littleEndian && "hH".contains(field.code)) || lo < 0
        let fits = readSigned ? Int64(exactly: v) != nil : UInt64(exactly: v) != nil
        guard fits else { return StructLayout.error("argument out of range") }
        switch (field.code, littleEndian) {
        case ("b", _): return StructLayout.error("byte format requires -128 <= number <= 127")
        case ("B", _): return StructLayout.error("ubyte format requires 0 <= number <= 255")
        case ("h", true): return StructLayout.error("short format requires -32768 <= number <= 32767")
        case ("H", true): return StructLayout.error("ushort format requires 0 <= number <= 65535")
        default: return StructLayout.error("'\(field.code)' format requires \(lo) <= number <= \(hi)")
        }
    }

    /// IEEE 754 half precision, rounded to nearest even; OverflowError beyond its range.
    private func halfBits(_ d: Double) throws -> UInt16 {
        if d.isNaN { return d.sign == .minus ? 0xFE00 : 0x7E00 }
        let sign: UInt16 = d.sign == .minus ? 0x8000 : 0
        if d.isInfinite { return sign | 0x7C00 }
        let a = abs(d)
        // Scale into units of the smallest subnormal (2^-24) or of the exponent's ulp, then round.
        var e = Int(a.exponent)
        if a == 0 { return sign }
        if e < -14 { e = -14 }
        let ulp = Double(sign: .plus, exponent: e - 10, significand: 1)
        var m = (a / ulp).rounded(.toNearestOrEven)
        if m >= 2048 { m /= 2; e += 1 }
        if e > 15 { throw PyException.overflow("float too large to pack with e format") }
        let mantissa = UInt16(m)
        if mantissa < 1024 { return sign | mantissa }
        return sign | UInt16(e + 15) << 10 | (mantissa & 0x3FF)
    }

    private func decode(_ field: Field, _ raw: [UInt8]) -> Value {
        switch field.code {
        case "s": return .object(PyBytes(raw))
        case "p":
            guard let n = raw.first else { return .object(PyBytes([])) }
            return .object(PyBytes(Array(raw.dropFirst().prefix(min(Int(n), raw.count - 1)))))
        case "c": return .object(PyBytes(raw))
        case "?": return .bool(raw[0] != 0)
        default: break
        }
        let le = littleEndian ? raw : raw.reversed()
        var pattern: UInt64 = 0
        for (k, b) in le.enumerated() { pattern |= UInt64(b) << UInt64(8 * k) }
        switch field.code {
        case "d": return .float(Double(bitPattern: pattern))
        case "f": return .float(Double(Float(bitPattern: UInt32(pattern))))
        case "e": return .float(Double(Float16(bitPattern: UInt16(pattern))))
        default:
            let bits = UInt64(field.size * 8)
            if "bhilqn".contains(field.code) {
                let shift = 64 - bits
                return .int(Int(Int64(bitPattern: pattern << shift) >> shift))
            }
            return pattern > UInt64(Int.max) ? .bigint(BigInt(pattern)) : .int(Int(pattern))
        }
    }
}

/// `struct.Struct`: a compiled format.
final class StructObject: NativeObject {
    let layout: StructLayout
    init(_ layout: StructLayout) { self.layout = layout }
    var pyClass: PyType { StructObject.type }

    static let type = NativeClass("Struct", module: "_struct", constructor: Function("Struct", params: ["format"]) { args in
        .native(StructObject(try StructLayout(try structFormat(args["format"]))))
    }, methods: [
        Function("pack", params: ["*values"]) { args in
            .object(PyBytes(try args.receiver(as: StructObject.self).layout.pack(args.varargs, args.interpreter)))
        },
        Function("unpack", params: ["buffer", "/"]) { args in
            try structUnpack(args.receiver(as: StructObject.self).layout, args["buffer"])
        },
        Function("unpack_from", params: ["buffer", "offset=0"]) { args in
            try structUnpackFrom(args.receiver(as: StructObject.self).layout, args["buffer"], try args.int("offset"))
        },
        Function("pack_into", params: ["buffer", "offset", "*values"]) { args in
            try structPackInto(args.receiver(as: StructObject.self).layout, args["buffer"], try args.int("offset"), args.varargs, args.interpreter)
        },
        Function("iter_unpack", params: ["buffer", "/"]) { args in
            try structIterUnpack(args.receiver(as: StructObject.self).layout, args["buffer"])
        },
    ], properties: [
        Property("format") { v, _ in
            guard case .native(let s as StructObject) = v else { return .none }
            return .str(s.layout.format)
        },
        Property("size") { v, _ in
            guard case .native(let s as StructObject) = v else { return .none }
            return .int(s.layout.size)
        },
    ]).type
}

/// A format given as str or bytes.
private func structFormat(_ v: Value) throws -> String {
    switch v {
    case .str(let s): return s
    case .object(let b as PyBytes): return Format.latin1(b.bytes)
    default: throw PyException.typeError("Struct() argument 1 must be a str or bytes object, not \(v.typeName)")
    }
}

private func structBuffer(_ v: Value) throws -> [UInt8] { try Interpreter.bytesArgument(v) }

private func structUnpack(_ layout: StructLayout, _ buffer: Value) throws -> Value {
    let bytes = try structBuffer(buffer)
    guard bytes.count == layout.size else { throw StructLayout.error("unpack requires a buffer of \(layout.size) bytes") }
    return .tuple(layout.unpack(bytes))
}

private func structUnpackFrom(_ layout: StructLayout, _ buffer: Value, _ offset: Int) throws -> Value {
    let bytes = try structBuffer(buffer)
    var start = offset
    if start < 0 {
        guard start + bytes.count >= 0 else { throw StructLayout.error("offset \(offset) out of range for \(bytes.count)-byte buffer") }
        start += bytes.count
        guard bytes.count - start >= layout.size else {
            throw StructLayout.error("not enough data to unpack \(layout.size) bytes at offset \(offset)")
        }
    }
    guard bytes.count - start >= layout.size else {
        throw StructLayout.error("unpack_from requires a buffer of at least \(layout.size + start) bytes for unpacking \(layout.size) bytes at offset \(start) (actual buffer size is \(bytes.count))")
    }
    return .tuple(layout.unpack(bytes, at: start))
}

private func structPackInto(_ layout: StructLayout, _ buffer: Value, _ offset: Int, _ values: [Value], _ interpreter: Interpreter) throws -> Value {
    guard case .object(let b as PyBytes) = buffer, b.isMutable else {
        throw PyException.typeError("argument must be read-write bytes-like object, not \(buffer.typeName)")
    }
    let packed = try layout.pack(values, interpreter)
    var start = offset
    if start < 0 {
        guard start + b.bytes.count >= 0 else { throw StructLayout.error("offset \(offset) out of range for \(b.bytes.count)-byte buffer") }
        start += b.bytes.count
        guard b.bytes.count - start >= layout.size else {
            throw StructLayout.error("no space to pack \(layout.size) bytes at offset \(offset)")
        }
    }
    guard b.bytes.count - start >= layout.size else {
        throw StructLayout.error("pack_into requires a buffer of at least \(layout.size + start) bytes for packing \(layout.size) bytes at offset \(start) (actual buffer size is \(b.bytes.count))")
    }
    b.bytes.replaceSubrange(start..<(start + layout.size), with: packed)
    return .none
}

private func structIterUnpack(_ layout: StructLayout, _ buffer: Value) throws -> Value {
    let bytes = try structBuffer(buffer)
    guard layout.size > 0 else { throw StructLayout.error("cannot iteratively unpack with a struct of length 0") }
    guard bytes.count % layout.size == 0 else {
        throw StructLayout.error("iterative unpacking requires a buffer of a multiple of \(layout.size) bytes")
    }
    var start = 0
    return .object(PyIterator(type: Interpreter.unpackIteratorType) {
        guard start < bytes.count else { return nil }
        defer { start += layout.size }
        return .tuple(layout.unpack(bytes, at: start))
    })
}

extension Interpreter {
    public static let structError = PyType(name: "error", bases: [.exception], module: "struct")
    static let unpackIteratorType = PyType(name: "unpack_iterator", bases: [.object], module: "_struct")

    /// The `struct` module: binary records packed to and unpacked from bytes.
    func structModule() -> [(String, Value)] {
        func layout(_ a: Args) throws -> StructLayout { try StructLayout(try structFormat(a["format"])) }
        return [
            ("error", .type(Interpreter.structError)),
            ("Struct", .type(StructObject.type)),
            ("calcsize", Function("calcsize", params: ["format", "/"]) { a in .int(try layout(a).size) }.value),
            ("pack", Function("pack", params: ["format", "/", "*values"]) { a in
                .object(PyBytes(try layout(a).pack(a.varargs, a.interpreter)))
            }.value),
            ("unpack", Function("unpack", params: ["format", "buffer", "/"]) { a in try structUnpack(try layout(a), a["buffer"]) }.value),
            ("unpack_from", Function("unpack_from", params: ["format", "/", "buffer", "offset=0"]) { a in
                try structUnpackFrom(try layout(a), a["buffer"], try a.int("offset"))
            }.value),
            ("pack_into", Function("pack_into", params: ["format", "buffer", "offset", "/", "*values"]) { a in
                try structPackInto(try layout(a), a["buffer"], try a.int("offset"), a.varargs, a.interpreter)
            }.value),
            ("iter_unpack", Function("iter_unpack", params: ["format", "buffer", "/"]) { a in
                try structIterUnpack(try layout(a), a["buffer"])
            }.value),
        ]
    }
}

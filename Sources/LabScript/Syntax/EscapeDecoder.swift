import Foundation

/// Decodes the backslash escapes of a string or bytes literal body (`\n`, `\x41`, `\u00e9`, `\N{...}`,
/// octal `\101`, ...). Unknown escapes are kept as written, as Python does.
struct EscapeDecoder {
    let source: [Unicode.Scalar]
    /// Where the literal's body starts; codec errors count positions from here, like Python.
    let bodyStart: Int
    /// Builds the error for a bad escape found at the given source range.
    let fail: (String, Range<Int>) -> SyntaxError

    /// The text of `source[range]` with escapes decoded (unless `isRaw`).
    func decodeString(_ range: Range<Int>, isRaw: Bool) throws -> String {
        var out = String.UnicodeScalarView()
        var i = range.lowerBound
        while i < range.upperBound {
            let c = source[i]
            guard c == "\\" && !isRaw, i + 1 < range.upperBound else {
                out.append(c)
                i += 1
                continue
            }
            let (value, next) = try decodeEscape(at: i, limit: range.upperBound, isBytes: false)
            if let value {
                guard let scalar = Unicode.Scalar(value) else {
                    throw fail("(unicode error) 'unicodeescape' codec can't decode bytes: lone surrogates are not supported", i..<next)
                }
                out.append(scalar)
            }
            i = next
        }
        return String(out)
    }

    /// The bytes of `source[range]` with escapes decoded (unless `isRaw`).
    func decodeBytes(_ range: Range<Int>, isRaw: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = source[i]
            guard c.isASCII else { throw fail("bytes can only contain ASCII literal characters", i..<i + 1) }
            guard c == "\\" && !isRaw, i + 1 < range.upperBound else {
                out.append(UInt8(c.value))
                i += 1
                continue
            }
            if source[i + 1] == "x" && !(i + 3 < range.upperBound && source[i + 2].properties.isASCIIHexDigit
                                           && source[i + 3].properties.isASCIIHexDigit) {
                throw fail("(value error) invalid \\x escape at position \(i - bodyStart)", i..<i + 2)
            }
            let (value, next) = try decodeEscape(at: i, limit: range.upperBound, isBytes: true)
            if let value { out.append(UInt8(truncatingIfNeeded: value)) }
            i = next
        }
        return out
    }

    /// Decodes the escape starting with the backslash at `start`; returns its code (nil for a
    /// line continuation) and the index after it. Unknown escapes give the backslash alone, so the
    /// next character is then copied as is.
    private func decodeEscape(at start: Int, limit: Int, isBytes: Bool) throws -> (UInt32?, Int) {
        let e = source[start + 1]
        let after = start + 2
        switch e {
        case "\n": return (nil, after)
        case "\\", "'", "\"": return (e.value, after)
        case "a": return (7, after)
        case "b": return (8, after)
        case "f": return (12, after)
        case "n": return (10, after)
        case "r": return (13, after)
        case "t": return (9, after)
        case "v": return (11, after)
        case "0"..."7":
            var value: UInt32 = 0, i = start + 1
            while i < limit, i < start + 4, let digit = Int(String(source[i]), radix: 8) {
                value = value * 8 + UInt32(digit)
                i += 1
            }
            return (value, i)
        case "x":
            return (try hexDigits(2, from: after, limit: limit, escape: "\\xXX", start: start), after + 2)
        case "u" where !isBytes:
            return (try hexDigits(4, from: after, limit: limit, escape: "\\uXXXX", start: start), after + 4)
        case "U" where !isBytes:
            let value = try hexDigits(8, from: after, limit: limit, escape: "\\UXXXXXXXX", start: start)
            guard value <= 0x10FFFF else {
                throw fail(codecError(start, after + 8, "illegal Unicode character"), start..<after + 8)
            }
            return (value, after + 8)
        case "N" where !isBytes:
            return try namedCharacter(at: start, limit: limit)
        default:
            return (92, start + 1)
        }
    }

    private func hexDigits(_ count: Int, from: Int, limit: Int, escape: String, start: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for i in from..<from + count {
            guard i < limit, let digit = Int(String(source[i]), radix: 16) else {
                throw fail(codecError(start, i, "truncated \(escape) escape"), start..<i)
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// `\N{LATIN SMALL LETTER E WITH ACUTE}`, looked up in the Unicode name tables.
    private func namedCharacter(at start: Int, limit: Int) throws -> (UInt32?, Int) {
        var close = start + 2
        guard close < limit, source[close] == "{" else {
            throw fail(codecError(start, close, "malformed \\N character escape"), start..<close)
        }
        while close < limit && source[close] != "}" { close += 1 }
        guard close < limit else {
            throw fail(codecError(start, close, "malformed \\N character escape"), start..<close)
        }
        let name = String(String.UnicodeScalarView(source[start + 3..<close]))
        guard let scalar = unicodeScalar(named: name) else {
            throw fail(codecError(start, close + 1, "unknown Unicode character name"), start..<close + 1)
        }
        return (scalar.value, close + 1)
    }

    private func codecError(_ start: Int, _ stop: Int, _ reason: String) -> String {
        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start - bodyStart)-\(max(start, stop - 1) - bodyStart): \(reason)"
    }
}

/// The scalar with the given Unicode name (case-insensitive), using ICU's name transliterator.
private func unicodeScalar(named name: String) -> Unicode.Scalar? {
    let escaped = "\\N{\(name.uppercased())}"
    guard let result = escaped.applyingTransform(StringTransform("Name-Any"), reverse: false),
          result != escaped, result.unicodeScalars.count == 1 else { return nil }
    return result.unicodeScalars.first
}

import BigInt

extension Lexer {
    /// Reads an int or float literal: `42`, `1_000`, `0xFF`, `0o17`, `0b1010`, `3.14`, `.5`, `1e-5`.
    mutating func readNumber() throws -> Token {
        let start = index
        let value: Constant
        if source[index] == "0", let p = peekScalar(1), "xXoObB".unicodeScalars.contains(p) {
            value = try readPrefixedInteger(marker: p)
        } else {
            value = try readDecimal(start: start)
        }
        if let c = peekScalar(), c == "j" || c == "J" {
            if source[start] == "0", start + 1 < index, "xXoObB".unicodeScalars.contains(source[start + 1]) {
                throw error("invalid \(radixName(of: start)) literal", span(from: index, to: index))
            }
            index += 1
            var token = Token(kind: .number, text: "", location: span(from: start, to: index))
            token.number = .imaginary(value.doubleValue)
            return token
        }
        if let c = peekScalar(), c.isPythonIdentifierStart, !startsKeywordAllowedAfterNumber() {
            let kind = if case .float = value { "decimal" } else { radixName(of: start) }
            throw error("invalid \(kind) literal", span(from: index - 1, to: index - 1))
        }
        var token = Token(kind: .number, text: "", location: span(from: start, to: index))
        token.number = value
        return token
    }

    /// CPython accepts a number directly followed by one of a few keywords (`1if x else 2`).
    private func startsKeywordAllowedAfterNumber() -> Bool {
        ["and", "else", "for", "if", "in", "is", "not", "or"].contains { word in
            word.unicodeScalars.enumerated().allSatisfy { peekScalar($0.offset) == $0.element }
        }
    }

    private func radixName(of start: Int) -> String {
        guard source[start] == "0", start + 1 < end else { return "decimal" }
        switch source[start + 1] {
        case "x", "X": return "hexadecimal"
        case "o", "O": return "octal"
        case "b", "B": return "binary"
        default: return "decimal"
        }
    }

    /// Reads digits accepted by `isValid`, allowing one `_` between digits; returns them without `_`.
    private mutating func readDigits(_ kind: String, _ isValid: (Unicode.Scalar) -> Bool,
                                     allowLeadingUnderscore: Bool = false) throws -> String {
        var digits = String.UnicodeScalarView()
        var lastWasUnderscore = false
        while let c = peekScalar() {
            if c == "_" {
                guard !lastWasUnderscore, !digits.isEmpty || allowLeadingUnderscore,
                      let next = peekScalar(1), isValid(next) else {
                    throw error("invalid \(kind) literal", span(from: index, to: index))
                }
                lastWasUnderscore = true
            } else if isValid(c) {
                digits.append(c)
                lastWasUnderscore = false
            } else {
                break
            }
            index += 1
        }
        return String(digits)
    }

    private mutating func readPrefixedInteger(marker: Unicode.Scalar) throws -> Constant {
        let start = index
        index += 2
        let (radix, kind): (Int, String) = switch marker {
        case "x", "X": (16, "hexadecimal")
        case "o", "O": (8, "octal")
        default: (2, "binary")
        }
        let digits = try readDigits(kind, { isHexDigit($0, radix: radix) },
                                    allowLeadingUnderscore: true)
        if let c = peekScalar(), c.isASCIIDigit {
            throw error("invalid digit '\(c)' in \(kind) literal", span(from: index, to: index))
        }
        guard !digits.isEmpty else {
            throw error("invalid \(kind) literal", span(from: start + 1, to: start + 1))
        }
        return integerConstant(digits, radix: radix)
    }

    private mutating func readDecimal(start: Int) throws -> Constant {
        var text = try readDigits("decimal", { $0.isASCIIDigit })
        var isFloat = false
        if peekScalar() == "." {
            index += 1
            isFloat = true
            text += "." + (try readDigits("decimal", { $0.isASCIIDigit }))
        }
        if let e = peekScalar(), e == "e" || e == "E" {
            var offset = 1
            if let sign = peekScalar(1), sign == "+" || sign == "-" { offset = 2 }
            guard let digit = peekScalar(offset), digit.isASCIIDigit else {
                throw error("invalid decimal literal", span(from: start, to: start))
            }
            text += "e" + (offset == 2 ? String(source[index + 1]) : "")
            index += offset
            text += try readDigits("decimal", { $0.isASCIIDigit })
            isFloat = true
        }
        if isFloat { return .float(Double(text) ?? .infinity) }
        if text.count > 1 && text.first == "0" && text.contains(where: { $0 != "0" }) {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        span(from: start, to: start + 1))
        }
        return integerConstant(text, radix: 10)
    }
}

private func isHexDigit(_ c: Unicode.Scalar, radix: Int) -> Bool {
    guard let value = Int(String(c), radix: 16) else { return false }
    return value < radix
}

/// `.int` when the value fits in `Int`, else `.bigInt`.
private func integerConstant(_ digits: String, radix: Int) -> Constant {
    if let small = Int(digits, radix: radix) { return .int(small) }
    return .bigInt(BigInt(digits, radix: radix) ?? 0)
}

private extension Constant {
    /// The literal's value as a float (for the imaginary part of `2j`, `1.5e3j`).
    var doubleValue: Double {
        switch self {
        case .int(let i): return Double(i)
        case .bigInt(let b): return Double(b)
        case .float(let d): return d
        default: return 0
        }
    }
}

import Foundation

/// `complex(real=0, imag=0)` and `complex(string)`, with CPython's checks and messages.
extension ComplexValue {
    static func make(_ args: [Value], _ keywords: [(String, Value)], _ interp: Interpreter) throws -> Value {
        var real: Value?, imag: Value?
        if args.count > 2 { throw PyException.typeError("complex() takes at most 2 arguments (\(args.count) given)") }
        if args.count > 0 { real = args[0] }
        if args.count > 1 { imag = args[1] }
        for (name, value) in keywords {
            switch name {
            case "real" where real == nil: real = value
            case "imag" where imag == nil: imag = value
            case "real", "imag": throw PyException.typeError("argument for complex() given by name ('\(name)') and position (\(name == "real" ? 1 : 2))")
            default: throw PyException.typeError("'\(name)' is an invalid keyword argument for complex()")
            }
        }
        if case .str(let text)? = real {
            if imag != nil { throw PyException.typeError("complex() can't take second arg if first is a string") }
            return .native(try parse(text))
        }
        if case .str? = imag { throw PyException.typeError("complex() second arg can't be a string") }
        let r = try real.map { try number($0, interp, "complex() first argument must be a string or a number") } ?? ComplexValue(0, 0)
        guard let imag else { return .native(r) }
        let i = try number(imag, interp, "complex() second argument must be a number")
        // complex(a, b) is a + b*1j; as in CPython, only a complex part adds to the other (so
        // complex(0.0, -0.0) keeps its signed zeros).
        let realIsComplex = real?.complexValue != nil, imagIsComplex = imag.complexValue != nil
        return .native(ComplexValue(imagIsComplex ? r.real - i.imag : r.real, realIsComplex ? i.real + r.imag : i.real))
    }

    /// A number argument of `complex()`: int, float, complex, or an object with `__complex__`,
    /// `__float__` or `__index__`.
    private static func number(_ v: Value, _ interp: Interpreter, _ message: String) throws -> ComplexValue {
        if let z = try from(v) { return z }
        for (method, result) in [("__complex__", "complex"), ("__float__", "float"), ("__index__", "int")] {
            guard let m = try interp.lookupAttribute(v, method) else { continue }
            let r = try interp.call(m, [])
            if let z = try from(r), method != "__complex__" || r.complexValue != nil { return z }
            let owner = method == "__float__" ? "\(v.typeName)." : ""
            throw PyException.typeError("\(owner)\(method) returned non-\(result) (type \(r.typeName))")
        }
        throw PyException.typeError("\(message), not '\(v.typeName)'")
    }

    /// CPython's `complex_from_string_inner`: `<float>`, `<float>j`, `<float><signed-float>j`,
    /// `<float><sign>j`, `<sign>j` or `j`, with blanks around and optional parentheses.
    static func parse(_ text: String) throws -> ComplexValue {
        let malformed = PyException.valueError("complex() arg is a malformed string")
        var s = Array(try removingUnderscores(text).unicodeScalars)
        func trim(_ chars: inout [Unicode.Scalar]) {
            while let first = chars.first, first.properties.isWhitespace { chars.removeFirst() }
            while let last = chars.last, last.properties.isWhitespace { chars.removeLast() }
        }
        trim(&s)
        if s.first == "(" {
            guard s.last == ")" else { throw malformed }
            s = Array(s.dropFirst().dropLast())
            trim(&s)
        }
        var index = 0
        func isJ() -> Bool { index < s.count && (s[index] == "j" || s[index] == "J") }
        func isSign() -> Bool { index < s.count && (s[index] == "+" || s[index] == "-") }
        var x = 0.0, y = 0.0
        if let (z, end) = leadingFloat(s, from: 0) {
            index = end
            if isSign() {
                x = z
                if let (w, next) = leadingFloat(s, from: index) {
                    y = w
                    index = next
                } else {
                    y = s[index] == "+" ? 1 : -1
                    index += 1
                }
                guard isJ() else { throw malformed }
                index += 1
            } else if isJ() {
                y = z
                index += 1
            } else {
                x = z
            }
        } else {
            if isSign() {
                y = s[index] == "+" ? 1 : -1
                index += 1
            } else {
                y = 1
            }
            guard isJ() else { throw malformed }
            index += 1
        }
        guard index == s.count else { throw malformed }
        return ComplexValue(x, y)
    }

    /// The text with `_` removed where each stands between two digits; CPython's ValueError otherwise.
    private static func removingUnderscores(_ text: String) throws -> String {
        guard text.contains("_") else { return text }
        let malformed = PyException.valueError("could not convert string to complex: \(Format.stringRepr(text))")
        let chars = Array(text.unicodeScalars)
        for (n, c) in chars.enumerated() where c == "_" {
            guard n > 0, n + 1 < chars.count, chars[n - 1].properties.numericType != nil, chars[n + 1].properties.numericType != nil,
                  chars[n - 1].isASCII, chars[n + 1].isASCII else { throw malformed }
        }
        return String(String.UnicodeScalarView(chars.filter { $0 != "_" }))
    }

    /// The float that starts at `start` (sign, digits with a point and exponent, or inf,
    /// infinity, nan) and where it ends; nil when none does.
    private static func leadingFloat(_ s: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var i = start
        var negative = false
        if i < s.count && (s[i] == "+" || s[i] == "-") {
            negative = s[i] == "-"
            i += 1
        }
        let rest = String(String.UnicodeScalarView(s[i...])).lowercased()
        for (word, value) in [("infinity", Double.infinity), ("inf", .infinity), ("nan", .nan)] where rest.hasPrefix(word) {
            return (negative ? -value : value, i + word.count)
        }
        func isDigit(_ k: Int) -> Bool { k < s.count && s[k].isASCII && s[k].properties.numericType != nil }
        let mantissaStart = i
        while isDigit(i) { i += 1 }
        var digits = i - mantissaStart
        if i < s.count && s[i] == "." {
            i += 1
            let fraction = i
            while isDigit(i) { i += 1 }
            digits += i - fraction
        }
        guard digits > 0 else { return nil }
        if i < s.count && (s[i] == "e" || s[i] == "E") {
            var k = i + 1
            if k < s.count && (s[k] == "+" || s[k] == "-") { k += 1 }
            if isDigit(k) {
                while isDigit(k) { k += 1 }
                i = k
            }
        }
        guard let magnitude = Double(String(String.UnicodeScalarView(s[mantissaStart..<i]))) else { return nil }
        return (negative ? -magnitude : magnitude, i)
    }
}

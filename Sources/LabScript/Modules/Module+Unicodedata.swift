import Foundation

/// `unicodedata`: normalization forms and the per-character properties tokenizer code reads
/// (name, category, combining class, numeric values, mirroring), from the Unicode tables the
/// runtime carries. `lookup`, `decomposition`, `bidirectional` and `east_asian_width` are not
/// provided (an AttributeError names them).
extension Interpreter {
    func unicodedataModule() -> [(String, Value)] {
        /// A function of one character, with CPython's argument check.
        func character(_ name: String, _ params: [String] = ["chr", "/"],
                       _ body: @escaping (Unicode.Scalar, Signature.Bound) throws -> Value) -> (String, Value) {
            (name, Builtins.function(name, params) { _, a in
                guard case .str(let s) = a.values[0] else {
                    throw PyException.typeError("\(name)() argument must be a unicode character, not \(a.values[0].typeName)")
                }
                let scalars = s.unicodeScalars
                guard scalars.count == 1, let c = scalars.first else {
                    throw PyException.typeError("\(name)() argument must be a unicode character, not str")
                }
                return try body(c, a)
            })
        }
        /// The optional default a lookup returns when the character lacks the property (a
        /// positional-only parameter without a representable default, hence `*default`).
        func fallback(_ a: Signature.Bound, _ name: String, _ message: String) throws -> Value {
            switch a.varargs.count {
            case 0: throw PyException.valueError(message)
            case 1: return a.varargs[0]
            default: throw PyException.typeError("\(name) expected at most 2 arguments, got \(a.varargs.count + 1)")
            }
        }
        /// A numeric property, or the default, or the ValueError CPython raises.
        func numeric(_ name: String, _ message: String, _ value: @escaping (Unicode.Scalar.Properties) -> Value?) -> (String, Value) {
            character(name, ["chr", "/", "*default"]) { c, a in
                if let v = value(c.properties) { return v }
                return try fallback(a, name, message)
            }
        }
        return [
            ("unidata_version", .str("14.0.0")),
            ("normalize", Builtins.function("normalize", ["form", "unistr", "/"]) { _, a in
                .str(try Interpreter.normalize(try a.values[1].string("normalize() argument 2"), form: try a.values[0].string("normalize() argument 1")))
            }),
            ("is_normalized", Builtins.function("is_normalized", ["form", "unistr", "/"]) { _, a in
                let s = try a.values[1].string("is_normalized() argument 2")
                return .bool(try Interpreter.normalize(s, form: try a.values[0].string("is_normalized() argument 1")).unicodeScalars.elementsEqual(s.unicodeScalars))
            }),
            character("name", ["chr", "/", "*default"]) { c, a in
                if let n = c.properties.name ?? c.properties.nameAlias { return .str(n) }
                return try fallback(a, "name", "no such name")
            },
            character("category") { c, _ in .str(Interpreter.categoryCode(c.properties.generalCategory)) },
            character("combining") { c, _ in .int(Int(c.properties.canonicalCombiningClass.rawValue)) },
            character("mirrored") { c, _ in .int(c.properties.isBidiMirrored ? 1 : 0) },
            numeric("decimal", "not a decimal") { p in
                p.numericType == .decimal ? p.numericValue.map { .int(Int($0)) } : nil
            },
            numeric("digit", "not a digit") { p in
                p.numericType == .decimal || p.numericType == .digit ? p.numericValue.map { .int(Int($0)) } : nil
            },
            numeric("numeric", "not a numeric character") { p in p.numericValue.map { .float($0) } },
        ]
    }

    /// One of the four normalization forms, or CPython's ValueError.
    static func normalize(_ s: String, form: String) throws -> String {
        switch form {
        case "NFC": return s.precomposedStringWithCanonicalMapping
        case "NFD": return s.decomposedStringWithCanonicalMapping
        case "NFKC": return s.precomposedStringWithCompatibilityMapping
        case "NFKD": return s.decomposedStringWithCompatibilityMapping
        default: throw PyException.valueError("invalid normalization form")
        }
    }

    /// The two-letter general category code (`Lu`, `Nd`, `Zs`, ...).
    static func categoryCode(_ c: Unicode.GeneralCategory) -> String {
        switch c {
        case .uppercaseLetter: return "Lu"
        case .lowercaseLetter: return "Ll"
        case .titlecaseLetter: return "Lt"
        case .modifierLetter: return "Lm"
        case .otherLetter: return "Lo"
        case .nonspacingMark: return "Mn"
        case .spacingMark: return "Mc"
        case .enclosingMark: return "Me"
        case .decimalNumber: return "Nd"
        case .letterNumber: return "Nl"
        case .otherNumber: return "No"
        case .connectorPunctuation: return "Pc"
        case .dashPunctuation: return "Pd"
        case .openPunctuation: return "Ps"
        case .closePunctuation: return "Pe"
        case .initialPunctuation: return "Pi"
        case .finalPunctuation: return "Pf"
        case .otherPunctuation: return "Po"
        case .mathSymbol: return "Sm"
        case .currencySymbol: return "Sc"
        case .modifierSymbol: return "Sk"
        case .otherSymbol: return "So"
        case .spaceSeparator: return "Zs"
        case .lineSeparator: return "Zl"
        case .paragraphSeparator: return "Zp"
        case .control: return "Cc"
        case .format: return "Cf"
        case .surrogate: return "Cs"
        case .privateUse: return "Co"
        case .unassigned: return "Cn"
        @unknown default: return "Cn"
        }
    }
}

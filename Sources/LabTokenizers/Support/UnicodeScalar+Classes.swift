/// Character classes with the meaning the reference tokenizer gives them. Its regular expressions and
/// character tests know Unicode 16.0, so characters assigned later belong to no class here either.
extension Unicode.Scalar {
    /// `\p{L}`: any letter.
    var isLetter: Bool {
        if isASCII { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        guard isKnownToReference else { return false }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `\p{N}` of the reference's regular expressions: any number (decimal, letter-like or other).
    var isNumber: Bool {
        isNumeric && (isASCII || isKnownToReference)
    }

    /// Rust's `char::is_numeric`, with current Unicode tables (the Digits pre-tokenizer).
    var isNumeric: Bool {
        if isASCII { return (0x30...0x39).contains(value) }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `\p{M}`: any combining mark.
    var isMark: Bool {
        if isASCII || !isKnownToReference { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The `White_Space` property, as `char::is_whitespace` and `\s`.
    var isSpace: Bool {
        if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    /// `\w` of the reference's regular expressions (Unicode's definition): alphabetic, marks, decimal digits,
    /// connector punctuation and joiners.
    var isWordCharacter: Bool {
        if isASCII { return isLetter || isNumber || value == 0x5F }
        guard isKnownToReference else { return false }
        return properties.isAlphabetic || isMark || properties.generalCategory == .decimalNumber
            || properties.generalCategory == .connectorPunctuation || properties.isJoinControl
    }

    /// Whether the reference's Unicode 16.0 tables know the scalar.
    private var isKnownToReference: Bool { isAssigned(byUnicode: 16, 0) }

    /// Whether Unicode had assigned the scalar by version `major.minor`. Some of the reference's character
    /// tables are old: its BERT classes know Unicode 8.0, its combining-mark test Unicode 9.0.
    func isAssigned(byUnicode major: Int, _ minor: Int) -> Bool {
        guard let age = properties.age else { return false }
        return (age.major, age.minor) <= (major, minor)
    }

    /// BERT's punctuation: any ASCII punctuation or symbol, or a Unicode punctuation character (as of Unicode 8.0).
    var isPunctuation: Bool {
        if isASCII, (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
            || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value) {
            return true
        }
        if isASCII || !isAssigned(byUnicode: 8, 0) { return false }
        if value == 0x166D || value == 0x111C9 { return true }  // punctuation in Unicode 8.0, since recategorized
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// A nonspacing mark as of Unicode 8.0 (BERT's accent stripping), including the few since recategorized.
    var isNonspacingMarkInUnicode8: Bool {
        switch value {
        case 0x1734, 0x1171E: return true
        case 0x1885, 0x1886, 0xA9BD, 0x111C9: return false
        default: return properties.generalCategory == .nonspacingMark && isAssigned(byUnicode: 8, 0)
        }
    }

    /// A combining mark as of Unicode 9.0 (the StripAccents normalizer), including the few since recategorized.
    var isMarkInUnicode9: Bool {
        switch value {
        case 0x1CF2, 0x1CF3: return true
        case 0x111C9: return false
        default: return isMark && isAssigned(byUnicode: 9, 0)
        }
    }

    /// BERT's "other" characters: control, format, private use and surrogate, as of Unicode 8.0 (the reference
    /// keeps unassigned code points).
    var isOther: Bool {
        if isASCII { return value < 0x20 || value == 0x7F }
        guard isAssigned(byUnicode: 8, 0) else { return false }
        switch properties.generalCategory {
        case .control, .format, .privateUse, .surrogate: return true
        default: return false
        }
    }
}

extension String {
    /// Lowercases scalar by scalar, with full (possibly multi-scalar) mappings and no context rules.
    var scalarLowercased: String {
        var result = StringBuilder(capacity: utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                result.append(scalar.properties.isUppercase ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else {
                result.append(scalar.properties.lowercaseMapping)
            }
        }
        return result.string
    }
}

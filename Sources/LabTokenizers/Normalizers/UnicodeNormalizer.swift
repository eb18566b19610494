import Foundation

/// One of Unicode's four normalization forms.
///
/// The reference's normalization tables are those of Unicode 9.0: a character assigned later is left as it
/// is and, being a starter there, blocks reordering and composition. Such characters therefore cut the text
/// into parts that are normalized separately.
///
/// Decomposition comes from Foundation. Composition is Foundation's too, except for Hangul: Foundation
/// composes archaic jamo it must leave alone and misses LV + T, so conjoining jamo are composed here with
/// Unicode's algorithm. Jamo only compose with jamo, so the text can be composed run by run.
struct UnicodeNormalizer: Normalizer {
    enum Form: String { case NFC, NFD, NFKC, NFKD }
    let form: Form

    func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: Self.isUnknown) else { return normalizeKnown(text) }
        var result = StringBuilder(capacity: text.utf8.count)
        var start = 0
        for (index, scalar) in scalars.enumerated() where Self.isUnknown(scalar) {
            if start < index { result.append(normalizeKnown(String(scalars: scalars[start..<index]))) }
            result.append(scalar)
            start = index + 1
        }
        if start < scalars.count { result.append(normalizeKnown(String(scalars: scalars[start...]))) }
        return result.string
    }

    /// Whether the reference's Unicode 9.0 tables lack the scalar.
    private static func isUnknown(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && !scalar.isAssigned(byUnicode: 9, 0)
    }

    private func normalizeKnown(_ text: String) -> String {
        switch form {
        case .NFC: return Self.compose(text.decomposedStringWithCanonicalMapping)
        case .NFD: return text.decomposedStringWithCanonicalMapping
        case .NFKC: return Self.compose(text.decomposedStringWithCompatibilityMapping)
        case .NFKD: return text.decomposedStringWithCompatibilityMapping
        }
    }

    /// Canonically composes decomposed text: Hangul jamo runs here, everything else with Foundation.
    static func compose(_ decomposed: String) -> String {
        var result = StringBuilder(capacity: decomposed.utf8.count)
        var run: [Unicode.Scalar] = []
        var runIsJamo = false
        func flush() {
            guard !run.isEmpty else { return }
            if runIsJamo {
                result.append(contentsOf: Hangul.compose(run))
            } else {
                result.append(String(scalars: run).precomposedStringWithCanonicalMapping)
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in decomposed.unicodeScalars {
            let isJamo = Hangul.isConjoiningJamo(scalar)
            if isJamo != runIsJamo {
                flush()
                runIsJamo = isJamo
            }
            run.append(scalar)
        }
        flush()
        return result.string
    }
}

/// Unicode's algorithmic composition of Hangul syllables from conjoining jamo (L V, then LV T).
enum Hangul {
    private static let syllableBase: UInt32 = 0xAC00
    private static let leadingBase: UInt32 = 0x1100
    private static let vowelBase: UInt32 = 0x1161
    private static let trailingBase: UInt32 = 0x11A7
    private static let vowelCount: UInt32 = 21
    private static let trailingCount: UInt32 = 28

    static func isConjoiningJamo(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    static func compose(_ jamo: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in jamo {
            if let last = result.last?.value {
                let leading = last &- leadingBase
                let vowel = scalar.value &- vowelBase
                if leading < 19 && vowel < vowelCount {
                    result[result.count - 1] = Unicode.Scalar(syllableBase + (leading * vowelCount + vowel) * trailingCount)!
                    continue
                }
                let syllable = last &- syllableBase
                let trailing = scalar.value &- trailingBase
                if syllable < 11172 && syllable % trailingCount == 0 && trailing > 0 && trailing < trailingCount {
                    result[result.count - 1] = Unicode.Scalar(last + trailing)!
                    continue
                }
            }
            result.append(scalar)
        }
        return result
    }
}


import Foundation

/// One of Unicode's four normalization forms.
struct UnicodeNormalizer: Normalizer {
    enum Form: String { case NFC, NFD, NFKC, NFKD }
    let form: Form

    func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        switch form {
        case .NFC: return text.precomposedStringWithCanonicalMapping
        case .NFD: return text.decomposedStringWithCanonicalMapping
        // Foundation's own NFKC leaves conjoining jamo from half-width Hangul uncomposed; composing the
        // compatibility decomposition gives NFKC as defined.
        case .NFKC: return text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        case .NFKD: return text.decomposedStringWithCompatibilityMapping
        }
    }
}

extension String {
    /// NFD, skipping the work for ASCII text.
    var decomposedStringWithCanonicalMappingIfNeeded: String {
        utf8.allSatisfy { $0 < 0x80 } ? self : decomposedStringWithCanonicalMapping
    }
}

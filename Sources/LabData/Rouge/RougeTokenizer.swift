/// rouge_score's default tokenizer: lowercase (Python's full Unicode lowercasing), every run of
/// characters outside `[a-z0-9]` becomes a space, split on spaces, Porter-stem tokens longer than
/// three characters when asked, and drop empty tokens.
public struct RougeTokenizer {
    private let stemmer: PorterStemmer?

    public init(useStemmer: Bool) {
        stemmer = useStemmer ? PorterStemmer() : nil
    }

    public func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func consume(_ lower: Unicode.Scalar) {
            if ("a"..."z").contains(lower) || ("0"..."9").contains(lower) {
                current.append(lower)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            if ("A"..."Z").contains(scalar) {
                consume(Unicode.Scalar(scalar.value + 32)!)
            } else if scalar.isASCII {
                consume(scalar)
            } else {
                // Only a few non-ASCII letters lowercase into ASCII (e.g. U+0130 İ, U+212A Kelvin).
                scalar.properties.lowercaseMapping.unicodeScalars.forEach(consume)
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        guard let stemmer = stemmer else { return tokens }
        return tokens.map { $0.unicodeScalars.count > 3 ? stemmer.stem($0) : $0 }
    }
}

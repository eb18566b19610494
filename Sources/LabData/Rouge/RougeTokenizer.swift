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
        var current = ""
        for scalar in text.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if ("a"..."z").contains(lower) || ("0"..."9").contains(lower) {
                    current.unicodeScalars.append(lower)
                } else if !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty { tokens.append(current) }
        guard let stemmer = stemmer else { return tokens }
        return tokens.map { $0.count > 3 ? stemmer.stem($0) : $0 }.filter { !$0.isEmpty }
    }
}

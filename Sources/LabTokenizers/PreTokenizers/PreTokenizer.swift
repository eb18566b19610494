/// A piece of normalized text on its way to the model.
public struct PreToken: Equatable {
    public var text: String
    /// How many leading scalars of the piece come from the first character of the original input (after
    /// normalization one character may become several). Metaspace's "first" scheme needs this.
    public var originLength: Int

    public init(_ text: String, originLength: Int = 1) {
        self.text = text
        self.originLength = originLength
    }

    /// Whether the piece begins at the start of the original input.
    public var startsInput: Bool { originLength > 0 }
}

/// The second stage of the pipeline: splits normalized text into the pieces the model tokenizes one by one.
public protocol PreTokenizer {
    /// Splits one piece; empty pieces are dropped by the caller.
    func split(_ piece: PreToken) -> [PreToken]
}

extension PreTokenizer {
    /// Splits each of `pieces` and drops empty results.
    public func preTokenize(_ pieces: [PreToken]) -> [PreToken] {
        pieces.filter { !$0.text.isEmpty }.flatMap { split($0) }.filter { !$0.text.isEmpty }
    }

    /// Splits a whole text.
    public func preTokenize(_ text: String) -> [String] {
        preTokenize([PreToken(text)]).map(\.text)
    }
}

extension PreToken {
    /// Cuts this piece at ascending scalar ranges (`scalars` being its text's scalars), each part keeping its
    /// share of the origin. Parts are copied as UTF-8 slices of the text.
    func parts(_ scalars: [Unicode.Scalar], _ ranges: [Range<Int>]) -> [PreToken] {
        let utf8 = text.utf8
        var scalarIndex = 0
        var byteIndex = utf8.startIndex
        func advance(to target: Int) -> String.Index {
            var offset = 0
            while scalarIndex < target {
                offset += UTF8.width(scalars[scalarIndex])
                scalarIndex += 1
            }
            byteIndex = utf8.index(byteIndex, offsetBy: offset)
            return byteIndex
        }
        return ranges.filter { !$0.isEmpty }.map { range in
            let start = advance(to: range.lowerBound)
            let end = advance(to: range.upperBound)
            return PreToken(String(Substring(utf8[start..<end])),
                            originLength: max(0, min(range.count, originLength - range.lowerBound)))
        }
    }

    /// Splits this piece on a pattern with a behavior, as the reference's `NormalizedString::split` does.
    func split(on pattern: TextPattern, behavior: SplitBehavior, invert: Bool = false) -> [PreToken] {
        let scalars = Array(text.unicodeScalars)
        var segments = pattern.segments(in: scalars)
        if invert { segments = segments.map { PatternSegment(range: $0.range, isMatch: !$0.isMatch) } }
        return parts(scalars, behavior.pieces(from: segments))
    }
}

/// Builds a pre-tokenizer from its tokenizer.json object, choosing the implementation by `"type"`.
enum PreTokenizerFactory {
    static func make(_ json: JSONObject) throws -> PreTokenizer {
        let type = try json.string("type")
        switch type {
        case "Sequence": return PreTokenizerSequence(preTokenizers: try json.objects("pretokenizers").map(make))
        case "ByteLevel": return try ByteLevelPreTokenizer(json: json)
        case "Metaspace": return try MetaspacePreTokenizer(json: json)
        case "Whitespace": return WhitespacePreTokenizer()
        case "WhitespaceSplit": return PatternPreTokenizer(pattern: .scalars(\.isSpace), behavior: .removed)
        case "Split":
            return PatternPreTokenizer(pattern: try TextPattern(json: try json.object("pattern")),
                                       behavior: try SplitBehavior(json: json), invert: try json.bool("invert", default: false))
        case "Punctuation":
            let behavior = json.has("behavior") ? try SplitBehavior(json: json) : .isolated
            return PatternPreTokenizer(pattern: .scalars(\.isPunctuation), behavior: behavior)
        case "Digits":
            let individual = try json.bool("individual_digits", default: false)
            return PatternPreTokenizer(pattern: .scalars(\.isNumeric), behavior: individual ? .isolated : .contiguous)
        case "BertPreTokenizer":
            return PreTokenizerSequence(preTokenizers: [
                PatternPreTokenizer(pattern: .scalars(\.isSpace), behavior: .removed),
                PatternPreTokenizer(pattern: .scalars(\.isPunctuation), behavior: .isolated),
            ])
        case "CharDelimiterSplit":
            let delimiter = Array(try json.string("delimiter").unicodeScalars)
            guard delimiter.count == 1 else { throw json.failure("expected a single character", key: "delimiter") }
            return PatternPreTokenizer(pattern: .scalars { $0 == delimiter[0] }, behavior: .removed)
        default: throw json.failure("unknown pre-tokenizer type \(type)", key: "type")
        }
    }
}

/// Applies several pre-tokenizers in order, each to every piece the previous one made.
struct PreTokenizerSequence: PreTokenizer {
    let preTokenizers: [PreTokenizer]

    func split(_ piece: PreToken) -> [PreToken] {
        preTokenizers.reduce([piece]) { pieces, preTokenizer in preTokenizer.preTokenize(pieces) }
    }
}

/// Splits on a pattern with a behavior: Split, WhitespaceSplit, Punctuation, Digits and BERT's pre-tokenizer.
struct PatternPreTokenizer: PreTokenizer {
    let pattern: TextPattern
    let behavior: SplitBehavior
    var invert = false

    func split(_ piece: PreToken) -> [PreToken] {
        piece.split(on: pattern, behavior: behavior, invert: invert)
    }
}

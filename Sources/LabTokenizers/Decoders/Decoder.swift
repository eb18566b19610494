/// The last stage: turns tokens back into text. Each decoder rewrites the token list; the results are joined.
public protocol Decoder {
    func decodeChain(_ tokens: [String]) -> [String]
}

extension Decoder {
    public func decode(_ tokens: [String]) -> String {
        decodeChain(tokens).joined()
    }
}

/// Builds a decoder from its tokenizer.json object, choosing the implementation by `"type"`.
enum DecoderFactory {
    static func make(_ json: JSONObject) throws -> Decoder {
        let type = try json.string("type")
        switch type {
        case "Sequence": return DecoderSequence(decoders: try json.objects("decoders").map(make))
        case "ByteLevel": return ByteLevelDecoder()
        case "Metaspace":
            return MetaspaceDecoder(replacement: try MetaspacePreTokenizer.replacementScalar(json),
                                    prependScheme: try PrependScheme(json: json))
        case "WordPiece":
            return WordPieceDecoder(prefix: try json.optionalString("prefix") ?? "##",
                                    cleanup: try json.bool("cleanup", default: true))
        case "Replace":
            return ReplaceDecoder(replace: ReplaceNormalizer(pattern: try TextPattern(json: try json.object("pattern")),
                                                             content: try json.string("content")))
        case "Strip":
            let content = Array(try json.string("content").unicodeScalars)
            guard content.count == 1 else { throw json.failure("expected a single character", key: "content") }
            return StripDecoder(content: content[0], start: try json.int("start", default: 0), stop: try json.int("stop", default: 0))
        case "Fuse": return FuseDecoder()
        case "ByteFallback": return ByteFallbackDecoder()
        case "BPEDecoder": return BPEDecoder(suffix: try json.optionalString("suffix") ?? "</w>")
        case "CTC":
            return CTCDecoder(padToken: try json.optionalString("pad_token") ?? "<pad>",
                              wordDelimiter: try json.optionalString("word_delimiter_token") ?? "|",
                              cleanup: try json.bool("cleanup", default: true))
        default: throw json.failure("unknown decoder type \(type)", key: "type")
        }
    }
}

/// Applies several decoders in order.
struct DecoderSequence: Decoder {
    let decoders: [Decoder]

    func decodeChain(_ tokens: [String]) -> [String] {
        decoders.reduce(tokens) { $1.decodeChain($0) }
    }
}

/// Joins all tokens into one.
struct FuseDecoder: Decoder {
    func decodeChain(_ tokens: [String]) -> [String] { [tokens.joined()] }
}

/// Replaces a pattern in each token.
struct ReplaceDecoder: Decoder {
    let replace: ReplaceNormalizer

    func decodeChain(_ tokens: [String]) -> [String] { tokens.map(replace.normalize) }
}

/// Removes up to `start` leading and `stop` trailing copies of a character from each token.
struct StripDecoder: Decoder {
    let content: Unicode.Scalar
    let start: Int
    let stop: Int

    func decodeChain(_ tokens: [String]) -> [String] {
        tokens.map { token in
            let scalars = Array(token.unicodeScalars)
            var lower = 0
            while lower < min(start, scalars.count) && scalars[lower] == content { lower += 1 }
            var upper = scalars.count
            while scalars.count - upper < stop && upper > lower && scalars[upper - 1] == content { upper -= 1 }
            return String(scalars: scalars[lower..<upper])
        }
    }
}

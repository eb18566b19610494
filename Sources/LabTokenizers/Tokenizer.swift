import Foundation

/// A tokenizer.json pipeline: added tokens, normalizer, pre-tokenizer, model, post-processor and decoder.
///
/// Produces the same ids as Hugging Face's `tokenizers` library for the same file.
public final class Tokenizer {
    public let normalizer: Normalizer?
    public let preTokenizer: PreTokenizer?
    public let model: TokenizerModel
    public let postProcessor: PostProcessor?
    public let decoder: Decoder?
    let addedVocabulary: AddedVocabulary
    /// The file's own `truncation` and `padding` settings, which `encodeBatch` applies.
    public let fileTruncation: Truncation?
    public let filePadding: Padding?
    /// The file's bytes as read, so that saving writes back exactly what was loaded.
    public let fileData: Data

    /// Reads a tokenizer.json file.
    public convenience init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TokenizerError.invalidFile(file: url.path, problem: "cannot be read")
        }
        try self.init(data: data, file: url.path)
    }

    /// Parses tokenizer.json content; `file` names it in errors.
    public init(data: Data, file: String = "tokenizer.json") throws {
        let json = try JSONObject(data: data, file: file)
        fileData = data
        normalizer = try json.optionalObject("normalizer").map(NormalizerFactory.make)
        preTokenizer = try json.optionalObject("pre_tokenizer").map(PreTokenizerFactory.make)
        model = try TokenizerModelFactory.make(try json.object("model"))
        postProcessor = try json.optionalObject("post_processor").map(PostProcessorFactory.make)
        decoder = try json.optionalObject("decoder").map(DecoderFactory.make)
        fileTruncation = try json.optionalObject("truncation").map(Truncation.init)
        filePadding = try json.optionalObject("padding").map(Padding.init)
        let added = json.has("added_tokens") ? try json.objects("added_tokens").map(AddedToken.init) : []
        let model = self.model
        addedVocabulary = AddedVocabulary(tokens: added.map { token in
            var resolved = token
            resolved.id = model.tokenToId(token.content) ?? token.id
            return resolved
        }, normalizer: normalizer)
    }

    /// The added tokens, as listed in the file.
    public var addedTokens: [AddedToken] { addedVocabulary.tokens }

    /// Encodes one input, or a pair, with optional truncation (applied before special tokens are added,
    /// leaving room for them).
    public func encode(_ text: String, pair: String? = nil, addSpecialTokens: Bool = true,
                       truncation: Truncation? = nil) throws -> Encoding {
        var first = Encoding(ids: try tokenize(text))
        var second = try pair.map { Encoding(ids: try tokenize($0)) }
        if var truncation {
            if addSpecialTokens { truncation.maxLength = max(0, truncation.maxLength - specialTokenCount(isPair: pair != nil)) }
            try truncation.apply(&first, &second)
        }
        let parts = [first] + (second.map { [$0] } ?? [])
        guard let postProcessor else { return Encoding.concatenate(parts) }
        return Encoding.concatenate(try postProcessor.process(parts, addSpecialTokens: addSpecialTokens))
    }

    /// Encodes several inputs with the file's own truncation and padding, as the reference's `encode_batch`.
    public func encodeBatch(_ texts: [String], addSpecialTokens: Bool = true) throws -> [Encoding] {
        let encodings = try texts.map { try encode($0, addSpecialTokens: addSpecialTokens, truncation: fileTruncation) }
        return filePadding?.apply(encodings) ?? encodings
    }

    /// The number of special tokens post-processing adds.
    public func specialTokenCount(isPair: Bool) -> Int {
        postProcessor?.addedTokens(isPair: isPair) ?? 0
    }

    /// The model ids of one input, before post-processing.
    public func tokenize(_ text: String) throws -> [Int] {
        var ids: [Int] = []
        for segment in addedVocabulary.segments(of: text, normalizer: normalizer) {
            switch segment {
            case let .token(id): ids.append(id)
            case let .text(normalized, originLength):
                let piece = PreToken(normalized, originLength: originLength)
                let pieces = preTokenizer?.preTokenize([piece]) ?? (normalized.isEmpty ? [] : [piece])
                for piece in pieces { ids += try model.tokenize(piece.text) }
            }
        }
        return ids
    }

    /// Turns ids back into text, optionally leaving out special tokens; unknown ids are skipped.
    public func decode(_ ids: [Int], skipSpecialTokens: Bool = false) -> String {
        let tokens = ids.compactMap { id -> String? in
            if skipSpecialTokens && addedVocabulary.isSpecial(id) { return nil }
            return idToToken(id)
        }
        return decoder?.decode(tokens) ?? tokens.joined(separator: " ")
    }

    public func tokenToId(_ token: String) -> Int? {
        addedVocabulary.tokens.first { $0.content.isExactly(token) }?.id ?? model.tokenToId(token)
    }

    public func idToToken(_ id: Int) -> String? {
        addedVocabulary.token(withId: id)?.content ?? model.idToToken(id)
    }

    public func isSpecialToken(_ id: Int) -> Bool { addedVocabulary.isSpecial(id) }

    /// The vocabulary size, with or without added tokens that are not already in the model's vocabulary.
    public func vocabSize(withAddedTokens: Bool) -> Int {
        guard withAddedTokens else { return model.vocabSize }
        let contents = Set(addedVocabulary.tokens.map { ExactString($0.content) })
        return model.vocabSize + contents.filter { model.tokenToId($0.value) == nil }.count
    }
}

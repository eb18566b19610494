import Foundation

/// A tokenizer.json document assembled from its parts, for tokenizers built and trained by a program: the
/// pipeline components as tokenizer.json objects, the model, and the special tokens training added.
public struct TokenizerDefinition {
    public var normalizer: JSONLiteral?
    public var preTokenizer: JSONLiteral?
    public var postProcessor: JSONLiteral?
    public var decoder: JSONLiteral?
    /// The model's tokenizer.json object; an untrained model has an empty vocabulary.
    private var model: JSONMap
    /// Special added tokens, in id order.
    public private(set) var specialTokens: [String] = []

    /// A definition around a model object such as `{"type": "Unigram", "vocab": []}`.
    public init(model: JSONLiteral) throws {
        guard case let .object(map) = model.value, map["type"]?.stringValue != nil else {
            throw TokenizerError.invalidInput("a tokenizer model must be a JSON object with a \"type\"")
        }
        self.model = map
    }

    /// The model's `"type"`, such as `"Unigram"` or `"BPE"`.
    public var modelType: String { model["type"]?.stringValue ?? "" }

    /// The tokenizer.json document, members in the reference's order.
    public var document: String {
        get throws { serialized(addedTokens: try addedTokenObjects()) }
    }

    private func serialized(addedTokens: [JSONValue]) -> String {
        JSONValue.object(JSONMap([
            ("version", .string("1.0")), ("truncation", .null), ("padding", .null), ("added_tokens", .array(addedTokens)),
            ("normalizer", normalizer?.value ?? .null), ("pre_tokenizer", preTokenizer?.value ?? .null),
            ("post_processor", postProcessor?.value ?? .null), ("decoder", decoder?.value ?? .null),
            ("model", .object(model)),
        ])).serialized
    }

    /// The special tokens as tokenizer.json `added_tokens` entries: a token in the model keeps its id, the
    /// others take the next ids after the model's vocabulary.
    private func addedTokenObjects() throws -> [JSONValue] {
        guard !specialTokens.isEmpty else { return [] }
        let model = try Tokenizer(data: Data(serialized(addedTokens: []).utf8), file: "tokenizer").model
        var nextId = model.vocabSize
        return specialTokens.map { token in
            let id = model.tokenToId(token) ?? nextId
            if id == nextId { nextId += 1 }
            return .object(JSONMap([
                ("id", .number(Double(id))), ("content", .string(token)), ("single_word", .bool(false)),
                ("lstrip", .bool(false)), ("rstrip", .bool(false)), ("normalized", .bool(false)), ("special", .bool(true)),
            ]))
        }
    }

    /// Adds special tokens (those already added are skipped), as the reference's `add_special_tokens`.
    public mutating func addSpecialTokens(_ tokens: [String]) {
        for token in tokens where !specialTokens.contains(where: { $0.isExactly(token) }) { specialTokens.append(token) }
    }

    /// Parses the document into a working tokenizer; invalid components are reported by name.
    public func makeTokenizer() throws -> Tokenizer {
        try Tokenizer(data: Data(try document.utf8), file: "tokenizer")
    }

    /// Trains the model on `texts`, split by this definition's normalizer and pre-tokenizer, and adds the
    /// trainer's special tokens. Model settings the trainer does not learn (such as a BPE `unk_token`) stay.
    /// - Throws: ``TrainingInterrupted`` when `shouldStop` returns true between training rounds.
    public mutating func train<Texts: Sequence>(texts: Texts, trainer: TokenizerTrainer,
                                                shouldStop: () -> Bool = { false }) throws where Texts.Element == String {
        guard trainer.modelType == modelType else {
            throw TokenizerError.invalidInput("\(trainer.modelType) trainer cannot train a \(modelType) model")
        }
        let pipeline = try makeTokenizer()
        let words = WordCounts(texts: texts, normalizer: pipeline.normalizer, preTokenizer: pipeline.preTokenizer)
        let trained = try trainer.train(words, shouldStop: shouldStop)
        guard case let .object(learned) = trained.json else { fatalError("a trained model is always a JSON object") }
        for (key, value) in learned.members { model[key] = value }
        addSpecialTokens(trained.specialTokens)
    }
}

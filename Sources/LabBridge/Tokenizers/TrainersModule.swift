import LabScript
import LabTokenizers

/// `tokenizers.trainers`: `UnigramTrainer` and `BpeTrainer`, with the reference's parameters and defaults.
enum TrainersModule {
    static let name = "tokenizers.trainers"

    static let module = NativeModule(name, classes: [TokenizerTrainerObject.unigram, TokenizerTrainerObject.bpe])
}

/// A trainer object, handed to `Tokenizer.train_from_iterator(..., trainer=)`.
final class TokenizerTrainerObject: NativeObject {
    let trainer: TokenizerTrainer
    private let cls: PyType

    init(_ trainer: TokenizerTrainer, cls: PyType) {
        self.trainer = trainer
        self.cls = cls
    }

    var pyClass: PyType { cls }

    func repr(_ interpreter: Interpreter) throws -> String {
        switch trainer {
        case let unigram as UnigramTrainer:
            return "UnigramTrainer(vocab_size=\(unigram.vocabSize), n_sub_iterations=\(unigram.subIterations), shrinking_factor=\(unigram.shrinkingFactor), special_tokens=\(Self.list(unigram.specialTokens)), unk_token=\(unigram.unkToken.map { "'\($0)'" } ?? "None"), max_piece_length=\(unigram.maxPieceLength))"
        case let bpe as BPETrainer:
            return "BpeTrainer(min_frequency=\(bpe.minFrequency), vocab_size=\(bpe.vocabSize), special_tokens=\(Self.list(bpe.specialTokens)), limit_alphabet=\(bpe.limitAlphabet.map(String.init) ?? "None"))"
        default:
            return "<\(cls.name)>"
        }
    }

    private static func list(_ tokens: [String]) -> String {
        "[" + tokens.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }

    static let unigram = cls("UnigramTrainer", params: [
        "vocab_size=8000", "n_sub_iterations=2", "shrinking_factor=0.75", "show_progress=True", "special_tokens=None",
        "initial_alphabet=None", "unk_token=None", "max_piece_length=16", "seed_size=1000000",
    ]) { a in
        UnigramTrainer(vocabSize: try a.int("vocab_size"), specialTokens: try specialTokens(a), unkToken: try optionalString(a, "unk_token"),
                       maxPieceLength: try a.int("max_piece_length"), shrinkingFactor: try a.double("shrinking_factor"),
                       subIterations: try a.int("n_sub_iterations"), initialAlphabet: try alphabet(a), seedSize: try a.int("seed_size"))
    }

    static let bpe = cls("BpeTrainer", params: [
        "vocab_size=30000", "min_frequency=0", "show_progress=True", "special_tokens=None", "limit_alphabet=None",
        "initial_alphabet=None", "continuing_subword_prefix=None", "end_of_word_suffix=None", "max_token_length=None",
    ]) { a in
        BPETrainer(vocabSize: try a.int("vocab_size"), minFrequency: try a.int("min_frequency"), specialTokens: try specialTokens(a),
                   limitAlphabet: try optionalInt(a, "limit_alphabet"), initialAlphabet: try alphabet(a),
                   continuingSubwordPrefix: try optionalString(a, "continuing_subword_prefix"),
                   endOfWordSuffix: try optionalString(a, "end_of_word_suffix"), maxTokenLength: try optionalInt(a, "max_token_length"))
    }

    /// A trainer class whose constructor makes its trainer from the arguments (`show_progress` is accepted and
    /// ignored: training prints nothing).
    private static func cls(_ name: String, params: [String], _ make: @escaping (Args) throws -> TokenizerTrainer) -> NativeClass {
        var made: NativeClass!
        made = NativeClass(name, module: TrainersModule.name, constructor: Function(name, params: params) { a in
            .native(TokenizerTrainerObject(try make(a), cls: made.type))
        })
        return made
    }

    private static func specialTokens(_ a: Args) throws -> [String] {
        try TokenizersArguments.strings(a["special_tokens"], for: "special_tokens")
    }

    private static func optionalString(_ a: Args, _ name: String) throws -> String? {
        a.optional(name) == nil ? nil : try a.string(name)
    }

    private static func optionalInt(_ a: Args, _ name: String) throws -> Int? {
        a.optional(name) == nil ? nil : try a.int(name)
    }

    /// `initial_alphabet`: strings whose first characters are kept, as the reference does.
    private static func alphabet(_ a: Args) throws -> [Unicode.Scalar] {
        try TokenizersArguments.strings(a["initial_alphabet"], for: "initial_alphabet").compactMap(\.unicodeScalars.first)
    }
}

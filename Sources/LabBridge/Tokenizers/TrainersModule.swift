import LabScript
import LabTokenizers

/// `tokenizers.trainers`: `UnigramTrainer` and `BpeTrainer`, with the reference's parameters and defaults.
enum TrainersModule {
    static let name = "tokenizers.trainers"

    static let module = NativeModule(name, classes: [TrainerObject.unigram, TrainerObject.bpe])
}

/// A trainer object, handed to `Tokenizer.train_from_iterator(..., trainer=)`.
final class TrainerObject: NativeObject {
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

    static let unigram: NativeClass = {
        var made: NativeClass!
        made = NativeClass("UnigramTrainer", module: TrainersModule.name, constructor: Function("UnigramTrainer", params: [
            "vocab_size=8000", "n_sub_iterations=2", "shrinking_factor=0.75", "show_progress=True", "special_tokens=None",
            "initial_alphabet=None", "unk_token=None", "max_piece_length=16", "seed_size=1000000",
        ]) { a in
            let trainer = UnigramTrainer(
                vocabSize: try a.int("vocab_size"), specialTokens: try TokenizersArguments.strings(a["special_tokens"], for: "special_tokens"),
                unkToken: a.optional("unk_token") == nil ? nil : try a.string("unk_token"), maxPieceLength: try a.int("max_piece_length"),
                shrinkingFactor: try a.double("shrinking_factor"), subIterations: try a.int("n_sub_iterations"),
                initialAlphabet: try alphabet(a), seedSize: try a.int("seed_size"))
            return .native(TrainerObject(trainer, cls: made.type))
        })
        return made
    }()

    static let bpe: NativeClass = {
        var made: NativeClass!
        made = NativeClass("BpeTrainer", module: TrainersModule.name, constructor: Function("BpeTrainer", params: [
            "vocab_size=30000", "min_frequency=0", "show_progress=True", "special_tokens=None", "limit_alphabet=None",
            "initial_alphabet=None", "continuing_subword_prefix=None", "end_of_word_suffix=None", "max_token_length=None",
        ]) { a in
            let trainer = BPETrainer(
                vocabSize: try a.int("vocab_size"), minFrequency: try a.int("min_frequency"),
                specialTokens: try TokenizersArguments.strings(a["special_tokens"], for: "special_tokens"),
                limitAlphabet: a.optional("limit_alphabet") == nil ? nil : try a.int("limit_alphabet"),
                initialAlphabet: try alphabet(a),
                continuingSubwordPrefix: a.optional("continuing_subword_prefix") == nil ? nil : try a.string("continuing_subword_prefix"),
                endOfWordSuffix: a.optional("end_of_word_suffix") == nil ? nil : try a.string("end_of_word_suffix"),
                maxTokenLength: a.optional("max_token_length") == nil ? nil : try a.int("max_token_length"))
            return .native(TrainerObject(trainer, cls: made.type))
        })
        return made
    }()

    /// `initial_alphabet`: strings whose first characters are kept, as the reference does.
    private static func alphabet(_ a: Args) throws -> [Unicode.Scalar] {
        try TokenizersArguments.strings(a["initial_alphabet"], for: "initial_alphabet").compactMap(\.unicodeScalars.first)
    }
}

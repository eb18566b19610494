import LabScript
import LabTokenizers

extension TokenizerPipelineObject {
    static let cls = NativeClass("Tokenizer", module: "tokenizers", constructor: Function("Tokenizer", params: ["model"]) { a in
        .native(try TokenizerPipelineObject(model: try TokenizerComponentObject.part(a["model"], stage: .model, for: "Tokenizer() model")))
    }, methods: [
        Function("train_from_iterator", params: ["iterator", "trainer=None", "length=None"]) { a in
            let pipeline = try a.receiver(as: TokenizerPipelineObject.self)
            let defaultTrainer: TokenizerTrainer = pipeline.definition.modelType == "BPE" ? BPETrainer() : UnigramTrainer()
            let trainer = a.optional("trainer") == nil ? defaultTrainer : try a.native("trainer", as: TokenizerTrainerObject.self).trainer
            try pipeline.train(a["iterator"], trainer: trainer, a.interpreter)
            return .none
        },
        Function("encode", params: ["sequence", "pair=None", "is_pretokenized=False", "add_special_tokens=True"]) { a in
            let pair = a.optional("pair") == nil ? nil : try a.string("pair")
            return .native(try a.receiver(as: TokenizerPipelineObject.self).encode(try a.string("sequence"), pair: pair,
                                                                                   addSpecialTokens: try a.bool("add_special_tokens")))
        },
        Function("encode_batch", params: ["input", "is_pretokenized=False", "add_special_tokens=True"]) { a in
            let pipeline = try a.receiver(as: TokenizerPipelineObject.self)
            let texts = try TokenizersArguments.strings(a["input"], for: "encode_batch() input")
            return .list(PyList(try texts.map { .native(try pipeline.encode($0, pair: nil, addSpecialTokens: try a.bool("add_special_tokens"))) }))
        },
        Function("decode", params: ["ids", "skip_special_tokens=True"]) { a in
            .str(try a.receiver(as: TokenizerPipelineObject.self).tokenizer.decode(try TokenizerObject.ids(a["ids"]),
                                                                                   skipSpecialTokens: try a.bool("skip_special_tokens")))
        },
        Function("get_vocab_size", params: ["with_added_tokens=True"]) { a in
            .int(try a.receiver(as: TokenizerPipelineObject.self).tokenizer.vocabSize(withAddedTokens: try a.bool("with_added_tokens")))
        },
        Function("token_to_id", params: ["token"]) { a in
            try a.receiver(as: TokenizerPipelineObject.self).tokenizer.tokenToId(try a.string("token")).map { .int($0) } ?? .none
        },
        Function("id_to_token", params: ["id"]) { a in
            try a.receiver(as: TokenizerPipelineObject.self).tokenizer.idToToken(try a.int("id")).map { .str($0) } ?? .none
        },
        Function("save", params: ["path", "pretty=True"]) { a in
            try a.receiver(as: TokenizerPipelineObject.self).save(to: try a.string("path"))
            return .none
        },
        Function("to_str", params: ["pretty=False"]) { a in
            .str(try tokenizersCall { try a.receiver(as: TokenizerPipelineObject.self).definition.document })
        },
    ], properties: [
        stageProperty("normalizer", .normalizer), stageProperty("pre_tokenizer", .preTokenizer),
        stageProperty("post_processor", .postProcessor), stageProperty("decoder", .decoder),
    ])

    private static func stageProperty(_ name: String, _ stage: TokenizerComponentObject.Stage) -> Property {
        Property(name, get: { v, _ in try pipeline(v).part(stage) }, set: { v, part, _ in try pipeline(v).setPart(stage, part) })
    }

    private static func pipeline(_ v: Value) throws -> TokenizerPipelineObject {
        guard case .native(let p as TokenizerPipelineObject) = v else { throw PyException.typeError("expected a Tokenizer") }
        return p
    }
}

import Foundation
import LabScript
import LabTokenizers

extension TokenizerObject {
    static let cls = NativeClass("PreTrainedTokenizerFast", module: "transformers.tokenization_utils_fast",
                                 constructor: PreTrainedTokenizerFast.constructor, methods: [
        Function("__call__", params: ["text", "text_pair=None", "*", "padding=False", "truncation=None", "max_length=None",
                                      "return_tensors=None", "add_special_tokens=True", "**kwargs"]) { a in
            try a.receiver(as: TokenizerObject.self).encode(a)
        },
        Function("encode", params: ["text", "*", "add_special_tokens=True", "truncation=None", "max_length=None", "return_tensors=None"]) { a in
            let ids = try hubCall { try a.receiver(as: TokenizerObject.self).tokenizer.encode(try a.string("text"), addSpecialTokens: try a.bool("add_special_tokens")) }
            if a.optional("return_tensors") != nil { return .native(TensorObject(try tensor([ids]))) }
            return .list(PyList(ids.map { .int($0) }))
        },
        Function("decode", params: ["token_ids", "skip_special_tokens=False", "**kwargs"]) { a in
            .str(try a.receiver(as: TokenizerObject.self).tokenizer.decode(try ids(a["token_ids"]), skipSpecialTokens: try a.bool("skip_special_tokens")))
        },
        Function("batch_decode", params: ["sequences", "skip_special_tokens=False", "**kwargs"]) { a in
            let tokenizer = try a.receiver(as: TokenizerObject.self).tokenizer
            let rows = try sequences(a["sequences"])
            return .list(PyList(tokenizer.batchDecode(rows, skipSpecialTokens: try a.bool("skip_special_tokens")).map { .str($0) }))
        },
        Function("convert_ids_to_tokens", params: ["ids"]) { a in
            let tokenizer = try a.receiver(as: TokenizerObject.self).tokenizer
            if let id = a["ids"].integer { return tokenizer.convertIdsToTokens([id])[0].map { .str($0) } ?? .none }
            return .list(PyList(tokenizer.convertIdsToTokens(try ids(a["ids"])).map { $0.map { .str($0) } ?? .none }))
        },
        Function("tokenize", params: ["text", "pair=None", "add_special_tokens=False", "**kwargs"]) { a in
            let tokenizer = try a.receiver(as: TokenizerObject.self).tokenizer
            let pair = try a.optional("pair").map { _ in try a.string("pair") }
            let ids = try hubCall { try tokenizer.tokenizer.encode(try a.string("text"), pair: pair, addSpecialTokens: try a.bool("add_special_tokens")).ids }
            return .list(PyList(tokenizer.convertIdsToTokens(ids).map { $0.map { .str($0) } ?? .none }))
        },
        Function("convert_tokens_to_ids", params: ["tokens"]) { a in
            let tokenizer = try a.receiver(as: TokenizerObject.self).tokenizer
            let unknown = tokenizer.unkTokenId.map { Value.int($0) } ?? .none
            if case .str(let token) = a["tokens"] { return tokenizer.tokenizer.tokenToId(token).map { .int($0) } ?? unknown }
            guard let items = Convert.sequence(a["tokens"]) else { throw PyException.typeError("tokens must be a string or a list of strings") }
            return .list(PyList(try items.map { item -> Value in
                guard case .str(let token) = item else { throw PyException.typeError("tokens must be strings, not \(item.typeName)") }
                return tokenizer.tokenizer.tokenToId(token).map { .int($0) } ?? unknown
            }))
        },
        Function("get_vocab") { a in
            let tokenizer = try a.receiver(as: TokenizerObject.self).tokenizer.tokenizer
            let vocab = PyDict()
            for id in 0..<tokenizer.vocabSize(withAddedTokens: true) {
                if let token = tokenizer.idToToken(id) { vocab[string: token] = .int(id) }
            }
            return .dict(vocab)
        },
        /// Returns the files written, as a fast tokenizer's `save_pretrained` names them (the folder
        /// as given, joined as `os.path.join` does).
        Function("save_pretrained", params: ["save_directory", "**kwargs"]) { a in
            let directory = try a.string("save_directory")
            let folder = URL(fileURLWithPath: directory, isDirectory: true)
            try hubCall { try a.receiver(as: TokenizerObject.self).tokenizer.save(to: folder) }
            let names = ["tokenizer_config.json", "special_tokens_map.json", "tokenizer.json"]
                .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
            return .tuple(names.map { .str(directory.isEmpty || directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0) })
        },
    ], properties: [
        Property("pad_token_id") { v, _ in optionalInt(try tokenizer(v).padTokenId) },
        Property("eos_token_id") { v, _ in optionalInt(try tokenizer(v).eosTokenId) },
        Property("unk_token_id") { v, _ in optionalInt(try tokenizer(v).unkTokenId) },
        Property("bos_token_id") { v, _ in optionalInt(try tokenizer(v).bosTokenId) },
        Property("pad_token") { v, _ in try tokenizer(v).padToken.map { .str($0) } ?? .none },
        Property("eos_token") { v, _ in try tokenizer(v).eosToken.map { .str($0) } ?? .none },
        Property("unk_token") { v, _ in try tokenizer(v).unkToken.map { .str($0) } ?? .none },
        Property("bos_token") { v, _ in try tokenizer(v).bosToken.map { .str($0) } ?? .none },
        Property("all_special_tokens") { v, _ in .list(PyList(try tokenizer(v).allSpecialTokens.map { .str($0) })) },
        Property("all_special_ids") { v, _ in
            let t = try tokenizer(v)
            return .list(PyList(t.allSpecialTokens.compactMap { t.tokenizer.tokenToId($0) }.map { .int($0) }))
        },
        Property("vocab_size") { v, _ in .int(try tokenizer(v).vocabSize) },
        Property("model_max_length") { v, interpreter in
            // transformers' VERY_LARGE_INTEGER (int(1e30)) when the model names no maximum.
            try tokenizer(v).modelMaxLength.map { .int($0) } ?? interpreter.literal("1000000000000000019884624838656")
        },
        Property("name_or_path") { v, _ in
            guard case .native(let t as TokenizerObject) = v else { return .none }
            return .str(t.nameOrPath)
        },
        Property("padding_side", get: { v, _ in .str(try tokenizer(v).paddingSide.rawValue) }, set: { v, side, _ in
            guard case .str(let s) = side, let parsed = Padding.Side(rawValue: s) else {
                throw PyException.valueError("Padding side should be selected between 'right' and 'left', current value: \(side)")
            }
            try tokenizer(v).paddingSide = parsed
        }),
    ])

    private static func tokenizer(_ v: Value) throws -> HFTokenizer {
        guard case .native(let t as TokenizerObject) = v else { throw PyException.typeError("expected a tokenizer") }
        return t.tokenizer
    }

    private static func optionalInt(_ i: Int?) -> Value { i.map { .int($0) } ?? .none }

    /// Rows of token ids: a 2-D tensor or a list of id lists or 1-D tensors.
    static func sequences(_ v: Value) throws -> [[Int]] {
        if case .native(let t as TensorObject) = v, t.tensor.rank == 2 {
            return try (0..<t.tensor.shape[0]).map { row in try ids(.native(TensorObject(try torchCall { try t.tensor.select(dim: 0, index: row) }))) }
        }
        guard let items = Convert.sequence(v) else { throw PyException.typeError("sequences must be a list or a tensor, not \(v.typeName)") }
        return try items.map(ids)
    }

    /// Token ids given as a list of ints or a 1-D tensor.
    static func ids(_ v: Value) throws -> [Int] {
        if case .native(let t as TensorObject) = v {
            guard t.tensor.rank <= 1 else { throw PyException.typeError("decode() expects a 1-D sequence of token ids, got a tensor of shape \(t.tensor.shape)") }
            return t.tensor.toInt64Array().map { Int($0) }
        }
        guard let items = Convert.sequence(v) else { throw PyException.typeError("token ids must be a list of ints or a tensor, not \(v.typeName)") }
        return try items.map {
            guard let i = $0.integer else { throw PyException.typeError("token ids must be ints, not \($0.typeName)") }
            return i
        }
    }
}

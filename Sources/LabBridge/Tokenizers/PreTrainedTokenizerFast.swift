import Foundation
import LabScript
import LabTokenizers

/// `transformers.PreTrainedTokenizerFast(tokenizer_object=tok, unk_token=..., model_max_length=...)`: wraps a
/// `tokenizers.Tokenizer` (or a tokenizer.json file) with the transformers settings, making the same tokenizer
/// object `AutoTokenizer.from_pretrained` returns. Its configuration files are the ones transformers writes, so
/// `save_pretrained` makes a folder both this engine and transformers load.
enum PreTrainedTokenizerFast {
    static let specialTokenKeys = ["bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"]

    static let constructor = Function("PreTrainedTokenizerFast", params: ["*inputs", "tokenizer_object=None", "tokenizer_file=None", "**kwargs"]) { a in
        let settings = Dictionary(a.kwargs, uniquingKeysWith: { _, last in last })
        let specials = try specialTokenKeys.compactMap { key -> (String, String)? in
            guard let value = settings[key], !value.isNone else { return nil }
            guard case .str(let token) = value else { throw PyException.typeError("\(key) must be a str, not \(value.typeName)") }
            return (key, token)
        }
        let document = try definition(a, adding: specials.map(\.1))
        let tokenizer = try tokenizersCall { try Tokenizer(data: Data(document.utf8), file: "tokenizer.json") }
        let config = try configuration(settings, specials: specials, addedTokens: tokenizer.addedTokens)
        let loaded = try hubCall {
            try HFTokenizer(files: ["tokenizer.json": Data(document.utf8), "tokenizer_config.json": config.tokenizerConfig,
                                    "special_tokens_map.json": config.specialTokensMap])
        }
        return .native(TokenizerObject(loaded, nameOrPath: ""))
    }

    /// The tokenizer.json text of `tokenizer_object` (with the special tokens added, as transformers adds those
    /// missing from the vocabulary) or of `tokenizer_file`.
    private static func definition(_ a: Args, adding specials: [String]) throws -> String {
        if a.optional("tokenizer_object") != nil {
            var definition = try a.native("tokenizer_object", as: TokenizerPipelineObject.self).definition
            definition.addSpecialTokens(specials)
            return try tokenizersCall { try definition.document }
        }
        guard a.optional("tokenizer_file") != nil else {
            throw PyException.valueError("Couldn't instantiate the backend tokenizer from one of: (1) a `tokenizers` library serialization file, (2) a slow tokenizer instance to convert or (3) an equivalent slow tokenizer class to instantiate and convert. You need to have sentencepiece installed to convert a slow tokenizer to a fast one.")
        }
        let path = try a.string("tokenizer_file")
        guard let data = FileManager.default.contents(atPath: path) else { throw PyException(.exception, "No such file or directory (os error 2)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// tokenizer_config.json and special_tokens_map.json as transformers 4.46 writes them.
    private static func configuration(_ settings: [String: Value], specials: [(String, String)],
                                      addedTokens: [AddedToken]) throws -> (tokenizerConfig: Data, specialTokensMap: Data) {
        var config: [String: Any] = ["tokenizer_class": "PreTrainedTokenizerFast", "clean_up_tokenization_spaces": false]
        var decoder: [String: Any] = [:]
        for token in addedTokens {
            decoder[String(token.id)] = ["content": token.content, "lstrip": token.lstrip, "normalized": token.normalized,
                                         "rstrip": token.rstrip, "single_word": token.singleWord, "special": token.special]
        }
        config["added_tokens_decoder"] = decoder
        for (key, token) in specials { config[key] = token }
        for key in ["model_max_length", "padding_side", "truncation_side", "clean_up_tokenization_spaces"] {
            if let value = settings[key], !value.isNone { config[key] = try PythonJSON.value(value) }
        }
        for side in ["padding_side", "truncation_side"] {
            if let value = config[side] as? String, value != "left" && value != "right" {
                throw PyException.valueError("\(side) should be selected between 'right' and 'left', current value: \(value)")
            }
        }
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try JSONSerialization.data(withJSONObject: config, options: options),
                try JSONSerialization.data(withJSONObject: Dictionary(uniqueKeysWithValues: specials), options: options))
    }
}

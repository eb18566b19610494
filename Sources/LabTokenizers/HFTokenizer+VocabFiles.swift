import Foundation

extension HFTokenizer {
    /// A tokenizer.json equivalent to the byte-level BPE that transformers builds from a RoBERTa/GPT-2 style
    /// `vocab.json` + `merges.txt` pair, for checkpoints saved without tokenizer.json.
    ///
    /// The special tokens named in `config` become added tokens; entries of its `added_tokens_decoder` add
    /// tokens or override their flags (such as RoBERTa's `<mask>` with `lstrip`).
    static func byteLevelBPEDefinition(files: [String: Data], folder: String, config: JSONMap) throws -> Data {
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        guard let vocabData = files["vocab.json"], let mergesData = files["merges.txt"],
              let mergesText = String(data: mergesData, encoding: .utf8) else {
            throw TokenizerError.invalidFile(file: path("tokenizer.json"),
                                             problem: "cannot be read, and there is no vocab.json + merges.txt pair either")
        }
        let vocabJSON = try JSONObject(data: vocabData, file: path("vocab.json"))
        let vocab = try TokenizerModelFactory.vocabulary(JSONObject(JSONMap([("vocab", .object(vocabJSON.members))]), file: path("vocab.json")))
        let merges = mergesText.split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
            .filter { !$0.hasPrefix("#version") && !$0.isEmpty }
        let added = try addedTokens(config: config, vocab: vocab, folder: folder)
        let idOf = { (token: String) -> Int in
            vocab[token] ?? added.first { $0["content"]?.stringValue == token }?["id"]?.intValue ?? 0
        }
        let cls = tokenContent(config["cls_token"]) ?? "<s>"
        let sep = tokenContent(config["sep_token"]) ?? "</s>"
        let addPrefixSpace = JSONValue.bool(config["add_prefix_space"]?.boolValue ?? false)
        let byteLevel = JSONValue.object(JSONMap([("type", .string("ByteLevel")), ("add_prefix_space", addPrefixSpace),
                                                  ("trim_offsets", .bool(true)), ("use_regex", .bool(true))]))
        let definition = JSONMap([
            ("version", .string("1.0")),
            ("added_tokens", .array(added.map(JSONValue.object))),
            ("normalizer", .null),
            ("pre_tokenizer", byteLevel),
            ("post_processor", .object(JSONMap([
                ("type", .string("RobertaProcessing")),
                ("sep", .array([.string(sep), .number(Double(idOf(sep)))])),
                ("cls", .array([.string(cls), .number(Double(idOf(cls)))])),
                ("trim_offsets", .bool(true)), ("add_prefix_space", addPrefixSpace),
            ]))),
            ("decoder", byteLevel),
            ("model", .object(JSONMap([
                ("type", .string("BPE")), ("dropout", .null), ("unk_token", .null),
                ("continuing_subword_prefix", .string("")), ("end_of_word_suffix", .string("")),
                ("fuse_unk", .bool(false)), ("byte_fallback", .bool(false)), ("ignore_merges", .bool(false)),
                ("vocab", .object(vocabJSON.members)), ("merges", .array(merges.map(JSONValue.string))),
            ]))),
        ])
        return Data(JSONValue.object(definition).serialized.utf8)
    }

    /// The special tokens of the configuration, then the entries of `added_tokens_decoder`.
    private static func addedTokens(config: JSONMap, vocab: Vocabulary, folder: String) throws -> [JSONMap] {
        var added: [JSONMap] = []
        var nextId = (vocab.entries.map(\.id).max() ?? -1) + 1
        let names = ["bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"]
        for content in names.compactMap({ tokenContent(config[$0]) })
        where !added.contains(where: { $0["content"]?.stringValue == content }) {
            let id = vocab[content] ?? nextId
            if vocab[content] == nil { nextId += 1 }
            added.append(JSONMap([("id", .number(Double(id))), ("content", .string(content)), ("single_word", .bool(false)),
                                  ("lstrip", .bool(false)), ("rstrip", .bool(false)), ("normalized", .bool(false)),
                                  ("special", .bool(true))]))
        }
        guard let decoder = config["added_tokens_decoder"]?.objectValue else { return added }
        for (key, value) in decoder.members {
            guard let id = Int(key), var entry = value.objectValue, let content = entry["content"]?.stringValue else {
                throw TokenizerError.invalidFile(file: (folder as NSString).appendingPathComponent("tokenizer_config.json"),
                                                 problem: "added_tokens_decoder.\(key): expected an id with an object holding content")
            }
            entry["id"] = .number(Double(id))
            added.removeAll { $0["content"]?.stringValue == content }
            added.append(entry)
        }
        return added
    }

    /// A special token given as a string or as an AddedToken object with `content`.
    static func tokenContent(_ value: JSONValue?) -> String? {
        value?.stringValue ?? value?.objectValue?["content"]?.stringValue
    }
}

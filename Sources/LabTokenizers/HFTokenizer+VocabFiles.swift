import Foundation

extension HFTokenizer {
    /// A tokenizer.json equivalent to the byte-level BPE that transformers builds from a RoBERTa/GPT-2 style
    /// `vocab.json` + `merges.txt` pair, for checkpoints saved without tokenizer.json.
    ///
    /// The special tokens named in `config` become added tokens; entries of its `added_tokens_decoder` add
    /// tokens or override their flags (such as RoBERTa's `<mask>` with `lstrip`).
    static func byteLevelBPEDefinition(folder: URL, config: [String: Any]) throws -> Data {
        let vocabURL = folder.appendingPathComponent("vocab.json")
        let mergesURL = folder.appendingPathComponent("merges.txt")
        let vocabData: Data
        let mergesText: String
        do {
            vocabData = try Data(contentsOf: vocabURL)
            mergesText = try String(contentsOf: mergesURL, encoding: .utf8)
        } catch {
            throw TokenizerError.invalidFile(file: folder.appendingPathComponent("tokenizer.json").path,
                                             problem: "cannot be read, and there is no vocab.json + merges.txt pair either")
        }
        let vocabJSON = try JSONObject(data: vocabData, file: vocabURL.path)
        let vocab = try TokenizerModelFactory.vocabulary(JSONObject(["vocab": vocabJSON.storage], file: vocabURL.path))
        let merges = mergesText.split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
            .filter { !$0.hasPrefix("#version") && !$0.isEmpty }
        let addPrefixSpace = config["add_prefix_space"] as? Bool ?? false
        let names = ["bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"]
        let specials = names.compactMap { config[$0] }.compactMap { ($0 as? String) ?? ($0 as? [String: Any])?["content"] as? String }
        var added: [[String: Any]] = []
        var nextId = (vocab.entries.map(\.id).max() ?? -1) + 1
        for content in specials where !added.contains(where: { $0["content"] as? String == content }) {
            let id = vocab[content] ?? nextId
            if vocab[content] == nil { nextId += 1 }
            added.append(["id": id, "content": content, "single_word": false, "lstrip": false, "rstrip": false,
                          "normalized": false, "special": true])
        }
        if let decoder = config["added_tokens_decoder"] as? [String: Any] {
            for (key, value) in decoder {
                guard let id = Int(key), let entry = value as? [String: Any], let content = entry["content"] as? String else {
                    throw TokenizerError.invalidFile(file: folder.appendingPathComponent("tokenizer_config.json").path,
                                                     problem: "added_tokens_decoder.\(key): expected an id with an object holding content")
                }
                added.removeAll { $0["content"] as? String == content }
                added.append(entry.merging(["id": id, "content": content]) { _, new in new })
            }
        }
        let cls = config["cls_token"].flatMap { ($0 as? String) ?? ($0 as? [String: Any])?["content"] as? String } ?? "<s>"
        let sep = config["sep_token"].flatMap { ($0 as? String) ?? ($0 as? [String: Any])?["content"] as? String } ?? "</s>"
        let idOf = { (token: String) in vocab[token] ?? added.first { $0["content"] as? String == token }?["id"] as? Int ?? 0 }
        let definition: [String: Any] = [
            "version": "1.0",
            "added_tokens": added,
            "normalizer": NSNull(),
            "pre_tokenizer": ["type": "ByteLevel", "add_prefix_space": addPrefixSpace, "trim_offsets": true, "use_regex": true],
            "post_processor": ["type": "RobertaProcessing", "sep": [sep, idOf(sep)], "cls": [cls, idOf(cls)],
                               "trim_offsets": true, "add_prefix_space": addPrefixSpace],
            "decoder": ["type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true],
            "model": ["type": "BPE", "dropout": NSNull(), "unk_token": NSNull(), "continuing_subword_prefix": "",
                      "end_of_word_suffix": "", "fuse_unk": false, "byte_fallback": false, "ignore_merges": false,
                      "vocab": vocabJSON.storage, "merges": merges],
        ]
        return try JSONSerialization.data(withJSONObject: definition, options: [.sortedKeys])
    }
}

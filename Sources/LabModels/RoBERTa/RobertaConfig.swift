import Foundation
import LabNN

/// The fields of transformers' `RobertaConfig` that RobertaForSequenceClassification reads, with the
/// same names and defaults (roberta-base's sizes).
public struct RobertaConfig {
    public var vocabSize = 50265
    public var hiddenSize = 768
    public var numHiddenLayers = 12
    public var numAttentionHeads = 12
    public var intermediateSize = 3072
    public var hiddenAct = "gelu"
    public var hiddenDropoutProb: Float = 0.1
    public var attentionProbsDropoutProb: Float = 0.1
    public var maxPositionEmbeddings = 512
    public var typeVocabSize = 2
    public var initializerRange: Float = 0.02
    public var layerNormEps: Float = 1e-12
    public var padTokenId = 1
    public var bosTokenId = 0
    public var eosTokenId = 2
    /// Dropout before the classifier's layers; `nil` means `hiddenDropoutProb`.
    public var classifierDropout: Float?
    /// Label names by class index (`id2label`); by default `LABEL_0`, `LABEL_1`.
    public var id2label: [Int: String] = [0: "LABEL_0", 1: "LABEL_1"]
    /// `single_label_classification`, `multi_label_classification`, `regression`, or unset.
    public var problemType: String?
    /// Every key of config.json, including those not modelled above (written back on save).
    public var json = ConfigJSON()

    public init() {}

    /// The number of classes, `len(id2label)`.
    public var numLabels: Int { id2label.count }

    /// Class index by label name, the inverse of ``id2label``.
    public var label2id: [String: Int] {
        Dictionary(id2label.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    /// The head size, `hidden_size / num_attention_heads`.
    public var headDim: Int { hiddenSize / numAttentionHeads }
}

extension RobertaConfig {
    /// Reads a parsed `config.json`; keys not listed keep their defaults. `file` names it in errors.
    public init(json: ConfigJSON, file: String = "config.json") throws {
        self.init()
        self.json = json
        vocabSize = try json.int("vocab_size", default: vocabSize, in: file)
        hiddenSize = try json.int("hidden_size", default: hiddenSize, in: file)
        numHiddenLayers = try json.int("num_hidden_layers", default: numHiddenLayers, in: file)
        numAttentionHeads = try json.int("num_attention_heads", default: numAttentionHeads, in: file)
        intermediateSize = try json.int("intermediate_size", default: intermediateSize, in: file)
        hiddenAct = try json.string("hidden_act", default: hiddenAct, in: file)
        hiddenDropoutProb = Float(try json.double("hidden_dropout_prob", default: Double(hiddenDropoutProb), in: file))
        attentionProbsDropoutProb = Float(try json.double("attention_probs_dropout_prob",
                                                          default: Double(attentionProbsDropoutProb), in: file))
        maxPositionEmbeddings = try json.int("max_position_embeddings", default: maxPositionEmbeddings, in: file)
        typeVocabSize = try json.int("type_vocab_size", default: typeVocabSize, in: file)
        initializerRange = Float(try json.double("initializer_range", default: Double(initializerRange), in: file))
        layerNormEps = Float(try json.double("layer_norm_eps", default: Double(layerNormEps), in: file))
        padTokenId = try json.int("pad_token_id", default: padTokenId, in: file)
        bosTokenId = try json.int("bos_token_id", default: bosTokenId, in: file)
        eosTokenId = try json.int("eos_token_id", default: eosTokenId, in: file)
        if json.values["classifier_dropout"].map({ !($0 is NSNull) }) ?? false {
            classifierDropout = Float(try json.double("classifier_dropout", default: 0, in: file))
        }
        if json.values["problem_type"].map({ !($0 is NSNull) }) ?? false {
            problemType = try json.string("problem_type", default: "", in: file)
        }
        if let labels = try json.labelNames("id2label", in: file) {
            id2label = labels
        } else if let count = try json.optionalInt("num_labels", in: file) {
            id2label = Dictionary(uniqueKeysWithValues: (0..<max(count, 0)).map { ($0, "LABEL_\($0)") })
        }
        let positions = try json.string("position_embedding_type", default: "absolute", in: file)
        guard positions == "absolute" else {
            throw HubError.badConfigValue(file: file, key: "position_embedding_type", expected: "\"absolute\" (the only kind supported)", got: positions)
        }
        try validate(file: file)
    }

    /// Reads `config.json` at `url`.
    public init(contentsOf url: URL) throws {
        try self.init(json: ConfigJSON(contentsOf: url), file: url.path)
    }

    /// Sizes that cannot build a model are errors naming the key.
    func validate(file: String) throws {
        func fail(_ key: String, _ expected: String, _ got: Any) -> HubError {
            HubError.badConfigValue(file: file, key: key, expected: expected, got: "\(got)")
        }
        let positive = [("vocab_size", vocabSize), ("hidden_size", hiddenSize), ("num_attention_heads", numAttentionHeads),
                        ("intermediate_size", intermediateSize), ("max_position_embeddings", maxPositionEmbeddings),
                        ("type_vocab_size", typeVocabSize)]
        for (key, value) in positive where value <= 0 { throw fail(key, "positive", value) }
        if numHiddenLayers < 0 { throw fail("num_hidden_layers", "at least 0", numHiddenLayers) }
        if hiddenSize % numAttentionHeads != 0 {
            throw fail("hidden_size", "a multiple of num_attention_heads (\(numAttentionHeads))", hiddenSize)
        }
        if padTokenId < 0 || padTokenId + 1 >= maxPositionEmbeddings {
            throw fail("pad_token_id", "at least 0 and below max_position_embeddings - 1", padTokenId)
        }
        if id2label.isEmpty || Set(id2label.keys) != Set(0..<id2label.count) {
            throw fail("id2label", "keyed by 0..<num_labels", id2label.keys.sorted())
        }
        do { _ = try Activation(named: hiddenAct) } catch { throw fail("hidden_act", "an activation transformers knows", hiddenAct) }
        try ConfigLimits.requireModelType(json, "roberta", file: file)
        let hidden = Double(hiddenSize)
        let perLayer = 4 * hidden * hidden + 2 * hidden * Double(intermediateSize)
        let parameters = (Double(vocabSize) + Double(maxPositionEmbeddings)) * hidden + Double(numHiddenLayers) * perLayer
        try ConfigLimits.requireBuildable(parameters: parameters, file: file, key: "num_hidden_layers", value: numHiddenLayers)
    }

    /// config.json's content: the kept keys overwritten by the modelled fields.
    public func toJSON() -> ConfigJSON {
        var out = json
        var values: [String: Any] = [
            "model_type": "roberta",
            "vocab_size": vocabSize, "hidden_size": hiddenSize, "num_hidden_layers": numHiddenLayers,
            "num_attention_heads": numAttentionHeads, "intermediate_size": intermediateSize, "hidden_act": hiddenAct,
            "hidden_dropout_prob": jsonNumber(hiddenDropoutProb),
            "attention_probs_dropout_prob": jsonNumber(attentionProbsDropoutProb),
            "max_position_embeddings": maxPositionEmbeddings, "type_vocab_size": typeVocabSize,
            "initializer_range": jsonNumber(initializerRange), "layer_norm_eps": jsonNumber(layerNormEps),
            "pad_token_id": padTokenId, "bos_token_id": bosTokenId, "eos_token_id": eosTokenId,
            "position_embedding_type": "absolute", "use_cache": true, "torch_dtype": "float32",
            "classifier_dropout": classifierDropout.map { jsonNumber($0) as Any } ?? NSNull(),
            "id2label": Dictionary(uniqueKeysWithValues: id2label.map { (String($0.key), $0.value) }),
            "label2id": label2id,
        ]
        if let problemType { values["problem_type"] = problemType }
        out.values.merge(values) { _, new in new }
        if out.values["architectures"] == nil { out.values["architectures"] = ["RobertaForSequenceClassification"] }
        return out
    }
}

extension ConfigJSON {
    /// An `id2label`-style object (decimal string keys to names), or `nil` when absent.
    func labelNames(_ key: String, in file: String) throws -> [Int: String]? {
        guard let raw = values[key], !(raw is NSNull) else { return nil }
        guard let object = raw as? [String: Any] else {
            throw HubError.badConfigValue(file: file, key: key, expected: "an object", got: "\(raw)")
        }
        var labels: [Int: String] = [:]
        for (id, name) in object {
            guard let index = Int(id), let name = name as? String else {
                throw HubError.badConfigValue(file: file, key: key, expected: "integer keys with label names", got: "\(raw)")
            }
            labels[index] = name
        }
        return labels
    }
}

/// A Float as the JSON number Python writes for it (`0.1`, not `0.10000000149011612`).
func jsonNumber(_ value: Float) -> Double { Double(value.description) ?? Double(value) }

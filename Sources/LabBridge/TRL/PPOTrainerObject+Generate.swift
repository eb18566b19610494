import LabScript
import LabModels
import LabTensor

extension PPOTrainerObject {
    /// Arguments of trl's `generate` that are not generation settings.
    static let ownKeywords: Set<String> = ["length_sampler", "batch_size", "return_prompt", "remove_padding", "generate_ref_response"]

    /// `generate(query_tensor, **generation_kwargs)`: a 1-D query gives `[1, T]` ids; a list of
    /// queries is generated in left-padded batches of `batch_size`, each response cut after its
    /// first end-of-sequence token (trl's `_generate_batched` for an encoder-decoder model).
    func generate(_ a: Args) throws -> Value {
        guard let t5 = model.seq2seq else { fatalError("a PPO model holds a T5") }
        var config = t5.generationConfig
        try hubCall { try config.update(from: try PythonJSON.config(a.kwargs.filter { !Self.ownKeywords.contains($0.0) })) }
        let sampler = a.kwargs.first { $0.0 == "length_sampler" }?.1
        if case .native(let query as TensorObject) = a["query_tensor"] {
            if let sampler, !sampler.isNone { config.maxNewTokens = try a.interpreter.call(sampler, []).integer }
            let ids = try torchCall { try query.tensor.unsqueeze(0) }
            return .native(TensorObject(try hubCall {
                try interruptible(a.interpreter) { stop in
                    try t5.generate(inputIds: ids, config: config, generator: &model.random.models, shouldStop: stop)
                }
            }))
        }
        guard let items = Convert.sequence(a["query_tensor"]) else {
            throw PyException.valueError("query_tensor must be a tensor or a list of tensors, not \(a["query_tensor"].typeName)")
        }
        let queries: [Tensor] = try items.map {
            guard case .native(let t as TensorObject) = $0 else { throw PyException.valueError("queries must be tensors, got \($0.typeName)") }
            return t.tensor
        }
        let batchSize = max(1, (a.kwargs.first { $0.0 == "batch_size" }?.1.integer) ?? 4)
        let pad = tokenizer.tokenizer.padTokenId ?? 0, eos = tokenizer.tokenizer.eosTokenId
        var responses: [Value] = []
        for start in stride(from: 0, to: queries.count, by: batchSize) {
            if let sampler, !sampler.isNone { config.maxNewTokens = try a.interpreter.call(sampler, []).integer }
            let batch = Array(queries[start..<min(start + batchSize, queries.count)])
            let (ids, mask) = try leftPadded(batch, pad: pad)
            let generated = try hubCall {
                try interruptible(a.interpreter) { stop in
                    try t5.generate(inputIds: ids, attentionMask: mask, config: config, generator: &model.random.models, shouldStop: stop)
                }
            }
            let width = generated.shape[1], flat = generated.toInt64Array()
            for row in 0..<batch.count {
                var output = Array(flat[row * width..<(row + 1) * width])
                if let eos, let end = output.firstIndex(of: Int64(eos)) { output = Array(output[...end]) }
                responses.append(.native(TensorObject(try torchCall { try Tensor(int64: output, shape: [output.count]) })))
            }
        }
        return .list(PyList(responses))
    }

    /// Queries padded on the left to the longest: ids and attention mask `[B, L]`.
    private func leftPadded(_ queries: [Tensor], pad: Int) throws -> (Tensor, Tensor) {
        let longest = queries.map(\.scalarCount).max() ?? 0
        var ids: [Int64] = [], mask: [Int64] = []
        for query in queries {
            let missing = longest - query.scalarCount
            ids += Array(repeating: Int64(pad), count: missing) + query.toInt64Array()
            mask += Array(repeating: 0, count: missing) + Array(repeating: 1, count: query.scalarCount)
        }
        return try torchCall {
            (try Tensor(int64: ids, shape: [queries.count, longest]), try Tensor(int64: mask, shape: [queries.count, longest]))
        }
    }

    static let cls = NativeClass("PPOTrainer", module: "trl.trainer.ppo_trainer", methods: [
        Function("generate", params: ["query_tensor", "**generation_kwargs"]) { a in try a.receiver(as: PPOTrainerObject.self).generate(a) },
        Function("step", params: ["queries", "responses", "scores", "response_masks=None"]) { a in try a.receiver(as: PPOTrainerObject.self).step(a) },
        Function("log_stats", params: ["stats", "batch", "rewards", "columns_to_log=None"]) { a in
            try a.receiver(as: PPOTrainerObject.self).history.append(a["stats"])
            return .none
        },
    ], properties: [
        Property("dataloader") { v, _ in
            guard case .native(let t as PPOTrainerObject) = v else { return .none }
            return .native(t.dataloader)
        },
        Property("model") { v, _ in
            guard case .native(let t as PPOTrainerObject) = v else { return .none }
            return .native(t.model)
        },
        Property("tokenizer") { v, _ in
            guard case .native(let t as PPOTrainerObject) = v else { return .none }
            return .native(t.tokenizer)
        },
    ])
}

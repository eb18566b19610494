import Foundation
import LabModels
import LabNN
import LabTensor

/// T5 at flan-t5-small's size with random weights (d_model 512, d_ff 1024, 8+8 layers, 6 heads,
/// d_kv 64, vocab 32128, gated-gelu): the costs of one PPO step at batch 16 × 128 query tokens ×
/// 32 response tokens, and sampled-generation speed for 1 and for 16 prompts.
public enum T5Bench {
    public struct Config {
        public var batch = 16, queryTokens = 128, responseTokens = 32
        public init() {}
    }

    /// flan-t5-small's configuration.
    public static func flanT5Small() -> T5Config {
        var config = T5Config()
        (config.dModel, config.dFF, config.dKV, config.numHeads) = (512, 1024, 64, 6)
        (config.numLayers, config.numDecoderLayers, config.vocabSize) = (8, 8, 32128)
        (config.feedForwardProj, config.tieWordEmbeddings, config.decoderStartTokenId) = ("gated-gelu", false, 0)
        return config
    }

    /// Times every case with `threads` threads; `budget` is the seconds spent on each measurement.
    public static func measure(_ bench: Config = Config(), threads: Int, budget: Double) throws -> T5BenchResult {
        let saved = Parallel.threadCount
        Parallel.threadCount = threads
        defer { Parallel.threadCount = saved }
        let model = try T5ForConditionalGeneration(config: flanT5Small(), weights: WeightInitializer(seed: 0))
        model.eval()
        var generator = RandomGenerator(seed: 1)
        let vocabulary = model.config.vocabSize
        func ids(_ rows: Int, _ length: Int) throws -> Tensor {
            try Tensor(indices: (0..<rows * length).map { _ in 2 + generator.next(below: vocabulary - 2) }, shape: [rows, length])
        }
        let query = try ids(bench.batch, bench.queryTokens)
        let response = try ids(bench.batch, bench.responseTokens)

        var failure: Error?
        func timed(_ job: () throws -> Void) -> Double {
            BenchTimer.best(budget: budget, minRuns: 1) { do { try job() } catch { failure = error } }.wall
        }
        let forward = timed { _ = try withNoGrad { try model(inputIds: query, decoderInputIds: response).logits } }
        func step() throws { try model(inputIds: query, decoderInputIds: response).logits.logSoftmax(dim: -1).mean().backward() }
        let forwardBackward = timed(step)
        // A frozen base with one trainable weight at the bottom of the encoder: gradients flow through
        // every layer, but no base weight gradient is formed — the backward cost of LoRA adapters.
        model.requiresGrad(false)
        model.module(at: "encoder.block.0.layer.0.layer_norm")?.parameter("weight")?.requiresGrad = true
        let frozenForwardBackward = timed(step)
        model.requiresGrad(true)
        let generateBatch = timed { _ = try sample(model, try ids(bench.batch, bench.queryTokens), bench.responseTokens, &generator) }
        let generateOne = timed { _ = try sample(model, try ids(1, bench.queryTokens), bench.responseTokens, &generator) }
        if let failure { throw failure }
        let tokens = Double(bench.responseTokens)
        return T5BenchResult(
            shape: "B=\(bench.batch) query=\(bench.queryTokens) response=\(bench.responseTokens)", threads: threads,
            forwardSeconds: forward, forwardBackwardSeconds: forwardBackward,
            frozenBaseForwardBackwardSeconds: frozenForwardBackward,
            ppoStepSeconds: generateBatch + 2 * forward + frozenForwardBackward,
            tokensPerSecondOnePrompt: tokens / generateOne,
            tokensPerSecondBatch: tokens * Double(bench.batch) / generateBatch)
    }

    /// Samples exactly `tokens` new tokens per prompt (no end-of-sequence token, top-k and top-p
    /// off, as trl's PPO rollouts are configured).
    private static func sample(_ model: T5ForConditionalGeneration, _ prompts: Tensor, _ tokens: Int,
                               _ generator: inout RandomGenerator) throws -> Tensor {
        var config = GenerationConfig(model: model.config)
        (config.doSample, config.topK, config.topP, config.maxNewTokens, config.eosTokenIds) = (true, 0, 1, tokens, [])
        return try model.generate(inputIds: prompts, config: config, generator: &generator)
    }
}

/// The T5 bench's measurements. `ppoStepSeconds` adds what one PPO step with LoRA adapters does:
/// sample the batch's responses, two no-grad forwards (policy and reference log-probabilities) and
/// one forward+backward through the frozen base.
public struct T5BenchResult: Codable {
    public var shape: String
    public var threads: Int
    public var forwardSeconds: Double
    public var forwardBackwardSeconds: Double
    public var frozenBaseForwardBackwardSeconds: Double
    public var ppoStepSeconds: Double
    public var tokensPerSecondOnePrompt: Double
    public var tokensPerSecondBatch: Double

    /// A few lines for the bench table.
    public func table() -> String {
        func f(_ value: Double) -> String { String(format: "%.2f", value) }
        return """
        T5 (flan-t5-small size, random weights) \(shape), \(threads) thread(s)
          forward                  \(f(forwardSeconds)) s
          forward+backward         \(f(forwardBackwardSeconds)) s   (all weights trainable)
          forward+backward         \(f(frozenBaseForwardBackwardSeconds)) s   (frozen base, as under LoRA)
          PPO step (estimate)      \(f(ppoStepSeconds)) s   (sample the batch + 2 forwards + frozen-base forward+backward)
          sampling, 1 prompt       \(f(tokensPerSecondOnePrompt)) tokens/s
          sampling, 16 prompts     \(f(tokensPerSecondBatch)) tokens/s
        """
    }
}

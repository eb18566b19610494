import Foundation
import LabModels
import LabNN
import LabRL
import LabTensor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One trl PPO step (`PPOTrainer.step`) on a T5 with random weights and a value head: batch 16,
/// 128 query tokens, responses of the decoder start token and 32 tokens, mini-batch 4, one epoch,
/// and either LoRA adapters (r=32, α=32, dropout 0.05 on q and v, the reference being the policy
/// with its adapters disabled, as trl does for a PEFT model) or a full fine-tune (the reference a
/// second copy). Ids and scores follow fixed formulas that `scripts/bench/compare_trl.py` repeats
/// in Python, so both sides train on the same batch.
public enum PPOStepBench {
    public enum Size: String, CaseIterable, Codable {
        /// About 1.3M parameters: the cost is per-op overhead, not flops.
        case tiny
        /// flan-t5-small's shapes (77M parameters with the untied head).
        case small
        /// flan-t5-base's shapes (248M parameters): the course's model.
        case base

        /// The T5 configuration of this size (gated-gelu, untied head, as flan-t5).
        public var config: T5Config {
            var config = T5Config()
            switch self {
            case .tiny:
                (config.dModel, config.dFF, config.dKV, config.numHeads, config.numLayers, config.vocabSize) = (64, 128, 16, 4, 2, 8192)
            case .small:
                (config.dModel, config.dFF, config.dKV, config.numHeads, config.numLayers, config.vocabSize) = (512, 1024, 64, 6, 8, 32128)
            case .base:
                (config.dModel, config.dFF, config.dKV, config.numHeads, config.numLayers, config.vocabSize) = (768, 2048, 64, 12, 12, 32128)
            }
            (config.feedForwardProj, config.tieWordEmbeddings, config.decoderStartTokenId) = ("gated-gelu", false, 0)
            return config
        }
    }

    public struct Options {
        public var size: Size
        public var lora: Bool
        /// Threads (default: `Parallel.threadCount`).
        public var threads: Int?
        /// Timed steps after one warm-up step; the best counts.
        public var steps: Int
        public var batch = 16, queryTokens = 128, responseTokens = 32, miniBatch = 4

        public init(size: Size, lora: Bool, threads: Int?, steps: Int) {
            (self.size, self.lora, self.threads, self.steps) = (size, lora, threads, steps)
        }
    }

    /// Query token j of sample i: `2 + (i·7919 + j·104729) mod (V − 2)` (0 and 1 are pad and end).
    static func queryToken(_ i: Int, _ j: Int, vocabulary: Int) -> Int64 { Int64(2 + (i * 7919 + j * 104_729) % (vocabulary - 2)) }
    /// Response token j ≥ 1 of sample i: `2 + (i·31 + j·7907) mod (V − 2)`; token 0 is the decoder start token.
    static func responseToken(_ i: Int, _ j: Int, vocabulary: Int) -> Int64 {
        j == 0 ? 0 : Int64(2 + (i * 31 + j * 7907) % (vocabulary - 2))
    }
    /// Score of sample i: `(i mod 5 − 2) / 2`.
    static func score(_ i: Int) -> Float { Float(i % 5 - 2) / 2 }

    /// Builds the model and runs one warm-up step and `steps` timed steps.
    public static func measure(_ options: Options) throws -> PPOStepResult {
        let saved = Parallel.threadCount
        let threads = options.threads ?? saved
        Parallel.threadCount = threads
        defer { Parallel.threadCount = saved }
        let config = options.size.config
        let vocabulary = config.vocabSize
        let t5 = try T5ForConditionalGeneration(config: config, weights: WeightInitializer(seed: 0))
        let policy: Seq2SeqValueHeadPolicy, reference: PPOModel
        if options.lora {
            let lora = LoraConfig(r: 32, loraAlpha: 32, targetModules: .names(["q", "v"]), loraDropout: 0.05, taskType: "SEQ_2_SEQ_LM")
            let peft = try PeftModel(t5, config: lora)
            policy = Seq2SeqValueHeadPolicy(try Seq2SeqLMWithValueHead(policy: peft))
            reference = AdapterFreeReference(policy, peft: peft)
        } else {
            policy = Seq2SeqValueHeadPolicy(try Seq2SeqLMWithValueHead(policy: t5))
            let copy = try T5ForConditionalGeneration(config: config, weights: WeightInitializer(seed: 0))
            reference = Seq2SeqValueHeadPolicy(try Seq2SeqLMWithValueHead(policy: copy))
        }
        var ppo = PPOConfig()
        (ppo.batchSize, ppo.miniBatchSize, ppo.ppoEpochs, ppo.learningRate) = (options.batch, options.miniBatch, 1, 1.41e-5)
        let trainer = try PPOTrainer(config: ppo, policy: policy, reference: reference, padTokenId: 0)
        let queries = try (0..<options.batch).map { i in
            try Tensor(int64: (0..<options.queryTokens).map { queryToken(i, $0, vocabulary: vocabulary) }, shape: [options.queryTokens])
        }
        let responses = try (0..<options.batch).map { i in
            try Tensor(int64: (0...options.responseTokens).map { responseToken(i, $0, vocabulary: vocabulary) },
                       shape: [options.responseTokens + 1])
        }
        let scores = try (0..<options.batch).map { try Tensor([score($0)], shape: []) }

        var wall: [Double] = [], cpu: [Double] = []
        for run in 0...options.steps {
            let (wall0, cpu0) = (BenchTimer.now(), processCPU())
            _ = try trainer.step(queries: queries, responses: responses, scores: scores)
            if run > 0 { wall.append(BenchTimer.now() - wall0); cpu.append(processCPU() - cpu0) }
        }
        return PPOStepResult(size: options.size, lora: options.lora, threads: threads,
                             parameters: policy.model.parameterCount(), trainableParameters: policy.model.parameterCount(trainableOnly: true),
                             wallSeconds: wall.min() ?? 0, cpuSeconds: cpu.min() ?? 0, peakRSSMegabytes: peakRSSMegabytes())
    }

    /// The process's resource usage.
    static func selfUsage() -> rusage {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }

    /// User + system CPU seconds of the whole process (every thread).
    static func processCPU() -> Double {
        let usage = selfUsage()
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's peak resident set, in MB (`ru_maxrss`, kilobytes on Linux).
    static func peakRSSMegabytes() -> Double {
        let usage = selfUsage()
        #if canImport(Darwin)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        return Double(usage.ru_maxrss) / 1024
        #endif
    }
}

/// The PPO step bench's measurement: best of the timed steps.
public struct PPOStepResult: Codable {
    public var size: PPOStepBench.Size
    public var lora: Bool
    public var threads: Int
    /// The policy's parameters (T5, adapters and value head), all and trainable.
    public var parameters: Int
    public var trainableParameters: Int
    public var wallSeconds: Double
    /// User + system time of every thread of the process during the step.
    public var cpuSeconds: Double
    public var peakRSSMegabytes: Double

    public func table() -> String {
        func f(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }
        return "PPO step, T5 \(size.rawValue) size (\(parameters) parameters, \(trainableParameters) trainable, "
            + "\(lora ? "LoRA r=32 on q,v" : "full fine-tune")), \(threads) thread(s): "
            + "wall \(f(wallSeconds)) s, CPU \(f(cpuSeconds)) s, peak RSS \(f(peakRSSMegabytes, 0)) MB"
    }

    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

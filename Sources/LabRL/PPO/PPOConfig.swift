/// The PPO hyperparameters, with the names and defaults of trl 0.11's `PPOConfig`.
///
/// Only the fields that change what PPO computes are here; trl's logging and tracking fields
/// (`log_with`, `tracker_kwargs`, `exp_name`, ...) belong to the layer that presents the API.
/// ``validated()`` derives ``backwardBatchSize`` and makes trl's checks.
public struct PPOConfig: Equatable, Sendable {
    /// How the per-token KL penalty is measured between the policy and the reference.
    public enum KLPenalty: String, CaseIterable, Sendable {
        /// `logprob − ref_logprob` of the sampled token.
        case kl
        /// `|logprob − ref_logprob|`.
        case abs
        /// `½ (logprob − ref_logprob)²`.
        case mse
        /// The KL divergence between the full next-token distributions.
        case full
    }

    /// Seed of the trainer's random stream (minibatch shuffling). Default 0.
    public var seed: UInt64 = 0
    /// Name of the model, for tracking only. Default `"gpt2"`.
    public var modelName: String = "gpt2"
    /// Number of training steps, for tracking only (`total_ppo_epochs`). Default 20000.
    public var steps: Int = 20000
    /// Adam's learning rate. Default 1.41e-5.
    public var learningRate: Double = 1.41e-5
    /// Adapt the KL coefficient towards ``target`` (else keep it fixed). Default true.
    public var adapKLCtrl: Bool = true
    /// Initial KL penalty coefficient. Default 0.2.
    public var initKLCoef: Double = 0.2
    /// The KL penalty mode. Default `.kl`.
    public var klPenalty: KLPenalty = .kl
    /// Target KL for the adaptive controller. Default 6.
    public var target: Double = 6
    /// Horizon of the adaptive controller, in samples. Default 10000.
    public var horizon: Double = 10000
    /// Discount factor of the advantage estimate. Default 1.
    public var gamma: Double = 1
    /// GAE's λ. Default 0.95.
    public var lam: Double = 0.95
    /// Clip range of the policy ratio. Default 0.2.
    public var cliprange: Double = 0.2
    /// Clip range of the value prediction around the old value. Default 0.2.
    public var cliprangeValue: Double = 0.2
    /// Weight of the value loss. Default 0.1.
    public var vfCoef: Double = 0.1
    /// Samples per PPO step. Default 128.
    public var batchSize: Int = 128
    /// Deprecated alias of ``miniBatchSize``; when set it overrides it. Default nil.
    public var forwardBatchSize: Int? = nil
    /// Samples per minibatch (forward passes and optimisation). Default 128.
    public var miniBatchSize: Int = 128
    /// Minibatches whose gradients add up before one optimizer step. Default 1.
    public var gradientAccumulationSteps: Int = 1
    /// Optimisation epochs over each batch. Default 4.
    public var ppoEpochs: Int = 4
    /// Clip the gradients' global norm to this value. Default nil (no clipping).
    public var maxGradNorm: Double? = nil
    /// Stop the epochs early when the policy KL exceeds 1.5 × ``targetKL``. Default false.
    public var earlyStopping: Bool = false
    /// KL target of early stopping. Default 1.
    public var targetKL: Double = 1
    /// Minibatches whose mean ratio exceeds this contribute zero loss. Default 10.
    public var ratioThreshold: Double = 10
    /// Divide scores by their running standard deviation. Default false.
    public var useScoreScaling: Bool = false
    /// Also subtract the running mean (only with ``useScoreScaling``). Default false.
    public var useScoreNorm: Bool = false
    /// Clip scores to ±this value. Default nil.
    public var scoreClip: Double? = nil
    /// Whiten the rewards before GAE. Default false.
    public var whitenRewards: Bool = false

    /// Samples per optimizer step: `miniBatchSize × gradientAccumulationSteps` (set by ``validated()``).
    public private(set) var backwardBatchSize: Int = 128

    public init() {}

    /// The config with the deprecated alias applied and ``backwardBatchSize`` derived, after trl's
    /// checks: the batch size must be a multiple of the backward batch size.
    public func validated() throws -> PPOConfig {
        var config = self
        if let forwardBatchSize { config.miniBatchSize = forwardBatchSize }
        for (name, value) in [("batch_size", config.batchSize), ("mini_batch_size", config.miniBatchSize),
                              ("gradient_accumulation_steps", config.gradientAccumulationSteps), ("ppo_epochs", config.ppoEpochs)]
            where value <= 0 {
            throw PPOError.invalidConfig("`\(name)` must be a positive integer, got \(value)")
        }
        config.backwardBatchSize = config.miniBatchSize * config.gradientAccumulationSteps
        let quotient = config.batchSize / config.backwardBatchSize
        guard quotient * config.backwardBatchSize == config.batchSize else {
            throw PPOError.invalidConfig("`batch_size` must be a multiple of `mini_batch_size * gradient_accumulation_steps`, "
                + "inexact division: \(config.batchSize) / \(config.backwardBatchSize) = "
                + "\(Double(config.batchSize) / Double(config.backwardBatchSize))")
        }
        return config
    }

    /// trl's `total_ppo_epochs`: `ceil(steps / batch_size)`.
    public var totalPPOEpochs: Int { (steps + batchSize - 1) / batchSize }
}

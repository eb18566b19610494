import Foundation
import LabTensor

/// trl 0.11's `PPOTrainer` for an encoder-decoder policy with a value head: one ``step(queries:responses:scores:)``
/// turns a batch of rollouts and their scores into PPO updates of the policy's trainable weights.
///
/// A step, in trl's order:
/// 1. forward passes of the policy and the reference, without gradients;
/// 2. per-token rewards: `−β·KL` plus the score at the last scored token;
/// 3. GAE advantages, whitened over the mask;
/// 4. `ppo_epochs` passes over shuffled minibatches: clipped policy and value losses, backward,
///    gradient clipping and an Adam step every `gradient_accumulation_steps` minibatches;
/// 5. the KL controller's update, and the stats.
///
/// For a PEFT (LoRA) policy, trl 0.11 ignores the `ref_model` it is given and uses the policy with
/// its adapters disabled as the reference; pass such a view as `reference` to match it.
///
/// Minibatch orders come from numpy's legacy generator seeded with `config.seed`, as trl's
/// `set_seed` leaves it, so they are trl's own orders as long as nothing else draws from numpy's
/// global stream in between (trl's LengthSampler does: share one ``NumPyRandomState`` through
/// ``generator`` to keep the interleaving).
public final class PPOTrainer {
    /// The validated config (``PPOConfig/backwardBatchSize`` derived).
    public let config: PPOConfig
    public let policy: PPOPolicy
    /// The frozen model the KL penalty compares against.
    public let reference: PPOModel
    /// The token that pads queries and responses (the tokenizer's `pad_token_id`).
    public let padTokenId: Int
    /// Adam over the policy's trainable parameters, with `config.learningRate` (torch's defaults otherwise).
    public let optimizer: Adam
    /// The optimizer's learning rate, as reported in `ppo/learning_rate` (setting it updates the optimizer).
    public var learningRate: Double {
        didSet { optimizer.learningRate = Float(learningRate) }
    }
    public var klController: KLController
    /// Running score statistics for `use_score_scaling`.
    public var runningMoments = RunningMoments()
    /// The stream that shuffles minibatches (numpy's global stream in trl).
    public var generator: NumPyRandomState
    /// Whether the next due optimizer step clips the gradients to `max_grad_norm`. trl 0.11 passes
    /// `clip_grad_norm_` the trainable parameters as a one-shot `filter` iterator made in `__init__`;
    /// the first call consumes it, so only the trainer's first optimizer step is ever clipped.
    /// Kept for parity with trl.
    public internal(set) var clipsNextGradients = true
    /// Receives trl's warnings (a minibatch skipped by the ratio guard, a strongly negative KL), in
    /// trl's words. Ignores them by default.
    public var warn: (String) -> Void = { _ in }
    /// Called before every minibatch; returning true stops the step with ``PPOError/interrupted``
    /// (updates already made stay made, as after a KeyboardInterrupt in Python).
    public var isCancelled: () -> Bool = { false }

    /// - Parameter generator: the shuffling stream; by default numpy's, seeded with `config.seed`.
    public init(config: PPOConfig, policy: PPOPolicy, reference: PPOModel, padTokenId: Int,
                generator: NumPyRandomState? = nil) throws {
        self.config = try config.validated()
        self.policy = policy
        self.reference = reference
        self.padTokenId = padTokenId
        optimizer = Adam(policy.trainableParameters, learningRate: Float(config.learningRate))
        learningRate = config.learningRate
        klController = KLController(config: config)
        self.generator = try generator ?? NumPyRandomState(seed: config.seed)
    }

    /// Runs one PPO step on `batch_size` rollouts.
    ///
    /// - Parameters:
    ///   - queries: the encoder inputs, 1-D token tensors.
    ///   - responses: the generated responses, 1-D token tensors starting with the decoder start token.
    ///   - scores: one score per rollout, 0-D (or one-element 1-D) tensors.
    /// - Returns: trl's stats for the step.
    public func step(queries: [Tensor], responses: [Tensor], scores: [Tensor]) throws -> PPOStats {
        let start = Date()
        var timing: [(String, Double)] = []
        func timed<R>(_ key: String, _ body: () throws -> R) rethrows -> R {
            let t = Date()
            defer { timing.append(("time/ppo/\(key)", Date().timeIntervalSince(t))) }
            return try body()
        }

        let rawScores = try checkStepInputs(queries: queries, responses: responses, scores: scores)
        let scores = try PPO.transformScores(rawScores, running: &runningMoments, useScoreScaling: config.useScoreScaling,
                                             useScoreNorm: config.useScoreNorm, scoreClip: config.scoreClip)
        let inputs = try PPOModelInputs(queries: queries, responses: responses, padTokenId: padTokenId)
        let full = config.klPenalty == .full

        // Rollout: how the policy and the reference score the responses, without gradients.
        let (rollout, referenceRollout) = try timed("forward_pass") {
            try withNoGrad {
                (try PPO.batchedForwardPass(policy, inputs: inputs, chunkSize: config.miniBatchSize, returnLogits: full),
                 try PPO.batchedForwardPass(reference, inputs: inputs, chunkSize: config.miniBatchSize, returnLogits: full))
            }
        }
        let masks = rollout.masks

        // Rewards: −β·KL per token, plus the score at the last scored token.
        let (rewards, nonScoreRewards, kls) = try timed("compute_rewards") {
            try withNoGrad {
                try PPO.computeRewards(scores: scores, logprobs: try klInput(rollout), refLogprobs: try klInput(referenceRollout),
                                       masks: masks, klCoef: klController.value, klPenalty: config.klPenalty)
            }
        }

        // Advantages: GAE over the response tokens, whitened over the mask.
        let (values, advantages, returns) = try timed("compute_advantages") {
            try withNoGrad {
                try PPO.computeAdvantages(values: rollout.values, rewards: rewards, masks: masks, gamma: config.gamma,
                                          lam: config.lam, whitenRewards: config.whitenRewards)
            }
        }

        // Optimisation: ppo_epochs passes over shuffled minibatches.
        let batch = Rollouts(inputs: inputs, logprobs: rollout.logprobs, values: values, masks: masks, advantages: advantages, returns: returns)
        let minibatchStats = try timed("optimize_step") { try optimize(batch) }

        var stats = try timed("calc_stats") {
            try PPO.recordStepStats(PPO.StepRecord(
                scores: scores, logprobs: rollout.logprobs, refLogprobs: referenceRollout.logprobs, nonScoreReward: nonScoreRewards,
                kls: kls, masks: masks, queryLengths: queries.map(\.scalarCount), responseLengths: responses.map(\.scalarCount),
                trainStats: try PPO.averageMinibatchStats(minibatchStats), klCoef: klController.value))
        }
        stats["ppo/learning_rate"] = .scalar(learningRate)
        let meanKL = stats.scalar("objective/kl") ?? 0
        warnIfKLIsNegative(meanKL)

        // KL control: move β towards the target KL.
        klController.update(current: meanKL, nSteps: config.batchSize)
        timing.append(("time/ppo/total", Date().timeIntervalSince(start)))
        for (key, seconds) in timing { stats[key] = .scalar(seconds) }
        return stats
    }

    /// What the KL penalty compares: log-probabilities of the sampled tokens, or for `.full` the
    /// log-softmax over the whole vocabulary.
    private func klInput(_ output: PPO.ForwardOutput) throws -> Tensor {
        config.klPenalty == .full ? try output.requiredLogits().logSoftmax(dim: -1) : output.logprobs
    }

    private func warnIfKLIsNegative(_ meanKL: Double) {
        guard meanKL < -1 else { return }
        warn("KL divergence is starting to become negative: \(pythonFixed(meanKL)) - this might be a precursor for failed training. "
            + "sometimes this happens because the generation kwargs are not correctly set. Please make sure that the generation "
            + "kwargs are set correctly, or review your training hyperparameters.")
    }
}

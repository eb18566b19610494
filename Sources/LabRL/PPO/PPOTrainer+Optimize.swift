import LabTensor

extension PPOTrainer {
    /// The batch after the rollout phase: what every minibatch slices from. Tensors are `[B, T]`.
    struct Rollouts {
        var inputs: PPOModelInputs
        var logprobs: Tensor, values: Tensor, masks: Tensor, advantages: Tensor, returns: Tensor

        func rows(_ indices: [Int]) throws -> Rollouts {
            let index = try Tensor(indices: indices)
            func pick(_ t: Tensor) throws -> Tensor { try t.indexSelect(dim: 0, index: index) }
            return Rollouts(inputs: try inputs.rows(indices), logprobs: try pick(logprobs), values: try pick(values),
                            masks: try pick(masks), advantages: try pick(advantages), returns: try pick(returns))
        }
    }

    /// The optimisation phase: `ppo_epochs` passes over a fresh permutation of the batch, split
    /// into backward batches of `gradient_accumulation_steps` minibatches. Each minibatch adds
    /// `loss / gradient_accumulation_steps` to the gradients; the last of a backward batch clips
    /// them (`max_grad_norm`, see ``clipsNextGradients``) and takes the Adam step. With
    /// `early_stopping`, an epoch whose last minibatch has a policy KL above 1.5 × `target_kl`
    /// ends the phase (trl's `_early_stop`).
    /// - Returns: each minibatch's loss stats, in order.
    func optimize(_ batch: Rollouts) throws -> [[(key: String, value: Tensor)]] {
        var allStats: [[(key: String, value: Tensor)]] = []
        let settings = PPO.LossSettings(config)
        for _ in 0..<config.ppoEpochs {
            let order = generator.permutation(config.batchSize)
            for backwardStart in stride(from: 0, to: config.batchSize, by: config.backwardBatchSize) {
                for (position, miniStart) in stride(from: 0, to: config.backwardBatchSize, by: config.miniBatchSize).enumerated() {
                    guard !isCancelled() else { throw PPOError.interrupted }
                    let first = backwardStart + miniStart
                    let minibatch = try batch.rows(Array(order[first ..< first + config.miniBatchSize]))
                    let stats = try trainMinibatch(minibatch, settings: settings,
                                                   syncGradients: position == config.gradientAccumulationSteps - 1)
                    allStats.append(stats)
                }
            }
            if config.earlyStopping, let policyKL = allStats.last?.first(where: { $0.key == "policy/policykl" })?.value,
               try policyKL.item() > 1.5 * config.targetKL {
                optimizer.zeroGrad()
                break
            }
        }
        return allStats
    }

    /// One minibatch (trl's `train_minibatch`): forward with gradients, loss, backward and, when
    /// the gradients are due, clipping and the optimizer step.
    private func trainMinibatch(_ minibatch: Rollouts, settings: PPO.LossSettings, syncGradients: Bool) throws
        -> [(key: String, value: Tensor)]
    {
        let current = try PPO.batchedForwardPass(policy, inputs: minibatch.inputs, chunkSize: config.miniBatchSize, returnLogits: true)
        let out = try PPO.loss(oldLogprobs: minibatch.logprobs, values: minibatch.values,
                               logits: try current.requiredLogits(), vpreds: current.values,
                               logprobs: current.logprobs, masks: minibatch.masks, advantages: minibatch.advantages,
                               returns: minibatch.returns, settings: settings)
        if let ratio = out.skippedRatio {
            warn("The average ratio of batch (\(pythonFixed(ratio))) exceeds threshold \(pythonFixed(config.ratioThreshold)). Skipping batch.")
        }
        let loss = try out.policyLoss + out.valueLoss
        try (loss / Float(config.gradientAccumulationSteps)).backward()
        if syncGradients {
            if let maxGradNorm = config.maxGradNorm, clipsNextGradients {
                clipGradNorm(optimizer.parameters, maxNorm: Float(maxGradNorm))
                clipsNextGradients = false
            }
            try optimizer.step()
            optimizer.zeroGrad()
        }
        return out.stats
    }
}

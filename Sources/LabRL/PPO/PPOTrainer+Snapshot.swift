import LabTensor

extension PPOTrainer {
    /// Everything a trainer changes besides the policy's weights: the optimizer's moments, the KL
    /// coefficient, the running score statistics and the shuffling stream. Taking one is cheap
    /// (tensors are shared until written); restoring it resumes training exactly from there, once
    /// the policy's weights are restored too (they belong to the model's own snapshot).
    public struct Snapshot {
        public var optimizer: Adam.State
        public var klController: KLController
        public var runningMoments: RunningMoments
        public var generator: NumPyRandomState
        public var learningRate: Double
        public var clipsNextGradients: Bool
    }

    public func snapshot() -> Snapshot {
        Snapshot(optimizer: optimizer.state, klController: klController, runningMoments: runningMoments,
                 generator: generator, learningRate: learningRate,
                 clipsNextGradients: clipsNextGradients)
    }

    public func restore(_ snapshot: Snapshot) {
        optimizer.state = snapshot.optimizer
        klController = snapshot.klController
        runningMoments = snapshot.runningMoments
        generator = snapshot.generator
        learningRate = snapshot.learningRate
        clipsNextGradients = snapshot.clipsNextGradients
    }

    /// A trainer in this one's exact state that trains `policy` against `reference`: how a session
    /// snapshot copies a trainer along with copies of its models. `policy` must have trainable
    /// parameters of the same shapes, in the same order, as this trainer's policy.
    public func copy(policy: PPOPolicy, reference: PPOModel) throws -> PPOTrainer {
        let shapes = policy.trainableParameters.map(\.value.shape)
        guard shapes == optimizer.parameters.map(\.value.shape) else {
            throw PPOError.invalidInput("the copied policy's trainable parameters have shapes \(shapes), the trainer's \(optimizer.parameters.map(\.value.shape))")
        }
        let copy = try PPOTrainer(config: config, policy: policy, reference: reference, padTokenId: padTokenId)
        copy.restore(snapshot())
        (copy.warn, copy.isCancelled) = (warn, isCancelled)
        return copy
    }
}

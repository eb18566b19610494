import LabRL
import LabTensor
import XCTest

/// The trainer's own behaviour: config and input checks, learning on a toy reward, interruption,
/// snapshots, gradient accumulation.
final class PPOTrainerTests: XCTestCase {
    private let vocabulary = 6, favourite: Int64 = 3, responseTokens = 4

    private func makeTrainer(batchSize: Int = 8, miniBatchSize: Int = 4, gradientAccumulationSteps: Int = 1,
                             ratioThreshold: Double = 10, seed: UInt64 = 7) throws -> (PPOTrainer, ToySeq2SeqPolicy) {
        var generator = RandomGenerator(seed: seed)
        let policy = try ToySeq2SeqPolicy(vocabulary: vocabulary, hidden: 8, generator: &generator)
        let reference = ToySeq2SeqPolicy(weights: policy.weights.mapValues(\.value))
        var config = PPOConfig()
        (config.batchSize, config.miniBatchSize, config.gradientAccumulationSteps) = (batchSize, miniBatchSize, gradientAccumulationSteps)
        (config.learningRate, config.initKLCoef, config.ratioThreshold, config.seed) = (3e-2, 0.05, ratioThreshold, seed)
        return (try PPOTrainer(config: config, policy: policy, reference: reference, padTokenId: 0), policy)
    }

    /// Samples `responseTokens` tokens after the decoder start token for each query.
    private func rollouts(_ policy: ToySeq2SeqPolicy, count: Int, generator: inout RandomGenerator) throws -> (queries: [Tensor], responses: [Tensor]) {
        let queries = try (0..<count).map { i in try Tensor(indices: [1 + i % (vocabulary - 1), 2]) }
        var responses = [[Int64]](repeating: [0], count: count)
        try withNoGrad {
            for _ in 0..<responseTokens {
                let inputs = try PPOModelInputs(queries: queries, responses: try responses.map { try Tensor(int64: $0) }, padTokenId: 0)
                let logits = try policy.forward(inputs).logits.select(dim: 1, index: responses[0].count - 1)
                for (i, token) in try generator.sampleCategorical(logits: logits).toInt64Array().enumerated() { responses[i].append(token) }
            }
        }
        return (queries, try responses.map { try Tensor(int64: $0) })
    }

    /// The reward: the share of generated tokens that are the favourite token.
    private func rewards(_ responses: [Tensor]) -> [Float] {
        responses.map { r in Float(r.toInt64Array().dropFirst().filter { $0 == favourite }.count) / Float(responseTokens) }
    }

    func testMeanRewardRisesOnAToyReward() throws {
        let (trainer, policy) = try makeTrainer()
        var sampling = RandomGenerator(seed: 99)
        var meanRewards: [Float] = []
        for _ in 0..<10 {
            let (queries, responses) = try rollouts(policy, count: 8, generator: &sampling)
            let scores = rewards(responses)
            meanRewards.append(scores.reduce(0, +) / Float(scores.count))
            let stats = try trainer.step(queries: queries, responses: responses, scores: scores.map { Tensor($0) })
            XCTAssertTrue(stats.scalar("ppo/loss/total")?.isFinite ?? false)
        }
        let early = meanRewards.prefix(3).reduce(0, +) / 3, late = meanRewards.suffix(3).reduce(0, +) / 3
        XCTAssertGreaterThan(late, early + 0.2, "mean rewards per step: \(meanRewards)")
    }

    func testStepChecksItsInputs() throws {
        let (trainer, policy) = try makeTrainer()
        var sampling = RandomGenerator(seed: 1)
        let (queries, responses) = try rollouts(policy, count: 8, generator: &sampling)
        let scores = (0..<8).map { _ in Tensor(1) }
        XCTAssertThrowsError(try trainer.step(queries: Array(queries.prefix(7)), responses: responses, scores: scores)) { error in
            XCTAssertEqual("\(error)", "Batch size (8) does not match number of examples - but got 7 for: queries")
        }
        XCTAssertThrowsError(try trainer.step(queries: queries, responses: responses, scores: Array(scores.prefix(3)))) { error in
            XCTAssertEqual("\(error)", "Batch size (8) does not match number of examples - but got 3 for: scores")
        }
        var badScores = scores
        badScores[2] = try Tensor([1, 2, 3, 4], shape: [2, 2])
        XCTAssertThrowsError(try trainer.step(queries: queries, responses: responses, scores: badScores)) { error in
            XCTAssertTrue("\(error)".hasPrefix("Scores must be 1-dimensional - got 2 for"), "\(error)")
        }
        var floatQueries = queries
        floatQueries[0] = try Tensor([1, 2])
        XCTAssertThrowsError(try trainer.step(queries: floatQueries, responses: responses, scores: scores)) { error in
            XCTAssertEqual("\(error)", "queries[0] must be a 1-D tensor of token ids, got shape [2] and torch.float32")
        }
    }

    func testCancellationStopsBetweenMinibatches() throws {
        let (trainer, policy) = try makeTrainer()
        var sampling = RandomGenerator(seed: 2)
        let (queries, responses) = try rollouts(policy, count: 8, generator: &sampling)
        var checks = 0
        trainer.isCancelled = { checks += 1; return checks == 3 }
        XCTAssertThrowsError(try trainer.step(queries: queries, responses: responses, scores: rewards(responses).map { Tensor($0) })) { error in
            XCTAssertEqual(error as? PPOError, .interrupted)
        }
        XCTAssertEqual(checks, 3)
    }

    func testRestoringASnapshotReplaysTheSameStep() throws {
        let (trainer, policy) = try makeTrainer()
        var sampling = RandomGenerator(seed: 3)
        let batches = try (0..<2).map { _ in try rollouts(policy, count: 8, generator: &sampling) }
        func run(_ batch: (queries: [Tensor], responses: [Tensor])) throws -> PPOStats {
            try trainer.step(queries: batch.queries, responses: batch.responses, scores: rewards(batch.responses).map { Tensor($0) })
        }
        _ = try run(batches[0])
        let snapshot = trainer.snapshot(), weights = policy.trainableParameters.map(\.value)
        let first = try run(batches[1])
        let afterFirst = policy.trainableParameters.map { $0.value.toFloatArray() }
        trainer.restore(snapshot)
        for (parameter, value) in zip(policy.trainableParameters, weights) { try parameter.assign(value) }
        let second = try run(batches[1])
        XCTAssertEqual(policy.trainableParameters.map { $0.value.toFloatArray() }, afterFirst)
        for key in first.keys where !key.hasPrefix("time/") { XCTAssertEqual(first.scalar(key), second.scalar(key), key) }
        XCTAssertEqual(first.scalar("objective/kl_coef"), second.scalar("objective/kl_coef"))
    }

    func testACopiedTrainerTrainsItsCopiedPolicyIdentically() throws {
        let (trainer, policy) = try makeTrainer()
        var sampling = RandomGenerator(seed: 6)
        let batches = try (0..<2).map { _ in try rollouts(policy, count: 8, generator: &sampling) }
        func run(_ trainer: PPOTrainer, _ batch: (queries: [Tensor], responses: [Tensor])) throws -> Double? {
            try trainer.step(queries: batch.queries, responses: batch.responses, scores: rewards(batch.responses).map { Tensor($0) })
                .scalar("ppo/loss/total")
        }
        _ = try run(trainer, batches[0])
        let policyCopy = ToySeq2SeqPolicy(weights: policy.weights.mapValues(\.value))
        let copy = try trainer.copy(policy: policyCopy, reference: trainer.reference)
        XCTAssertEqual(try run(copy, batches[1]), try run(trainer, batches[1]))
        for name in ToySeq2SeqPolicy.parameterNames {
            XCTAssertEqual(policyCopy.weights[name]!.value.toFloatArray(), policy.weights[name]!.value.toFloatArray(), name)
        }
    }

    func testGradientAccumulationStepsOncePerBackwardBatch() throws {
        let (trainer, policy) = try makeTrainer(batchSize: 8, miniBatchSize: 2, gradientAccumulationSteps: 2)
        var sampling = RandomGenerator(seed: 4)
        let (queries, responses) = try rollouts(policy, count: 8, generator: &sampling)
        _ = try trainer.step(queries: queries, responses: responses, scores: rewards(responses).map { Tensor($0) })
        // 4 epochs × (8 / (2 × 2)) backward batches = 8 Adam steps.
        XCTAssertEqual(trainer.optimizer.state.moments.values.map(\.step), Array(repeating: 8, count: policy.trainableParameters.count))
        XCTAssertTrue(policy.trainableParameters.allSatisfy { $0.grad == nil })
    }

    func testRatioGuardSkipsEveryMinibatchAndWarns() throws {
        let (trainer, policy) = try makeTrainer(ratioThreshold: 0.5)
        var sampling = RandomGenerator(seed: 5)
        let (queries, responses) = try rollouts(policy, count: 8, generator: &sampling)
        let before = policy.trainableParameters.map { $0.value.toFloatArray() }
        var warnings: [String] = []
        trainer.warn = { warnings.append($0) }
        let stats = try trainer.step(queries: queries, responses: responses, scores: rewards(responses).map { Tensor($0) })
        XCTAssertEqual(warnings.count, 8, "4 epochs × 2 minibatches")
        XCTAssertEqual(warnings.first, "The average ratio of batch (1.00) exceeds threshold 0.50. Skipping batch.")
        XCTAssertEqual(stats.scalar("ppo/loss/total"), 0)
        XCTAssertEqual(policy.trainableParameters.map { $0.value.toFloatArray() }, before, "zero gradients leave Adam's first steps at zero")
    }
}

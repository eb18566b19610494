import XCTest
@testable import LabTensor

/// A small T5-style block with LoRA adapters, a value head and a PPO-style loss, trained for a few
/// AdamW steps: the ops compose, frozen weights receive no gradient and stay unchanged, and the
/// loss goes down.
final class TrainingStepTests: XCTestCase {
    let batch = 2, length = 4, width = 8, heads = 2, rank = 2

    func testLoRABlockTrainsOnlyTheAdapters() throws {
        var generator = RandomGenerator(seed: 17)
        func weight(_ shape: [Int], trainable: Bool = false) throws -> Parameter {
            Parameter(try generator.normal(shape, std: 0.3), requiresGrad: trainable)
        }
        let (q, k, v, o, norm) = (try weight([width, width]), try weight([width, width]), try weight([width, width]),
                                  try weight([width, width]), Parameter(try Tensor.ones([width]), requiresGrad: false))
        let positionBias = try weight([3, heads])
        let loraA = try weight([rank, width], trainable: true), loraB = Parameter(try Tensor.zeros([width, rank]))
        let valueHead = try weight([1, width], trainable: true), valueBias = Parameter(try Tensor.zeros([1]))
        let trainable = [loraA, loraB, valueHead, valueBias]
        let frozenBefore = [q, k, v, o, norm, positionBias].map(\.value)

        let x = try generator.normal([batch, length, width])
        let buckets = try Tensor(indices: (0..<length * length).map { i in Swift.min(abs(i / length - i % length), 2) }, shape: [length, length])
        let actions = try Tensor(indices: [1, 3, 0, 2, 2, 1, 0, 3], shape: [batch, length])
        let mask = try Tensor([1, 1, 1, 0, 1, 1, 1, 1], shape: [batch, length])
        let oldLogProbs = try Tensor.full([batch, length], -1.4), advantages = try generator.normal([batch, length])

        func loss() throws -> Tensor {
            let h = try x.rmsNorm(weight: norm.value)
            let loraQ = try h.linear(weight: loraA.value).linear(weight: loraB.value) * 2
            func split(_ t: Tensor) throws -> Tensor { try t.reshape([batch, length, heads, width / heads]).transposed(1, 2) }
            let bias = try positionBias.value.embedding(buckets).permute([2, 0, 1]).unsqueeze(0)
            let attention = try Tensor.scaledDotProductAttention(
                query: split(h.linear(weight: q.value) + loraQ), key: split(h.linear(weight: k.value)),
                value: split(h.linear(weight: v.value)), bias: bias)
            let hidden = try x + attention.transposed(1, 2).reshape([batch, length, width]).linear(weight: o.value)
            let logits = try hidden.gelu(approximate: .tanh).slice(dim: -1, end: 4)
            let logProbs = try logits.logSoftmax(dim: -1).gather(dim: -1, index: actions.unsqueeze(-1)).squeeze(-1)
            let ratio = try (logProbs - oldLogProbs).exp()
            let clipped = try Tensor.maximum(-advantages * ratio, -advantages * ratio.clamp(min: 0.8, max: 1.2))
            let values = try hidden.linear(weight: valueHead.value, bias: valueBias.value).squeeze(-1)
            let valueLoss = try Tensor.maskedMean((values - advantages).square(), mask: mask)
            return try Tensor.maskedMean(clipped, mask: mask) + 0.5 * valueLoss
        }

        let optimizer = AdamW(trainable, learningRate: 0.05, weightDecay: 0)
        let first = try loss().item()
        for _ in 0..<5 {
            optimizer.zeroGrad()
            try loss().backward()
            XCTAssertNotNil(loraB.grad)
            XCTAssertNil(q.grad)
            XCTAssertTrue(clipGradNorm(trainable, maxNorm: 1).isFinite)
            try optimizer.step()
        }
        XCTAssertLessThan(try loss().item(), first)
        for (parameter, before) in zip([q, k, v, o, norm, positionBias], frozenBefore) {
            XCTAssertEqual(parameter.value.storageIdentifier, before.storageIdentifier, "frozen weights are untouched")
        }
    }
}

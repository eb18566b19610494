import XCTest
import LabTensor
@testable import LabModels

/// Greedy generation against transformers' token ids, sampling shapes, and cache equivalence.
final class T5GenerationTests: XCTestCase {
    private func generate(_ fixture: T5Fixture, _ model: T5ForConditionalGeneration, _ configure: (inout GenerationConfig) -> Void) throws -> [[Int]] {
        var config = GenerationConfig(model: model.config)
        configure(&config)
        var generator = RandomGenerator(seed: 7)
        let ids = try model.generate(inputIds: fixture.ints("input_ids"), attentionMask: fixture.ints("attention_mask"),
                                     config: config, generator: &generator)
        let width = ids.shape[1]
        return ids.toInt64Array().map(Int.init).chunked(width)
    }

    func testGreedyIdsMatchTransformers() throws {
        for name in T5Fixture.names {
            let fixture = try T5Fixture(name)
            let model = try fixture.model()
            XCTAssertEqual(try generate(fixture, model) { $0.maxNewTokens = 10 }, try fixture.intRows("greedy"), name)

            let eosCase = try XCTUnwrap(fixture.expected["greedy_eos"] as? [String: Any])
            let eos = try XCTUnwrap(eosCase["eos_token_id"] as? Int)
            XCTAssertEqual(try generate(fixture, model) { $0.maxNewTokens = 10; $0.eosTokenIds = [eos]; $0.padTokenId = 0 },
                           try fixture.intRows("ids", in: eosCase), name)

            let minCase = try XCTUnwrap(fixture.expected["greedy_min_new_tokens"] as? [String: Any])
            XCTAssertEqual(try generate(fixture, model) { $0.maxNewTokens = 10; $0.eosTokenIds = [eos]; $0.padTokenId = 0; $0.minNewTokens = 6 },
                           try fixture.intRows("ids", in: minCase), name)
        }
    }

    func testSampledGenerationHasTransformersShapeAndIsSeeded() throws {
        let fixture = try T5Fixture("gated_gelu_untied")
        let model = try fixture.model()
        let configure: (inout GenerationConfig) -> Void = {
            $0.doSample = true; $0.topK = 20; $0.topP = 0.9; $0.temperature = 0.7; $0.maxNewTokens = 7; $0.numReturnSequences = 2
        }
        let first = try generate(fixture, model, configure)
        XCTAssertEqual([first.count, first[0].count], try XCTUnwrap(fixture.expected["sampled_shape"] as? [Int]))
        XCTAssertEqual(first, try generate(fixture, model, configure))
        XCTAssertTrue(first.allSatisfy { $0[0] == 0 })
    }

    func testGenerationStopsWhenInterrupted() throws {
        let fixture = try T5Fixture("relu_tied")
        let model = try fixture.model()
        var calls = 0
        var generator = RandomGenerator(seed: 1)
        var config = GenerationConfig(model: model.config)
        config.maxNewTokens = 10
        XCTAssertThrowsError(try model.generate(inputIds: fixture.ints("input_ids"), config: config, generator: &generator) {
            calls += 1
            return calls > 3
        }) { XCTAssertEqual($0 as? GenerationError, .interrupted) }
        XCTAssertEqual(calls, 4)
    }

    func testCachedDecodingEqualsFullDecoding() throws {
        let fixture = try T5Fixture("gated_gelu_untied")
        let model = try fixture.model()
        let (ids, mask, decoderIds) = (try fixture.ints("input_ids"), try fixture.ints("attention_mask"), try fixture.ints("decoder_input_ids"))
        try withNoGrad {
            let full = try model(inputIds: ids, attentionMask: mask, decoderInputIds: decoderIds).logits
            let encoded = try model.encode(ids, attentionMask: mask)
            let cache = model.makeCache()
            for t in 0..<decoderIds.shape[1] {
                let step = try model(attentionMask: mask, encoderHiddenState: encoded,
                                     decoderInputIds: decoderIds.narrow(dim: 1, start: t, length: 1), cache: cache).logits
                XCTAssertLessThan(maxAbsDifference(step.toFloatArray(), try full.narrow(dim: 1, start: t, length: 1).toFloatArray()), 1e-4)
            }
            XCTAssertEqual(cache.length, decoderIds.shape[1])
        }
    }
}

extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: Swift.max(size, 1)).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

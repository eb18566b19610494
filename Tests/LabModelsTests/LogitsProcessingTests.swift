import XCTest
import LabTensor
@testable import LabModels

/// The per-step processors, on hand-computed scores.
final class LogitsProcessingTests: XCTestCase {
    func testRepetitionPenaltyThenMinLengthSuppression() throws {
        var config = GenerationConfig()
        config.repetitionPenalty = 2
        config.minNewTokens = 2
        let processing = LogitsProcessing(config: config, eosTokenIds: [3], promptLength: 1)
        let logits = try Tensor([1, -1, 4, 5], shape: [1, 4])
        // Sequence [0, 1] has one new token: EOS (3) is still suppressed; tokens 0 and 1 are penalized.
        XCTAssertEqual(try processing(logits, sequences: [[0, 1]]).toFloatArray(), [0.5, -2, 4, -.infinity])
        // Two new tokens: EOS is allowed.
        XCTAssertEqual(try processing(logits, sequences: [[0, 2, 2]]).toFloatArray(), [0.5, -1, 2, 5])
    }

    func testSamplingWarpersKeepTheTopK() throws {
        var config = GenerationConfig()
        (config.doSample, config.topK, config.temperature) = (true, 2, 0.5)
        let processing = LogitsProcessing(config: config, eosTokenIds: [], promptLength: 1)
        let scores = try processing(try Tensor([1, 3, 2, 0], shape: [1, 4]), sequences: [[0]]).toFloatArray()
        XCTAssertEqual(scores, [-.infinity, 6, 4, -.infinity])
    }
}
